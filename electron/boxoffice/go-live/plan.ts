// What going live would do, counted before anything changes: the connection test and the refusal say it in words.
import type { Db } from '../../../db/open';
import { getRow } from '../../../db/statements';

export interface GoLivePlan {
  /** Setup to register with the new platform. */
  venues: number;
  halls: number;
  performances: number;
  sessions: number;
  /** Codes of the current platform in the data (cleared by a switch). */
  codes: { venues: number; halls: number; sessions: number };
  /** Transactions in the books (training ones, on the sandbox). */
  transactions: { orders: number; refunds: number; checkIns: number; shifts: number };
  /** Records the current platform has received. */
  delivered: number;
  /** Seats sold now: back on sale after "discard training". */
  seatsSold: number;
  /** Performances whose type the given list does not have (null without a list). */
  needsType: number | null;
  /** Records the new platform will receive: the setup's (registrations, code requests, inventory, tickets), and the sales' with keep-sales. */
  records: { setup: number; sales: number };
}

/** Counts the setup, codes and transactions; `typeIds` is the new platform's type list when known. */
export function goLivePlan(db: Db, typeIds: ReadonlySet<number> | null): GoLivePlan {
  const n = (sql: string): number => getRow<{ n: number }>(db, sql)?.n ?? 0;
  let needsType: number | null = null;
  if (typeIds) {
    needsType = getRow<{ n: number }>(db, 'SELECT count(*) AS n FROM performances WHERE type_id NOT IN (SELECT value FROM json_each(?))', JSON.stringify([...typeIds]))?.n ?? 0;
  }
  return {
    venues: n('SELECT count(*) AS n FROM venues'),
    halls: n('SELECT count(*) AS n FROM halls'),
    performances: n('SELECT count(*) AS n FROM performances'),
    sessions: n("SELECT count(*) AS n FROM sessions WHERE status = 'normal'"),
    codes: {
      venues: n('SELECT count(*) AS n FROM venues WHERE platform_venue_code IS NOT NULL'),
      halls: n('SELECT count(*) AS n FROM halls WHERE platform_hall_code IS NOT NULL'),
      sessions: n('SELECT count(*) AS n FROM sessions WHERE platform_session_code IS NOT NULL'),
    },
    transactions: {
      orders: n('SELECT count(*) AS n FROM orders'),
      refunds: n('SELECT count(*) AS n FROM refunds'),
      checkIns: n('SELECT count(*) AS n FROM check_ins'),
      shifts: n('SELECT count(*) AS n FROM shifts'),
    },
    delivered: n("SELECT count(*) AS n FROM outbox WHERE status = 'delivered'"),
    // the tiers' maintained counts (0020's triggers): counting a million tickets' statuses would scan them all
    seatsSold: n('SELECT coalesce(sum(sold_count), 0) AS n FROM price_tiers'),
    needsType,
    records: {
      setup:
        n('SELECT count(*) AS n FROM halls') +
        n("SELECT count(DISTINCT performance_id) AS n FROM sessions WHERE status = 'normal'") +
        n("SELECT count(*) AS n FROM price_tiers t JOIN sessions s ON s.id = t.session_id WHERE s.status = 'normal'") +
        n("SELECT count(*) AS n FROM tickets k JOIN sessions s ON s.id = k.session_id WHERE s.status = 'normal' AND s.tickets_generated_at IS NOT NULL"),
      // a re-entry is not reported: only first entries are check-ins for the platform
      sales: n('SELECT count(*) AS n FROM orders') + n('SELECT count(*) AS n FROM refunds') + n('SELECT count(*) AS n FROM check_ins WHERE entry_no = 1'),
    },
  };
}

/** Whether leaving the current platform needs the manager's decision: it issued codes or received records, or sales were made. */
export const switchNeedsDecision = (plan: GoLivePlan): boolean =>
  plan.codes.venues + plan.codes.halls + plan.codes.sessions + plan.delivered + plan.transactions.orders + plan.transactions.checkIns > 0;

/** The plan in one English sentence (the CLI's and the log's; the window says it through i18n from the numbers). */
export function describePlan(plan: GoLivePlan): string {
  const t = plan.transactions;
  const parts = [
    `register ${plan.venues} venue(s), ${plan.halls} hall(s) and ${plan.sessions} session(s) of ${plan.performances} performance(s) with the new platform (${plan.records.setup} records)`,
    `discard-training archives ${t.orders} order(s), ${t.refunds} refund(s), ${t.checkIns} check-in(s) and ${t.shifts} shift(s) and puts ${plan.seatsSold} seat(s) back on sale`,
    `keep-sales sends them all to the new platform too (${plan.records.sales} more records)`,
  ];
  if (plan.needsType !== null && plan.needsType > 0) parts.push(`${plan.needsType} performance(s) need a type from the new platform's list (boxoffice types)`);
  return `Going live will ${parts.join('; ')}.`;
}
