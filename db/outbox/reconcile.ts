// Reconciliation: what the box office recorded per session beside what the platform has received.
import type { Db } from '../open';
import { allRows } from '../statements';

export interface SessionTally {
  sessionId: string;
  sessionName: string;
  performanceId: string;
  performanceName: string;
  startsAt: number;
  sessionCode: string | null;
  /** From the business tables. */
  local: { orders: number; ticketsSold: number; refunds: number; checkIns: number };
  /** From the outbox rows the platform accepted. */
  delivered: { orders: number; ticketsSold: number; refunds: number; checkIns: number };
  /** Rows of this session not delivered yet, by status. */
  undelivered: { pending: number; inFlight: number; dead: number };
}

interface TallyRow {
  sessionId: string;
  sessionName: string;
  performanceId: string;
  performanceName: string;
  startsAt: number;
  sessionCode: string | null;
  orders: number;
  ticketsSold: number;
  refunds: number;
  checkIns: number;
  ordersDelivered: number;
  ticketsDelivered: number;
  refundsDelivered: number;
  checkInsDelivered: number;
  pending: number;
  inFlight: number;
  dead: number;
}

// Events (`coalesce_key IS NULL`) are counted through outbox_session_events: a session's delivered orders, not every row
// of the outbox. Their tickets are found from each order's row (CROSS JOIN keeps that order): the other way round
// reads every ticket reference of the outbox, a million at a sold-out stadium.
const delivered = (kind: string) => `(SELECT count(*) FROM outbox o WHERE o.session_id = s.id AND o.kind = '${kind}' AND o.status = 'delivered' AND o.coalesce_key IS NULL)`;
const undelivered = (status: string) => `(SELECT count(*) FROM outbox o WHERE o.session_id = s.id AND o.status = '${status}')`;

/** Per session (one, or all in start order): local counts of orders, tickets sold, refunds and first entries beside delivered ones. */
export function sessionTallies(db: Db, sessionId?: string): SessionTally[] {
  return allRows<TallyRow>(
    db,
    `SELECT s.id AS sessionId, s.name AS sessionName, p.id AS performanceId, p.name AS performanceName, s.starts_at AS startsAt,
       s.platform_session_code AS sessionCode,
       (SELECT count(*) FROM orders x WHERE x.session_id = s.id) AS orders,
       (SELECT count(*) FROM order_lines x WHERE x.session_id = s.id) AS ticketsSold,
       (SELECT count(*) FROM refunds r JOIN orders x ON x.id = r.order_id WHERE x.session_id = s.id) AS refunds,
       (SELECT count(*) FROM check_ins c WHERE c.session_id = s.id AND c.entry_no = 1) AS checkIns,
       ${delivered('order')} AS ordersDelivered,
       (SELECT count(*) FROM outbox o CROSS JOIN outbox_refs r ON r.seq = o.seq AND r.ref_kind = 'ticket'
          WHERE o.session_id = s.id AND o.kind = 'order' AND o.status = 'delivered' AND o.coalesce_key IS NULL) AS ticketsDelivered,
       ${delivered('refund')} AS refundsDelivered,
       ${delivered('checking')} AS checkInsDelivered,
       ${undelivered('pending')} AS pending, ${undelivered('in_flight')} AS inFlight, ${undelivered('dead')} AS dead
     FROM sessions s JOIN performances p ON p.id = s.performance_id
     WHERE (? IS NULL OR s.id = ?) ORDER BY s.starts_at, s.id`,
    sessionId ?? null,
    sessionId ?? null,
  ).map((r) => ({
    sessionId: r.sessionId,
    sessionName: r.sessionName,
    performanceId: r.performanceId,
    performanceName: r.performanceName,
    startsAt: r.startsAt,
    sessionCode: r.sessionCode,
    local: { orders: r.orders, ticketsSold: r.ticketsSold, refunds: r.refunds, checkIns: r.checkIns },
    delivered: { orders: r.ordersDelivered, ticketsSold: r.ticketsDelivered, refunds: r.refundsDelivered, checkIns: r.checkInsDelivered },
    undelivered: { pending: r.pending, inFlight: r.inFlight, dead: r.dead },
  }));
}
