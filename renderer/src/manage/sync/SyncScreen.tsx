import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSyncStore } from '../../stores/sync-store';
import { useSyncDashboardStore } from '../../stores/sync-dashboard-store';
import { Notices } from '../../components/Notices';
import { useAction } from '../../components/use-action';
import { SyncStateCard } from './SyncStateCard';
import { KindTable } from './KindTable';
import { SyncNowPanel } from './SyncNowPanel';
import { DeadLetterCard } from './DeadLetterCard';
import { ReconciliationTable } from './ReconciliationTable';

/** The sync dashboard: where reporting stands, per kind, "sync now", refused records to fix, and reconciliation per session. */
export function SyncScreen() {
  const { t } = useTranslation();
  const status = useSyncStore((state) => state.status);
  const refresh = useSyncStore((state) => state.refresh);
  const deadLetters = useSyncDashboardStore((state) => state.deadLetters);
  const reconciliation = useSyncDashboardStore((state) => state.reconciliation);
  const load = useSyncDashboardStore((state) => state.load);
  const { error, notice, fail, setNotice } = useAction();
  const totals = status?.totals;
  // The lists follow the live counts: when anything is delivered, refused or queued, read them again (debounced).
  const signature = totals ? `${totals.pending}/${totals.inFlight}/${totals.deliveredToday}/${totals.dead}` : '';

  useEffect(() => {
    refresh().catch(fail);
  }, [refresh, fail]);

  useEffect(() => {
    const timer = setTimeout(() => {
      load().catch(fail);
    }, 250);
    return () => clearTimeout(timer);
  }, [signature, load, fail]);

  return (
    <section aria-labelledby="sync-title" className="stack">
      <h2 id="sync-title">{t('sync.title')}</h2>
      {status?.sandbox ? (
        <div className="banner sandbox-banner" role="note">
          {t('sync.sandboxNote')}
        </div>
      ) : null}
      <Notices error={error} notice={notice} />
      {status ? (
        <div className="two-columns">
          <SyncStateCard status={status} />
          <SyncNowPanel />
        </div>
      ) : null}
      {status ? <KindTable status={status} /> : null}
      <section className="stack" aria-labelledby="dead-title">
        <h3 id="dead-title">{t('sync.deadTitle', { count: deadLetters.length })}</h3>
        {deadLetters.length === 0 ? <p className="empty-state">{t('sync.deadNone')}</p> : null}
        {deadLetters.map((letter) => (
          <DeadLetterCard key={letter.seq} letter={letter} onDone={setNotice} />
        ))}
      </section>
      {reconciliation ? <ReconciliationTable view={reconciliation} /> : null}
    </section>
  );
}
