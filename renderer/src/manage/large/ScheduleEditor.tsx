import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RefundStep } from '../../../../electron/server/contract';
import { MAX_REFUND_STEPS } from '../../../../electron/server/contract/schemas';
import { useLargeRulesStore } from '../../stores/large-rules-store';
import { ErrorBanner } from '../../components/ErrorBanner';
import { BarChart } from '../../components/charts/BarChart';
import { hoursText, scheduleText } from '../../large/hours-text';
import { largeManageError } from './manage-error';
import { checkSchedule, toDrafts, type StepDraft } from './schedule-draft';

/** The steps as bars, earliest first, ending at "no refund": how much goes back as the show approaches. */
function StepChart({ steps }: { steps: RefundStep[] }) {
  const { t } = useTranslation();
  const sorted = [...steps].sort((a, b) => b.hoursBefore - a.hoursBefore);
  const last = sorted.at(-1);
  const rows = sorted.map((s) => ({ label: `≥ ${hoursText(t, s.hoursBefore)}`, value: s.refundPercent }));
  if (last) rows.push({ label: `< ${hoursText(t, last.hoursBefore)}`, value: 0 });
  return <BarChart rows={rows} format={(value) => `${value}%`} title={t('large.manage.schedule.chart')} />;
}

/**
 * The refund fee schedule: steps of hours before the start and the percent refunded, judged as typed (whole
 * numbers, no two steps at one hour, never more back closer to the show). Once tickets are sold the core only
 * accepts changes in the buyers' favour (REFUND_SCHEDULE_LOCKED, explained in words).
 */
export function ScheduleEditor({ steps }: { steps: RefundStep[] }) {
  const { t, i18n } = useTranslation();
  const setSchedule = useLargeRulesStore((state) => state.setSchedule);
  const [drafts, setDrafts] = useState<StepDraft[]>(() => toDrafts([...steps].sort((a, b) => b.hoursBefore - a.hoursBefore)));
  // The refusal itself is kept, so its sentence follows a change of language.
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const check = checkSchedule(drafts);
  const edit = (index: number, patch: Partial<StepDraft>) => {
    setSaved(false);
    setDrafts((rows) => rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  };

  const save = async () => {
    if (!check.steps) return;
    setError(null);
    try {
      await setSchedule(check.steps);
      setSaved(true);
    } catch (failure) {
      setError(failure);
    }
  };

  return (
    <section aria-labelledby="large-schedule-title">
      <h4 id="large-schedule-title">{t('large.manage.schedule.title')}</h4>
      <p className="muted small">
        {t('large.manage.schedule.intro')} {t('large.manage.schedule.locked')}
      </p>
      {drafts.length === 0 ? <p>{t('large.manage.schedule.empty')}</p> : null}
      {drafts.map((row, i) => {
        const problem = check.problems[i] ?? {};
        return (
          <div key={i} className="step-row" data-step={i}>
            <div className="field">
              <label htmlFor={`step-hours-${i}`}>{t('large.manage.schedule.hoursBefore')}</label>
              <input id={`step-hours-${i}`} inputMode="numeric" value={row.hours} aria-invalid={problem.hours ? true : undefined} onChange={(event) => edit(i, { hours: event.target.value })} />
              {problem.hours ? <div className="field-error">{t(`large.manage.schedule.problems.${problem.hours}`)}</div> : null}
            </div>
            <div className="field">
              <label htmlFor={`step-percent-${i}`}>{t('large.manage.schedule.percent')}</label>
              <input id={`step-percent-${i}`} inputMode="numeric" value={row.percent} aria-invalid={problem.percent ? true : undefined} onChange={(event) => edit(i, { percent: event.target.value })} />
              {problem.percent ? <div className="field-error">{t(`large.manage.schedule.problems.${problem.percent}`)}</div> : null}
            </div>
            <button type="button" className="secondary" onClick={() => setDrafts((rows) => rows.filter((_, j) => j !== i))}>
              {t('large.manage.schedule.remove')}
            </button>
          </div>
        );
      })}
      <div className="button-row">
        <button type="button" className="secondary" disabled={drafts.length >= MAX_REFUND_STEPS} onClick={() => setDrafts((rows) => [...rows, { hours: '', percent: '' }])}>
          {t('large.manage.schedule.add')}
        </button>
        <button type="button" className="primary" disabled={!check.steps} onClick={() => void save()}>
          {t('large.manage.schedule.save')}
        </button>
        {saved ? <span role="status">✔ {t('large.manage.schedule.saved')}</span> : null}
      </div>
      <ErrorBanner message={error === null ? null : largeManageError(t, error, i18n.language)} />
      {check.steps && check.steps.length > 0 ? (
        <>
          <p>
            <strong>{t('large.manage.schedule.preview')}</strong>
            {scheduleText(t, check.steps)}
          </p>
          <StepChart steps={check.steps} />
        </>
      ) : null}
    </section>
  );
}
