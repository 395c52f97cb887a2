import i18next from 'i18next';
import type { ShiftReport } from '../../../../electron/server/contract';
import { formatDateTime, formatYuan } from '../../format';
import type { TicketLabels } from './ticket-html';
import type { ReportLabels } from './report-html';
import { useSyncStore } from '../../stores/sync-store';

/** Whether reports go to the sandbox now: everything printed then is training (the status says so live, after a switch too). */
const training = (): boolean => useSyncStore.getState().status?.sandbox ?? true;

/** Tickets are printed in Chinese whatever the window's language: they are documents under the Chinese standard. */
export const TICKET_LANGUAGE = 'zh-CN';

export function ticketLabels(): TicketLabels {
  const t = i18next.getFixedT(TICKET_LANGUAGE);
  return {
    title: t('sell.ticket.title'),
    time: t('sell.ticket.time'),
    venue: t('sell.ticket.venue'),
    seat: t('sell.ticket.seat'),
    price: t('sell.ticket.price'),
    holder: t('sell.ticket.holder'),
    code: t('sell.ticket.code'),
    approval: t('sell.ticket.approval'),
    order: t('sell.ticket.order'),
    electronic: t('sell.ticket.electronic'),
    footer: t('sell.ticket.footer'),
    ticketType: (type) => t(`sell.pay.ticketTypes.${type}`),
    printCount: (count) => t('sell.ticket.printCount', { count }),
    training: training() ? t('golive.trainingMark') : null,
    concession: (name, paid) => t('pricing.ticketConcession', { name, paid }),
    proofAtGate: t('pricing.ticketProofAtGate'),
    packageShare: (name, share) => t('packages.ticket', { name, share }),
  };
}

/** Reports are read by the clerk and the manager: in the window's language. */
export function reportLabels(report: ShiftReport): ReportLabels {
  const t = i18next.t;
  const language = i18next.language;
  return {
    title: report.kind === 'Z' ? t('sell.shift.zTitle') : t('sell.shift.xTitle'),
    clerk: t('sell.shift.report.clerk'),
    openedAt: t('sell.shift.report.openedAt'),
    closedAt: t('sell.shift.report.closedAt'),
    generatedAt: t('sell.shift.report.generatedAt'),
    floatFen: t('sell.shift.report.floatFen'),
    method: t('sell.shift.report.method'),
    sales: t('sell.shift.report.sales'),
    refunds: t('sell.shift.report.refunds'),
    takings: t('sell.shift.report.takings'),
    count: t('sell.shift.report.count'),
    amount: t('sell.shift.report.amount'),
    total: t('sell.shift.report.total'),
    orders: t('sell.shift.report.orders'),
    tickets: t('sell.shift.report.tickets'),
    complimentary: t('sell.shift.report.complimentary'),
    staff: t('sell.shift.report.staff'),
    expectedCash: t('sell.shift.report.expectedCash'),
    countedCash: t('sell.shift.report.countedCash'),
    difference: t('sell.shift.report.difference'),
    reprints: t('shiftReport.reprints'),
    voided: t('shiftReport.voided'),
    exchanges: t('shiftReport.exchanges'),
    signClerk: t('shiftReport.signClerk'),
    signManager: t('shiftReport.signManager'),
    signDate: t('shiftReport.signDate'),
    methodName: (method) => t(`sell.pay.methods.${method}`),
    money: formatYuan,
    time: (ms) => formatDateTime(ms, language),
    training: training() ? t('golive.trainingReportMark') : null,
  };
}
