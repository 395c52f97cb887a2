import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { PerformanceRulesView } from '../../../../electron/server/contract';
import { LARGE_MODES } from '../../../../electron/server/contract/schemas';
import { useLargeRulesStore } from '../../stores/large-rules-store';
import { ErrorBanner } from '../../components/ErrorBanner';
import { largeManageError } from './manage-error';

type Mode = (typeof LARGE_MODES)[number];

/** Why the rules are (or are not) in force, in one sentence. */
function whyText(t: TFunction, rules: PerformanceRulesView): string {
  const audience = rules.maxApprovedAudience;
  if (rules.large) return rules.largeByAudience ? t('large.manage.mode.whyAudience', { audience, threshold: rules.threshold }) : t('large.manage.mode.whyManual');
  if (rules.mode === 'off' && rules.modeReason) return t('large.manage.mode.whyOffReason', { reason: rules.modeReason });
  return audience === null ? t('large.manage.mode.whyNoAudience') : t('large.manage.mode.whyBelow', { audience, threshold: rules.threshold });
}

/** auto / on / off; off against an approved audience of 5,000 or more needs a reason (the core audits it). */
export function ModePanel({ rules }: { rules: PerformanceRulesView }) {
  const { t, i18n } = useTranslation();
  const setMode = useLargeRulesStore((state) => state.setMode);
  const [mode, setChoice] = useState<Mode>(rules.mode);
  const [reason, setReason] = useState(rules.modeReason);
  // The refusal itself is kept, so its sentence follows a change of language.
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const reasonNeeded = mode === 'off' && rules.largeByAudience && reason.trim() === '';

  const save = async () => {
    if (reasonNeeded) return;
    setError(null);
    setSaved(false);
    try {
      await setMode(mode, mode === 'off' ? reason.trim() : '');
      setSaved(true);
    } catch (failure) {
      setError(failure);
    }
  };

  return (
    <section aria-labelledby="large-mode-title">
      <h4 id="large-mode-title">{t('large.manage.mode.title')}</h4>
      <p className="mode-state" data-large={rules.large}>
        <span aria-hidden="true">{rules.large ? '◆ ' : '○ '}</span>
        {rules.large ? t('large.manage.mode.on') : t('large.manage.mode.off')} — {whyText(t, rules)}
      </p>
      {rules.large ? <p className="muted small">{t('large.manage.mode.forced')}</p> : null}
      <fieldset className="choice-group">
        <legend>{t('large.manage.mode.choice')}</legend>
        {LARGE_MODES.map((m) => (
          <label key={m} className="check-line">
            <input type="radio" name="large-mode" value={m} checked={mode === m} onChange={() => setChoice(m)} /> {t(`large.manage.mode.choices.${m}`)}
          </label>
        ))}
      </fieldset>
      {mode === 'off' ? (
        <div className="field">
          <label htmlFor="large-mode-reason">{t('large.manage.mode.reason', { threshold: rules.threshold })}</label>
          <input id="large-mode-reason" value={reason} maxLength={200} aria-invalid={reasonNeeded ? true : undefined} onChange={(event) => setReason(event.target.value)} />
          {reasonNeeded ? <div className="field-error">{t('large.manage.mode.reasonNeeded', { threshold: rules.threshold })}</div> : null}
        </div>
      ) : null}
      <ErrorBanner message={error === null ? null : largeManageError(t, error, i18n.language)} />
      <div className="button-row">
        <button type="button" className="primary" disabled={reasonNeeded} onClick={() => void save()}>
          {t('large.manage.mode.save')}
        </button>
        {saved ? <span role="status">✔ {t('large.manage.mode.saved')}</span> : null}
      </div>
    </section>
  );
}
