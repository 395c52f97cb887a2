import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import type { ChecklistView, SetupStep } from '../../../../electron/server/contract';
import { useRouteStore } from '../../stores/route-store';
import { errorText } from '../../i18n/error-text';
import { ErrorBanner } from '../../components/ErrorBanner';
import '../../styles/checklist.css';

/** Where each step is done in the manage screens. */
export const STEP_TAB: Record<SetupStep, string> = {
  venue: 'venues',
  hall: 'venues',
  platform: 'platform',
  performance: 'performances',
  session: 'performances',
  tickets: 'performances',
  users: 'people',
};

/** The setup in order (venue → hall and layout → platform → performance → session → tickets → users): what is done, and a link to the next step. */
export function SetupChecklist() {
  const { t } = useTranslation();
  const go = useRouteStore((state) => state.go);
  const [checklist, setChecklist] = useState<ChecklistView | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    call('setup.checklist', {}).then(setChecklist, (failure: unknown) => setError(errorText(t, failure)));
  }, [t]);

  return (
    <section className="stack setup-checklist" aria-labelledby="checklist-title">
      <h2 id="checklist-title">{t('checklist.title')}</h2>
      <ErrorBanner message={error} />
      {checklist ? (
        <>
          <p className={checklist.next ? 'muted' : 'banner banner-ok'}>{checklist.next ? t('checklist.intro') : t('checklist.ready')}</p>
          <ol className="checklist-steps">
            {checklist.steps.map(({ step, done, count }) => (
              <li key={step} className={done ? 'done' : step === checklist.next ? 'next' : 'todo'} data-testid={`step-${step}`}>
                <span className="check-mark" aria-hidden="true">
                  {done ? '✓' : step === checklist.next ? '→' : '○'}
                </span>
                <span className="step-words">
                  <strong>{t(`checklist.steps.${step}.title`)}</strong>
                  <span className="muted">{done ? t(`checklist.steps.${step}.done`, { count }) : t(`checklist.steps.${step}.todo`)}</span>
                </span>
                <span className="visually-hidden">{done ? t('checklist.doneMark') : t('checklist.todoMark')}</span>
                {step === checklist.next ? (
                  <button type="button" className="primary" autoFocus onClick={() => go('manage', STEP_TAB[step])}>
                    {t(`checklist.steps.${step}.go`)}
                  </button>
                ) : (
                  <button type="button" className="secondary" onClick={() => go('manage', STEP_TAB[step])}>
                    {t('checklist.open')}
                  </button>
                )}
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}
