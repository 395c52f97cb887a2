import { allRows } from '../../../db/statements';
import type { DomainContext } from '../context';

/** A refund or reprint done by someone other than the clerk who sold the order. */
export interface ChangedByOther {
  kind: 'refund' | 'reprint' | 'exchange';
  at: number;
  orderNumber: string;
  /** Who sold the order, and who changed it (display names; the username when the name is gone). */
  soldBy: string;
  changedBy: string;
  changedByRole: string;
  reason: string;
}

/**
 * The manager's flag on refunds and reprints of another clerk's order: a clerk refunding (or printing again)
 * a ticket someone else sold is allowed at a busy window, but never unseen. Managers' own changes are listed too.
 */
export function ordersChangedByOthers(ctx: DomainContext, period: { from: number; to: number }): ChangedByOther[] {
  const name = (alias: string) => `coalesce(${alias}.display_name, ${alias}.username, '—')`;
  return allRows<ChangedByOther>(
    ctx.db,
    `SELECT 'refund' AS kind, r.created_at AS at, o.number AS orderNumber, ${name('s')} AS soldBy, ${name('c')} AS changedBy, c.role AS changedByRole, r.reason AS reason
       FROM refunds r JOIN orders o ON o.id = r.order_id LEFT JOIN users s ON s.id = o.user_id JOIN users c ON c.id = r.user_id
      WHERE r.created_at >= ? AND r.created_at < ? AND r.user_id IS NOT o.user_id
     UNION ALL
     SELECT p.kind AS kind, p.printed_at AS at, o.number AS orderNumber, ${name('s')} AS soldBy, ${name('c')} AS changedBy, c.role AS changedByRole, p.reason AS reason
       FROM ticket_prints p JOIN order_lines l ON l.id = p.order_line_id JOIN orders o ON o.id = l.order_id
       LEFT JOIN users s ON s.id = o.user_id JOIN users c ON c.id = p.user_id
      WHERE p.printed_at >= ? AND p.printed_at < ? AND p.user_id IS NOT o.user_id
     ORDER BY at DESC LIMIT 1000`,
    period.from,
    period.to,
    period.from,
    period.to,
  );
}
