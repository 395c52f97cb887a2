import type { z } from 'zod';
import { allRows, getRow } from '../../../db/statements';
import type { DomainContext } from '../context';
import type { salesReportInput } from './schemas';
import { gateConflictsBetween, type GateConflict } from '../gate/offline/conflicts';

export interface SalesTotals {
  orders: number;
  tickets: number;
  grossFen: number;
  refunds: number;
  refundedTickets: number;
  refundedFen: number;
  feesFen: number;
  netFen: number;
  checkIns: number;
  rejectedScans: number;
}

export interface SalesReport {
  from: number;
  to: number;
  totals: SalesTotals;
  bySession: { sessionId: string; performanceName: string; sessionName: string; startsAt: number; tickets: number; grossFen: number; refundedTickets: number; refundedFen: number; checkIns: number }[];
  byTier: { sessionId: string; sessionName: string; tierId: string; tierName: string; priceFen: number; tickets: number; grossFen: number }[];
  byChannel: { channelName: string; ticketType: string; orders: number; tickets: number; grossFen: number }[];
  byClerk: { userId: string | null; name: string; orders: number; tickets: number; grossFen: number; refundedFen: number }[];
  byPayment: { method: string; orders: number; grossFen: number; refundedFen: number }[];
  refunds: { id: string; at: number; orderNumber: string; reason: string; tickets: number; amountFen: number; feeFen: number; clerk: string }[];
  checkIns: { bucketMs: number; buckets: { at: number; gateName: string; count: number }[] };
  /** Admissions the offline gates' uploads flagged: double entries and admissions after a refund (the flagged entry's time in the period). */
  gateConflicts: { doubleEntries: number; refundedAdmitted: number; list: GateConflict[] };
}

/**
 * The figures of a period for the manager: sales by session, tier, channel, clerk and payment method
 * (orders counted when sold), refunds (counted when refunded), and admissions per gate over time.
 */
export function salesReport(ctx: DomainContext, input: z.output<typeof salesReportInput>): SalesReport {
  const { from, to, bucketMinutes } = input;
  const bucketMs = bucketMinutes * 60_000;
  const sold = `FROM orders o WHERE o.created_at >= ? AND o.created_at < ?`;
  const sales = getRow<{ orders: number; tickets: number; grossFen: number }>(ctx.db, `SELECT count(*) AS orders, coalesce(sum(ticket_count), 0) AS tickets, coalesce(sum(total_fen), 0) AS grossFen ${sold}`, from, to) ?? { orders: 0, tickets: 0, grossFen: 0 };
  const refunded = getRow<{ refunds: number; refundedTickets: number; refundedFen: number; feesFen: number }>(
    ctx.db,
    `SELECT count(DISTINCT r.id) AS refunds, count(l.id) AS refundedTickets, coalesce(sum(l.amount_fen), 0) AS refundedFen, coalesce(sum(l.fee_fen), 0) AS feesFen
     FROM refunds r JOIN refund_lines l ON l.refund_id = r.id WHERE r.created_at >= ? AND r.created_at < ?`,
    from,
    to,
  ) ?? { refunds: 0, refundedTickets: 0, refundedFen: 0, feesFen: 0 };
  const gate = getRow<{ checkIns: number }>(ctx.db, 'SELECT count(*) AS checkIns FROM check_ins WHERE checked_at >= ? AND checked_at < ?', from, to) ?? { checkIns: 0 };
  const conflictCounts = getRow<{ doubleEntries: number; refundedAdmitted: number }>(
    ctx.db,
    `SELECT coalesce(sum(kind = 'double_entry'), 0) AS doubleEntries, coalesce(sum(kind = 'refunded_admitted'), 0) AS refundedAdmitted
     FROM gate_conflicts WHERE second_at >= ? AND second_at < ?`,
    from,
    to,
  ) ?? { doubleEntries: 0, refundedAdmitted: 0 };
  const rejected = getRow<{ n: number }>(ctx.db, 'SELECT count(*) AS n FROM rejected_scans WHERE scanned_at >= ? AND scanned_at < ?', from, to) ?? { n: 0 };

  // Tickets and takings per tier of the period, read from order_lines_tier_created tier by tier (CROSS JOIN keeps price
  // tiers outside: each tier's period is one range of the index, and the groups come out in tier order, unsorted).
  const byTier = allRows<SalesReport['byTier'][number]>(
    ctx.db,
    `SELECT x.sessionId, se.name AS sessionName, x.tierId, t.name AS tierName, t.price_fen AS priceFen, x.tickets, x.grossFen
     FROM (SELECT t.session_id AS sessionId, t.id AS tierId, count(*) AS tickets, sum(ol.amount_fen) AS grossFen
           FROM price_tiers t CROSS JOIN order_lines ol ON ol.price_tier_id = t.id
           WHERE ol.created_at >= ? AND ol.created_at < ? GROUP BY t.id) x
     JOIN price_tiers t ON t.id = x.tierId JOIN sessions se ON se.id = x.sessionId
     ORDER BY se.starts_at, t.sort_order`,
    from, to,
  );

  return {
    from,
    to,
    totals: { ...sales, ...refunded, netFen: sales.grossFen - refunded.refundedFen, checkIns: gate.checkIns, rejectedScans: rejected.n },
    bySession: allRows(
      ctx.db,
      // The tiers' figures above, summed per session (a tier belongs to one session): the lines are not read twice.
      `WITH s AS (SELECT json_extract(value, '$.sessionId') AS session_id, sum(json_extract(value, '$.tickets')) AS tickets,
                         sum(json_extract(value, '$.grossFen')) AS gross FROM json_each(?) GROUP BY 1),
            r AS (SELECT ol.session_id, count(*) AS tickets, sum(l.amount_fen) AS refunded FROM refund_lines l JOIN refunds rf ON rf.id = l.refund_id
                  JOIN order_lines ol ON ol.id = l.order_line_id WHERE rf.created_at >= ? AND rf.created_at < ? GROUP BY ol.session_id),
            c AS (SELECT session_id, count(*) AS n FROM check_ins WHERE checked_at >= ? AND checked_at < ? GROUP BY session_id),
            ids AS (SELECT session_id FROM s UNION SELECT session_id FROM r UNION SELECT session_id FROM c)
       SELECT ids.session_id AS sessionId, p.name AS performanceName, se.name AS sessionName, se.starts_at AS startsAt,
              coalesce(s.tickets, 0) AS tickets, coalesce(s.gross, 0) AS grossFen, coalesce(r.tickets, 0) AS refundedTickets,
              coalesce(r.refunded, 0) AS refundedFen, coalesce(c.n, 0) AS checkIns
       FROM ids JOIN sessions se ON se.id = ids.session_id JOIN performances p ON p.id = se.performance_id
       LEFT JOIN s ON s.session_id = ids.session_id LEFT JOIN r ON r.session_id = ids.session_id LEFT JOIN c ON c.session_id = ids.session_id
       ORDER BY se.starts_at`,
      JSON.stringify(byTier), from, to, from, to,
    ),
    byTier,
    byChannel: allRows(
      ctx.db,
      `SELECT channel_name AS channelName, ticket_type AS ticketType, count(*) AS orders, sum(ticket_count) AS tickets, sum(total_fen) AS grossFen
       ${sold} GROUP BY channel_name, ticket_type ORDER BY grossFen DESC`,
      from, to,
    ),
    byClerk: allRows(
      ctx.db,
      `WITH s AS (SELECT user_id, count(*) AS orders, sum(ticket_count) AS tickets, sum(total_fen) AS gross ${sold} GROUP BY user_id),
            r AS (SELECT user_id, sum(amount_fen) AS refunded FROM refunds WHERE created_at >= ? AND created_at < ? GROUP BY user_id),
            ids AS (SELECT user_id FROM s UNION SELECT user_id FROM r)
       SELECT ids.user_id AS userId, coalesce(u.display_name, '—') AS name, coalesce(s.orders, 0) AS orders, coalesce(s.tickets, 0) AS tickets,
              coalesce(s.gross, 0) AS grossFen, coalesce(r.refunded, 0) AS refundedFen
       FROM ids LEFT JOIN users u ON u.id = ids.user_id LEFT JOIN s ON s.user_id IS ids.user_id LEFT JOIN r ON r.user_id IS ids.user_id
       ORDER BY grossFen DESC`,
      from, to, from, to,
    ),
    byPayment: allRows(
      ctx.db,
      `WITH s AS (SELECT payment_method AS method, count(*) AS orders, sum(total_fen) AS gross ${sold} GROUP BY payment_method),
            r AS (SELECT payment_method AS method, sum(amount_fen) AS refunded FROM refunds WHERE created_at >= ? AND created_at < ? GROUP BY payment_method),
            ids AS (SELECT method FROM s UNION SELECT method FROM r)
       SELECT ids.method AS method, coalesce(s.orders, 0) AS orders, coalesce(s.gross, 0) AS grossFen, coalesce(r.refunded, 0) AS refundedFen
       FROM ids LEFT JOIN s ON s.method = ids.method LEFT JOIN r ON r.method = ids.method ORDER BY grossFen DESC`,
      from, to, from, to,
    ),
    refunds: allRows(
      ctx.db,
      `SELECT r.id, r.created_at AS at, o.number AS orderNumber, r.reason, count(l.id) AS tickets, r.amount_fen AS amountFen, r.fee_fen AS feeFen,
              coalesce(u.display_name, '—') AS clerk
       FROM refunds r JOIN orders o ON o.id = r.order_id JOIN refund_lines l ON l.refund_id = r.id LEFT JOIN users u ON u.id = r.user_id
       WHERE r.created_at >= ? AND r.created_at < ? GROUP BY r.id ORDER BY r.created_at DESC LIMIT 500`,
      from, to,
    ),
    gateConflicts: { ...conflictCounts, list: gateConflictsBetween(ctx, from, to) },
    checkIns: {
      bucketMs,
      // Integer arithmetic: the bucket width is bound as a whole number, so the division rounds down.
      buckets: allRows(
        ctx.db,
        `SELECT (checked_at / CAST(? AS INTEGER)) * CAST(? AS INTEGER) AS at, gate_name AS gateName, count(*) AS count
         FROM check_ins WHERE checked_at >= ? AND checked_at < ? GROUP BY at, gate_name ORDER BY at, gate_name`,
        bucketMs, bucketMs, from, to,
      ),
    },
  };
}
