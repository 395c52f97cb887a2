import { z } from 'zod';
import { allRows } from '../../../db/statements';
import { openShiftOf } from '../../../db/shifts';
import type { DomainContext } from '../context';
import { BoxOfficeError } from '../errors';
import { SUMMARY, withBuyerNames, type OrderSummary, type SummaryRow } from './find';

/** How many of the window's last orders 查询订单 opens on. */
export const recentOrdersInput = z.object({ limit: z.number().int().min(1).max(50).default(12) }).strict();
export type RecentOrdersInput = z.output<typeof recentOrdersInput>;

/** Without an open shift, the last orders of this person in this many hours (a manager issuing house seats, a shift just closed). */
const WITHOUT_SHIFT_MS = 12 * 3_600_000;

/**
 * The last orders sold by the person at this window in their open shift, newest first: refunding or reprinting
 * the sale just made needs no search. Without an open shift, their orders of the last twelve hours.
 */
export function recentOrders(ctx: DomainContext, input: RecentOrdersInput): OrderSummary[] {
  const userId = ctx.actor.userId;
  if (userId === null) throw new BoxOfficeError('FORBIDDEN', 'Recent orders belong to a person: log in first.');
  const shift = openShiftOf(ctx.db, userId);
  const rows = shift
    ? allRows<SummaryRow>(ctx.db, `${SUMMARY} WHERE o.shift_id = ? ORDER BY o.created_at DESC, o.number DESC LIMIT ?`, shift.id, input.limit)
    : allRows<SummaryRow>(ctx.db, `${SUMMARY} WHERE o.user_id = ? AND o.created_at >= ? ORDER BY o.created_at DESC, o.number DESC LIMIT ?`, userId, ctx.clock() - WITHOUT_SHIFT_MS, input.limit);
  return withBuyerNames(ctx, rows);
}
