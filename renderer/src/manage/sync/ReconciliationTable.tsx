import { useTranslation } from 'react-i18next';
import type { ReconciliationView } from '../../../../electron/server/contract';
import { Meter } from '../../components/Meter';
import { formatDateTimeShort } from '../../format';
import { kindName } from './kinds';
import { whyText } from './why-text';

const COUNTS = ['orders', 'ticketsSold', 'refunds', 'checkIns'] as const;
const LABEL = { orders: 'sync.orders', ticketsSold: 'sync.tickets', refunds: 'sync.refunds', checkIns: 'sync.checkIns' } as const;

/** Per session, local counts beside delivered ones (a difference marked by icon and word, not colour alone); then what has not arrived and why. */
export function ReconciliationTable({ view }: { view: ReconciliationView }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <section className="report-table stack" aria-labelledby="recon-title">
      <h3 id="recon-title">{t('sync.reconTitle')}</h3>
      <p className="muted">
        {t('sync.reconExplain')} ({t('sync.localDeliveredHint')})
      </p>
      {view.sessions.length === 0 ? (
        <p className="empty-state">{t('sync.noSessions')}</p>
      ) : (
        <table className="data-table" data-testid="reconciliation">
          <thead>
            <tr>
              <th scope="col">{t('sync.session')}</th>
              <th scope="col">{t('sync.code')}</th>
              {COUNTS.map((key) => (
                <th key={key} scope="col" className="numeric">
                  {t(LABEL[key])}
                </th>
              ))}
              <th scope="col">{t('sync.deliveredShare')}</th>
              <th scope="col" className="numeric">
                {t('sync.undeliveredCount')}
              </th>
              <th scope="col">{t('sync.verdict')}</th>
            </tr>
          </thead>
          <tbody>
            {view.sessions.map((s) => (
              <tr key={s.sessionId} className={s.matches ? undefined : 'mismatch-row'}>
                <th scope="row">
                  {s.performanceName} {s.sessionName}
                  <br />
                  <span className="muted">{formatDateTimeShort(s.startsAt, lang)}</span>
                </th>
                <td className="code">{s.sessionCode ?? <span className="muted">{t('sync.codePending')}</span>}</td>
                {COUNTS.map((key) => (
                  <td key={key} className={s.local[key] === s.delivered[key] ? 'numeric' : 'numeric mismatch-cell'}>
                    {s.local[key] === s.delivered[key] ? null : <span aria-hidden="true">≠ </span>}
                    {t('sync.localDelivered', { local: s.local[key], delivered: s.delivered[key] })}
                  </td>
                ))}
                <td className="meter-cell">
                  <Meter done={s.delivered.ticketsSold} total={s.local.ticketsSold} tone={s.matches ? 'ok' : 'warn'} label={`${t('sync.tickets')} ${t('sync.localDelivered', { local: s.local.ticketsSold, delivered: s.delivered.ticketsSold })}`} />
                </td>
                <td className="numeric">
                  {s.undelivered.pending + s.undelivered.inFlight}
                  {s.undelivered.dead > 0 ? ` · ⚠ ${t('sync.dead')} ${s.undelivered.dead}` : ''}
                </td>
                <td>
                  {s.matches ? (
                    <span className="badge badge-ok">
                      <span aria-hidden="true">✓</span> {t('sync.match')}
                    </span>
                  ) : (
                    <span className="badge badge-bad">
                      <span aria-hidden="true">✗</span> {t('sync.mismatch')}
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {view.undelivered.total > 0 ? (
        <>
          <h4>{t('sync.undeliveredTitle', { count: view.undelivered.total })}</h4>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('sync.kind')}</th>
                <th scope="col">{t('sync.record', { id: '' })}</th>
                <th scope="col">{t('sync.statusHeader')}</th>
                <th scope="col">{t('sync.why')}</th>
              </tr>
            </thead>
            <tbody>
              {view.undelivered.records.map((r) => (
                <tr key={r.seq}>
                  <td>{kindName(t, r.kind)}</td>
                  <td className="code">{r.recordId}</td>
                  <td>
                    {r.status === 'dead' ? <span aria-hidden="true">⚠ </span> : null}
                    {t(`sync.status.${r.status}`)}
                  </td>
                  <td title={r.why.words}>{whyText(t, r.why, (ms) => formatDateTimeShort(ms, i18n.language))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </section>
  );
}
