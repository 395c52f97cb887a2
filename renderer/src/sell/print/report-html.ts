import type { ShiftReport } from '../../../../electron/server/contract';
import { escapeHtml, type Paper } from './html';

export interface ReportLabels {
  title: string;
  clerk: string;
  openedAt: string;
  closedAt: string;
  generatedAt: string;
  floatFen: string;
  method: string;
  sales: string;
  refunds: string;
  takings: string;
  count: string;
  amount: string;
  total: string;
  orders: string;
  tickets: string;
  complimentary: string;
  staff: string;
  expectedCash: string;
  countedCash: string;
  difference: string;
  reprints: string;
  voided: string;
  exchanges: string;
  /** The signature lines at the foot of a Z report: the clerk's, the checking manager's. */
  signClerk: string;
  signManager: string;
  signDate: string;
  methodName: (method: 'cash' | 'card' | 'mobile') => string;
  money: (fen: number) => string;
  time: (ms: number) => string;
  /** The training mark while reports go to the sandbox; null on the real platform. */
  training: string | null;
}

const METHODS = ['cash', 'card', 'mobile'] as const;
const row = (cells: readonly string[], head = false) => `<tr>${cells.map((cell) => (head ? `<th>${escapeHtml(cell)}</th>` : `<td>${escapeHtml(cell)}</td>`)).join('')}</tr>`;
const totalRow = (cells: readonly string[]) => `<tr class="report-total">${cells.map((cell, i) => (i === 0 ? `<th scope="row">${escapeHtml(cell)}</th>` : `<td>${escapeHtml(cell)}</td>`)).join('')}</tr>`;
const fact = (label: string, value: string) => `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd>`;

/** Lines to sign by hand: the Z report is the shift's handover of the cash. */
const signatures = (labels: ReportLabels) =>
  `<div class="report-signatures">${[labels.signClerk, labels.signManager, labels.signDate].map((label) => `<p><span>${escapeHtml(label)}</span><span class="sign-line"></span></p>`).join('')}</div>`;

/** An X or Z report of a shift as printed: sales, refunds and takings per payment method, and the cash. */
export function reportSheetHtml(report: ShiftReport, labels: ReportLabels, paper: Paper): string {
  const m = labels.money;
  const methodRows = METHODS.map((method) =>
    row([
      labels.methodName(method),
      `${report.sales.byMethod[method].count} / ${m(report.sales.byMethod[method].fen)}`,
      `${report.refunds.byMethod[method].count} / ${m(report.refunds.byMethod[method].fen)}`,
      m(report.takings[method]),
    ]),
  );
  const totals = totalRow([labels.total, `${report.sales.orders} / ${m(report.sales.totalFen)}`, `${report.refunds.refunds} / ${m(report.refunds.totalFen)}`, m(report.takings.total)]);
  return [
    `<div class="ticket-sheet report-sheet paper-${paper}"><article class="report">`,
    `<h1>${escapeHtml(labels.title)}</h1>`,
    labels.training ? `<p class="training-mark">${escapeHtml(labels.training)}</p>` : '',
    '<dl class="report-facts">',
    fact(labels.clerk, report.personName ?? report.username ?? report.userId),
    fact(labels.openedAt, labels.time(report.openedAt)),
    report.closedAt === null ? '' : fact(labels.closedAt, labels.time(report.closedAt)),
    fact(labels.generatedAt, labels.time(report.generatedAt)),
    fact(labels.floatFen, m(report.floatFen)),
    '</dl>',
    '<table class="report-table">',
    row([labels.method, `${labels.sales} (${labels.count} / ${labels.amount})`, `${labels.refunds} (${labels.count} / ${labels.amount})`, labels.takings], true),
    ...methodRows,
    totals,
    '</table>',
    '<dl class="report-facts">',
    fact(labels.tickets, `${report.sales.tickets} − ${report.refunds.tickets}`),
    fact(labels.complimentary, String(report.sales.complimentaryTickets)),
    fact(labels.staff, String(report.sales.staffTickets)),
    fact(labels.expectedCash, m(report.expectedCashFen)),
    report.countedCashFen === null ? '' : fact(labels.countedCash, m(report.countedCashFen)),
    report.differenceFen === null ? '' : fact(labels.difference, m(report.differenceFen)),
    fact(labels.reprints, String(report.prints.reprints)),
    fact(labels.voided, String(report.prints.voided)),
    fact(labels.exchanges, String(report.prints.exchanges)),
    '</dl>',
    report.kind === 'Z' ? signatures(labels) : '',
    '</article></div>',
  ].join('');
}
