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

// Delivered events are found from the session's own records (an order, a refund, a first entry: each has exactly one
// event row, outbox_event_once on kind and record id, written in its transaction with the same session): a sold-out
// stadium session's 2,000 orders and 10,000 entries are looked up, instead of every delivered row of the outbox
// scanned, and no index is added to the outbox that every sale and check-in writes. An order's tickets are the count
// its frozen event carries (ticketNum: its lines, one ticket reference each), not its 50 references looked up.
const deliveredOf = (kind: string, records: string, ofSession: string) =>
  `(SELECT count(*) FROM ${records} CROSS JOIN outbox o ON o.kind = '${kind}' AND o.record_id = x.id AND o.coalesce_key IS NULL
    WHERE ${ofSession} AND o.status = 'delivered')`;
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
       ${deliveredOf('order', 'orders x', 'x.session_id = s.id')} AS ordersDelivered,
       (SELECT coalesce(sum(json_extract(o.payload, '$.ticketNum')), 0) FROM orders x CROSS JOIN outbox o ON o.kind = 'order' AND o.record_id = x.id
          AND o.coalesce_key IS NULL WHERE x.session_id = s.id AND o.status = 'delivered') AS ticketsDelivered,
       ${deliveredOf('refund', 'refunds x JOIN orders ro ON ro.id = x.order_id', 'ro.session_id = s.id')} AS refundsDelivered,
       ${deliveredOf('checking', 'check_ins x', 'x.session_id = s.id')} AS checkInsDelivered,
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
