import { useTranslation } from 'react-i18next';
import type { SyncKindCounts, SyncStatusView } from '../../../../electron/server/contract';
import { Meter } from '../../components/Meter';
import { SYNC_KINDS, kindName } from './kinds';

/** Per kind: waiting, sending, delivered today and refused, with today's delivered share as a bar. */
export function KindTable({ status }: { status: SyncStatusView }) {
  const { t } = useTranslation();
  const row = (key: string, label: string, counts: SyncKindCounts, total = false) => {
    const all = counts.pending + counts.inFlight + counts.deliveredToday + counts.dead;
    const tone = counts.dead > 0 ? 'bad' : counts.pending + counts.inFlight > 0 ? 'warn' : 'ok';
    return (
      <tr key={key} className={total ? 'sync-total-row' : undefined} data-testid={`sync-kind-${key}`}>
        <th scope="row">{label}</th>
        <td className="numeric">{counts.pending}</td>
        <td className="numeric">{counts.inFlight}</td>
        <td className="numeric">{counts.deliveredToday}</td>
        <td className={counts.dead > 0 ? 'numeric dead-cell' : 'numeric'}>
          {counts.dead > 0 ? <span aria-hidden="true">⚠ </span> : null}
          {counts.dead}
        </td>
        <td className="meter-cell">
          <Meter done={counts.deliveredToday} total={all} tone={tone} label={t('sync.progressLabel', { kind: label, done: counts.deliveredToday, total: all })} />
        </td>
      </tr>
    );
  };
  return (
    <section className="report-table" aria-labelledby="sync-kinds-title">
      <h3 id="sync-kinds-title">{t('sync.kindsTitle')}</h3>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('sync.kind')}</th>
            <th scope="col" className="numeric">
              {t('sync.pending')}
            </th>
            <th scope="col" className="numeric">
              {t('sync.inFlight')}
            </th>
            <th scope="col" className="numeric">
              {t('sync.deliveredToday')}
            </th>
            <th scope="col" className="numeric">
              {t('sync.dead')}
            </th>
            <th scope="col">{t('sync.todayProgress')}</th>
          </tr>
        </thead>
        <tbody>
          {SYNC_KINDS.map((kind) => row(kind, kindName(t, kind), status.kinds[kind]))}
          {row('total', t('sync.total'), status.totals, true)}
        </tbody>
      </table>
    </section>
  );
}
