import { TrainingBanner } from '../../components/TrainingBanner';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import type { SalesReport } from '../../../../electron/server/contract';
import { ErrorBanner } from '../../components/ErrorBanner';
import { BarChart } from '../../components/charts/BarChart';
import { StackedTimeChart } from '../../components/charts/StackedTimeChart';
import { stackedModel, windowOfData } from '../../components/charts/stacked-geometry';
import { errorText } from '../../i18n/error-text';
import { formatDateTimeShort, formatTime, formatYuan } from '../../format';
import { periodOf, shiftDays } from './period';
import { chinaDate } from '../../../../electron/china-time';
import { ReportTable } from './ReportTable';
import { ChangedByOthers } from './ChangedByOthers';
import { GateConflictsTable } from './GateConflictsTable';
import { PresenceReport } from '../gate/PresenceReport';

/** The period's figures: tiles for the totals, charts for what people compare, tables with CSV for the rest. */
export function ReportsScreen() {
  const { t, i18n } = useTranslation();
  const [today] = useState(() => chinaDate(Date.now()));
  const [range, setRange] = useState({ first: today, last: today });
  const [report, setReport] = useState<SalesReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const period = periodOf(range.first, range.last);
  const from = period?.from;
  const to = period?.to;

  useEffect(() => {
    if (from === undefined || to === undefined || to <= from) return;
    call('reports.sales', { from, to, bucketMinutes: to - from > 86_400_000 ? 60 : 15 }).then(
      (result) => {
        setReport(result);
        setError(null);
      },
      (failure: unknown) => setError(errorText(t, failure)),
    );
  }, [from, to, t]);

  const lang = i18n.language;
  const checkInBuckets = report?.checkIns.buckets.map((b) => ({ start: b.at, series: b.gateName, count: b.count })) ?? [];
  const checkInWindow = report ? windowOfData(checkInBuckets, report.checkIns.bucketMs) : null;
  const checkIns = report && checkInWindow ? stackedModel(checkInBuckets, checkInWindow, report.checkIns.bucketMs) : null;
  const preset = (days: number) => setRange({ first: shiftDays(today, -(days - 1)), last: today });
  const ticketType = (type: string) => t(`reports.ticketTypes.${type as 'regular'}`, { defaultValue: type });
  const method = (m: string) => t(`reports.methods.${m as 'cash'}`, { defaultValue: m });

  return (
    <section aria-labelledby="reports-title" className="stack">
      <h2 id="reports-title">{t('reports.title')}</h2>
      <TrainingBanner />
      <div className="filters">
        <label>
          {t('reports.first')}
          <input type="date" value={range.first} max={range.last} onChange={(e) => setRange({ ...range, first: e.target.value })} />
        </label>
        <label>
          {t('reports.last')}
          <input type="date" value={range.last} min={range.first} onChange={(e) => setRange({ ...range, last: e.target.value })} />
        </label>
        <div className="button-row">
          <button type="button" className="secondary" onClick={() => preset(1)}>
            {t('reports.today')}
          </button>
          <button type="button" className="secondary" onClick={() => preset(7)}>
            {t('reports.week')}
          </button>
          <button type="button" className="secondary" onClick={() => preset(30)}>
            {t('reports.month')}
          </button>
        </div>
      </div>
      <ErrorBanner message={error} />
      {report ? (
        <>
          <div className="tiles">
            <Tile label={t('reports.gross')} value={formatYuan(report.totals.grossFen)} note={t('reports.ordersTickets', { orders: report.totals.orders, tickets: report.totals.tickets })} />
            <Tile label={t('reports.refunded')} value={formatYuan(report.totals.refundedFen)} note={t('reports.refundsNote', { refunds: report.totals.refunds, tickets: report.totals.refundedTickets, fees: formatYuan(report.totals.feesFen) })} />
            <Tile label={t('reports.net')} value={formatYuan(report.totals.netFen)} />
            <Tile label={t('reports.checkIns')} value={String(report.totals.checkIns)} note={t('reports.rejected', { count: report.totals.rejectedScans })} />
            <Tile
              label={t('gateManage.conflictsTile')}
              value={String(report.gateConflicts.doubleEntries + report.gateConflicts.refundedAdmitted)}
              note={t('gateManage.conflictsNote', { double: report.gateConflicts.doubleEntries, refunded: report.gateConflicts.refundedAdmitted })}
              link={report.gateConflicts.list.length > 0 ? { href: '#gate-conflicts-report', text: t('gateManage.conflictsLink') } : undefined}
            />
          </div>
          <div className="chart-grid-2">
            <BarChart title={t('reports.bySessionChart')} rows={report.bySession.map((r) => ({ label: `${r.performanceName} ${r.sessionName}`, value: r.grossFen, note: t('reports.ticketsShort', { count: r.tickets }) }))} format={formatYuan} />
            <BarChart title={t('reports.byPaymentChart')} rows={report.byPayment.map((r) => ({ label: method(r.method), value: r.grossFen }))} format={formatYuan} />
            <BarChart title={t('reports.byClerkChart')} rows={report.byClerk.map((r) => ({ label: r.name, value: r.grossFen, note: t('reports.ticketsShort', { count: r.tickets }) }))} format={formatYuan} />
            {checkIns ? (
              <StackedTimeChart
                className="chart"
                model={checkIns}
                title={t('reports.checkInsChart', { minutes: report.checkIns.bucketMs / 60_000 })}
                summary={t('reports.checkInsChart', { minutes: report.checkIns.bucketMs / 60_000 })}
                empty=""
                tick={(at) => formatTime(at, lang)}
                tickEvery={Math.max(1, Math.ceil(checkIns.columns.length / 8))}
                barTitle={(at, gate, count) => `${formatTime(at, lang)} ${gate}: ${count}`}
                width={760}
                height={240}
              />
            ) : null}
          </div>
          <ReportTable
            title={t('reports.bySession')}
            fileName={`sales-by-session-${range.first}-${range.last}.csv`}
            rows={report.bySession}
            columns={[
              { header: t('reports.performance'), value: (r) => r.performanceName },
              { header: t('reports.session'), value: (r) => r.sessionName },
              { header: t('reports.startsAt'), value: (r) => formatDateTimeShort(r.startsAt, lang) },
              { header: t('reports.tickets'), value: (r) => r.tickets, numeric: true },
              { header: t('reports.gross'), value: (r) => formatYuan(r.grossFen), csv: (r) => r.grossFen / 100, numeric: true },
              { header: t('reports.refundedTickets'), value: (r) => r.refundedTickets, numeric: true },
              { header: t('reports.refunded'), value: (r) => formatYuan(r.refundedFen), csv: (r) => r.refundedFen / 100, numeric: true },
              { header: t('reports.checkIns'), value: (r) => r.checkIns, numeric: true },
            ]}
          />
          <ReportTable
            title={t('reports.byTier')}
            fileName={`sales-by-tier-${range.first}-${range.last}.csv`}
            rows={report.byTier}
            columns={[
              { header: t('reports.session'), value: (r) => r.sessionName },
              { header: t('reports.tier'), value: (r) => r.tierName },
              { header: t('reports.price'), value: (r) => formatYuan(r.priceFen), csv: (r) => r.priceFen / 100, numeric: true },
              { header: t('reports.tickets'), value: (r) => r.tickets, numeric: true },
              { header: t('reports.gross'), value: (r) => formatYuan(r.grossFen), csv: (r) => r.grossFen / 100, numeric: true },
            ]}
          />
          <ReportTable
            title={t('reports.byChannel')}
            fileName={`sales-by-channel-${range.first}-${range.last}.csv`}
            rows={report.byChannel}
            columns={[
              { header: t('reports.channel'), value: (r) => r.channelName },
              { header: t('reports.ticketType'), value: (r) => ticketType(r.ticketType) },
              { header: t('reports.orders'), value: (r) => r.orders, numeric: true },
              { header: t('reports.tickets'), value: (r) => r.tickets, numeric: true },
              { header: t('reports.gross'), value: (r) => formatYuan(r.grossFen), csv: (r) => r.grossFen / 100, numeric: true },
            ]}
          />
          <ReportTable
            title={t('reports.byPayment')}
            fileName={`sales-by-payment-${range.first}-${range.last}.csv`}
            rows={report.byPayment}
            columns={[
              { header: t('reports.method'), value: (r) => method(r.method) },
              { header: t('reports.orders'), value: (r) => r.orders, numeric: true },
              { header: t('reports.gross'), value: (r) => formatYuan(r.grossFen), csv: (r) => r.grossFen / 100, numeric: true },
              { header: t('reports.refunded'), value: (r) => formatYuan(r.refundedFen), csv: (r) => r.refundedFen / 100, numeric: true },
            ]}
          />
          <ReportTable
            title={t('reports.refunds')}
            fileName={`refunds-${range.first}-${range.last}.csv`}
            rows={report.refunds}
            columns={[
              { header: t('reports.time'), value: (r) => formatDateTimeShort(r.at, lang) },
              { header: t('reports.orderNumber'), value: (r) => r.orderNumber },
              { header: t('reports.reason'), value: (r) => r.reason },
              { header: t('reports.tickets'), value: (r) => r.tickets, numeric: true },
              { header: t('reports.refunded'), value: (r) => formatYuan(r.amountFen), csv: (r) => r.amountFen / 100, numeric: true },
              { header: t('reports.fee'), value: (r) => formatYuan(r.feeFen), csv: (r) => r.feeFen / 100, numeric: true },
              { header: t('reports.clerk'), value: (r) => r.clerk },
            ]}
          />
          <GateConflictsTable conflicts={report.gateConflicts.list} fileName={`gate-conflicts-${range.first}-${range.last}.csv`} />
          {from !== undefined && to !== undefined ? <ChangedByOthers from={from} to={to} fileName={`changed-by-others-${range.first}-${range.last}.csv`} /> : null}
          {from !== undefined && to !== undefined ? <PresenceReport from={from} to={to} /> : null}
        </>
      ) : null}
    </section>
  );
}

function Tile({ label, value, note, link }: { label: string; value: string; note?: string; link?: { href: string; text: string } | undefined }) {
  return (
    <div className="tile">
      <div className="tile-label">{label}</div>
      <div className="tile-value">{value}</div>
      {note ? <div className="tile-note">{note}</div> : null}
      {link ? (
        <a className="tile-note" href={link.href}>
          {link.text}
        </a>
      ) : null}
    </div>
  );
}
