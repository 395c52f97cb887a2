import { useTranslation } from 'react-i18next';
import type { LargeReport } from '../../../../electron/server/contract';
import { BarChart } from '../../components/charts/BarChart';
import { formatYuan } from '../../format';

/** Per session: open sale vs held, real-name completeness, refund fees collected; two bar charts to compare sessions. */
export function LargeReportView({ report }: { report: LargeReport }) {
  const { t } = useTranslation();
  const none = t('large.manage.report.none');
  const heldRows = report.sessions.map((s) => ({
    label: s.sessionName,
    // Percent of the approved audience, so sessions of different size compare; the cap is 15.
    value: s.approvedAudience ? Math.round((s.tickets.held.total * 1000) / s.approvedAudience) / 10 : 0,
    note: `${s.tickets.held.total}/${s.heldCap ?? none}${s.heldOverCap ? ` ⚠ ${t('large.manage.report.overCap')}` : ''}`,
  }));
  // The 15% cap as a reference bar: the chart scales to the largest row, so held shares are read against it.
  heldRows.push({ label: t('large.manage.report.capRow'), value: 15, note: '' });
  const feeRows = report.sessions.map((s) => ({ label: s.sessionName, value: s.refunds.feeFen }));
  return (
    <section aria-labelledby="large-report-title" data-testid="large-report">
      <h4 id="large-report-title">{t('large.manage.report.title')}</h4>
      <table className="data-table large-table">
        <thead>
          <tr>
            <th scope="col">{t('large.manage.report.session')}</th>
            <th scope="col" className="num">
              {t('large.manage.report.openSale')}
            </th>
            <th scope="col" className="num">
              {t('large.manage.report.held')}
            </th>
            <th scope="col" className="num">
              {t('large.manage.report.realName')}
            </th>
            <th scope="col" className="num">
              {t('large.manage.report.fees')}
            </th>
          </tr>
        </thead>
        <tbody>
          {report.sessions.map((s) => (
            <tr key={s.sessionId} className={s.status === 'cancelled' ? 'row-muted' : undefined}>
              <td>{s.sessionName}</td>
              <td className="num">
                {s.tickets.openSale.sold}/{s.tickets.openSale.total}
              </td>
              <td className="num">
                {s.tickets.held.total}/{s.heldCap ?? none}
                {s.heldOverCap ? <strong className="unbound-mark"> ⚠ {t('large.manage.report.overCap')}</strong> : null}
              </td>
              <td className="num">
                {t('large.manage.report.realNameValue', { bound: s.realName.bound, tickets: s.realName.tickets, percent: s.realName.percent === null ? none : `${s.realName.percent}%` })}
              </td>
              <td className="num">{t('large.manage.report.feesValue', { fee: formatYuan(s.refunds.feeFen), refunds: s.refunds.refunds, waived: formatYuan(s.refunds.waivedFen) })}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="large-charts">
        <BarChart rows={heldRows} format={(value) => `${value}%`} title={t('large.manage.report.chartHeld')} />
        <BarChart rows={feeRows} format={formatYuan} title={t('large.manage.report.chartFees')} />
      </div>
    </section>
  );
}
