import type { z } from 'zod';
import { newId } from '../../../db/ids';
import { openShiftOf } from '../../../db/shifts';
import { run } from '../../../db/statements';
import { returnPromoUse } from '../../../db/pricing';
import { appendEvent } from '../../../db/outbox/write';
import type { DomainContext } from '../context';
import { BoxOfficeError } from '../errors';
import { yuan } from '../format';
import { MANAGER } from '../../../db/roles';
import { audit, inTransaction, requireRole } from '../service';
import { reportInventory, reportTickets } from '../outbox/states';
import { orderView, type OrderView } from '../sales/orders';
import { allocateFee } from './fee-steps';
import { priceRefundBySession, type RefundPricing } from './pricing';
import type { refundInput } from './schemas';
import { selectRefundLines } from './selection';

export interface RefundResult {
  refundId: string;
  /** Paid back to the buyer: what was paid less the fee. */
  refundedFen: number;
  /** What was paid for the refunded tickets. */
  grossFen: number;
  /** Kept as the refund fee. */
  feeFen: number;
  /** The fee the schedule asked for (larger than `feeFen` when a manager lowered it). */
  scheduledFeeFen: number;
  /** The step applied; null without a schedule or for a cancelled session. */
  refundPercent: number | null;
  feeOverridden: boolean;
  tickets: number;
  order: OrderView;
}

/** The fee of each ticket: the schedule's, or a manager's total for the refund spread over the tickets. */
function fees(ctx: DomainContext, pricing: RefundPricing, override: { feeFen: number; reason: string } | undefined): number[] {
  const scheduled = pricing.lines.map((l) => l.feeFen);
  if (!override) return scheduled;
  requireRole(ctx, MANAGER, 'change a refund fee');
  if (override.feeFen > pricing.feeFen) {
    throw new BoxOfficeError('FEE_OVERRIDE_TOO_HIGH', `The fee can be lowered, not raised: the schedule asks ${yuan(pricing.feeFen)} at most.`, {
      field: 'feeOverride.feeFen',
      feeFen: override.feeFen,
      maxFeeFen: pricing.feeFen,
    });
  }
  return allocateFee(override.feeFen, scheduled);
}

/**
 * Refunds some or all tickets of an order, with a reason: the money goes back by the order's payment method, less
 * the fee of the performance's refund schedule at this moment (or a manager's lower fee, with its reason), the seats
 * go back on sale, and the refund (an event, `refundAmount` net of the fee), the tiers' stock and the tickets'
 * availability go to the outbox, with the audit row, in one transaction. Used tickets cannot be refunded; after the
 * session started only a manager can refund (any time for a cancelled session, and then without a fee).
 */
export function refund(ctx: DomainContext, input: z.output<typeof refundInput>): RefundResult {
  const { orderId, orderLineIds, reason, expectedFeeFen, feeOverride } = input;
  return inTransaction(ctx, () => {
    const now = ctx.clock();
    const { order, sessions, all, lines } = selectRefundLines(ctx, orderId, orderLineIds);
    const pricing = priceRefundBySession(ctx, sessions, lines, now);
    if (expectedFeeFen !== undefined && expectedFeeFen !== pricing.feeFen) {
      throw new BoxOfficeError('FEE_CHANGED', `The refund fee is now ${yuan(pricing.feeFen)}, not ${yuan(expectedFeeFen)}: a fee step has passed. Show the buyer the new amount.`, {
        feeFen: pricing.feeFen,
        expectedFeeFen,
        refundPercent: pricing.refundPercent,
      });
    }
    const lineFees = fees(ctx, pricing, feeOverride);
    const feeFen = lineFees.reduce((sum, f) => sum + f, 0);
    const amount = pricing.amountFen - feeFen;
    const shift = ctx.actor.userId === null ? undefined : openShiftOf(ctx.db, ctx.actor.userId);
    if (amount > 0 && !shift) throw new BoxOfficeError('NO_OPEN_SHIFT', 'Open your shift before paying money back.', { amountFen: amount });

    const refundId = newId('rfd_');
    const refundPercent = pricing.basis === 'schedule' ? pricing.refundPercent : null;
    run(
      ctx.db,
      `INSERT INTO refunds (id, order_id, reason, amount_fen, fee_fen, refund_percent, scheduled_fee_fen, fee_override_reason, payment_method, user_id, shift_id, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      refundId, orderId, reason, amount, feeFen, refundPercent, pricing.feeFen, feeOverride?.reason ?? null, order.paymentMethod, ctx.actor.userId, shift?.id ?? null, now,
    );
    const net = lines.map((line, i) => line.amountFen - (lineFees[i] ?? 0));
    lines.forEach((line, i) => {
      run(ctx.db, 'INSERT INTO refund_lines (id, refund_id, order_line_id, ticket_id, amount_fen, fee_fen) VALUES (?, ?, ?, ?, ?, ?)', newId('rfl_'), refundId, line.id, line.ticketId, net[i], lineFees[i]);
      run(ctx.db, "UPDATE order_lines SET status = 'refunded', refunded_at = ? WHERE id = ? AND status = 'active'", now, line.id);
      run(ctx.db, "UPDATE tickets SET status = 'available', note = '', updated_at = ? WHERE id = ? AND status = 'sold'", now, line.ticketId);
    });
    const remaining = all.filter((l) => l.status === 'active').length - lines.length;
    run(ctx.db, 'UPDATE orders SET status = ?, updated_at = ? WHERE id = ?', remaining === 0 ? 'refunded' : 'partially_refunded', now, orderId);
    // A promo code's use comes back with the whole order (pricing/README.md), never with part of it.
    const promoReturned = remaining === 0 && returnPromoUse(ctx.db, orderId, now);

    const tierIds = [...new Set(lines.map((l) => l.priceTierId))];
    appendEvent(
      ctx.db,
      'refund',
      refundId,
      {
        refundOrderId: refundId,
        orderId,
        reason,
        refundOrderTime: now,
        ticketOrderList: lines.map((l, i) => ({ ticketOrderId: l.id, sessionId: l.sessionId, ticketId: l.ticketId, refundAmount: net[i] ?? 0 })),
      },
      { scope: { performanceId: order.performanceId, sessionId: order.sessionId, orderId }, refs: { tickets: lines.map((l) => l.ticketId), priceTiers: tierIds }, eventAt: now, now },
    );
    reportInventory(ctx, tierIds);
    reportTickets(ctx, lines.map((l) => l.ticketId));
    audit(ctx, 'order.refund', refundId, {
      orderId,
      tickets: lines.length,
      amountFen: amount,
      feeFen,
      scheduledFeeFen: pricing.feeFen,
      refundPercent,
      paymentMethod: order.paymentMethod,
      reason,
      ...(feeOverride && { feeOverrideReason: feeOverride.reason }),
      ...(promoReturned && { promoUseReturned: true }),
    });
    return {
      refundId,
      refundedFen: amount,
      grossFen: pricing.amountFen,
      feeFen,
      scheduledFeeFen: pricing.feeFen,
      refundPercent,
      feeOverridden: feeOverride !== undefined,
      tickets: lines.length,
      order: orderView(ctx, orderId),
    };
  });
}
