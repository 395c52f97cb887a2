import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLargeRulesStore } from '../../stores/large-rules-store';
import { ErrorBanner } from '../../components/ErrorBanner';
import { largeManageError } from './manage-error';
import { ModePanel } from './ModePanel';
import { AudienceTable } from './AudienceTable';
import { ScheduleEditor } from './ScheduleEditor';
import { UnboundCountdown } from './UnboundCountdown';
import { LargeReportView } from './LargeReportView';
import '../../styles/large.css';

/** Inside a performance: large mode, the 85/15 split per session, refund fees, the unbound countdown and the report. */
export function LargePanel({ performanceId }: { performanceId: string }) {
  const { t, i18n } = useTranslation();
  const open = useLargeRulesStore((state) => state.open);
  const close = useLargeRulesStore((state) => state.close);
  const rules = useLargeRulesStore((state) => (state.performanceId === performanceId ? state.rules : null));
  const unbound = useLargeRulesStore((state) => state.unbound);
  const report = useLargeRulesStore((state) => state.report);
  const loadError = useLargeRulesStore((state) => state.loadError);

  useEffect(() => {
    void open(performanceId);
    return close;
  }, [performanceId, open, close]);

  if (!rules) {
    return loadError ? (
      <ErrorBanner message={largeManageError(t, loadError, i18n.language)} />
    ) : (
      <p className="muted" aria-busy="true">
        {t('large.manage.loading')}
      </p>
    );
  }
  return (
    <div className="large-panel" data-testid="large-panel">
      <h4>{t('large.manage.title', { name: rules.performanceName })}</h4>
      {/* Keyed by what the core says, so a form shows the saved value after each write. */}
      <ModePanel key={`${rules.mode}:${rules.modeReason}`} rules={rules} />
      <AudienceTable sessions={rules.sessions} />
      <ScheduleEditor key={JSON.stringify(rules.refundSchedule)} steps={rules.refundSchedule} />
      {unbound ? <UnboundCountdown sessions={unbound.sessions.filter((s) => s.performanceId === performanceId)} /> : null}
      {report ? <LargeReportView report={report} /> : null}
    </div>
  );
}
