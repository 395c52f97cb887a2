import { newId } from '../../../db/ids';
import { getSession } from '../../../db/catalog';
import { getOrder, listOrderLines } from '../../../db/sales';
import { openShiftOf } from '../../../db/shifts';
import { getRow, run } from '../../../db/statements';
import { appendEvent } from '../../../db/outbox/write';
import type { DomainContext } from '../context';
import { BoxOfficeError, notFound } from '../errors';
import { chinaDateTime } from '../format';
import { audit, inTransaction, parseInput, requireRole, SELLERS } from '../service';
import { reportInventory, reportTickets } from '../outbox/states';
import { orderView, type OrderView } from '../sales/orders';
import { refundInput } from './schemas';

export interface RefundResult {
  refundId: string;
  refundedFen: number;
  tickets: number;
  order: OrderView;
}

/**
 * Refunds some or all tickets of an order, with a reason: the money goes back by the order's payment method,
 * the seats go back on sale, and the refund (an event), the tiers' stock and the tickets' availability go to
 * the outbox, with the audit row, in one transaction. Used tickets cannot be refunded; after the session
 * started only a manager can refund (any time for a cancelled session).
 */
export function refund(ctx: DomainContext, input: unknown): RefundResult {
  requireRole(ctx, SELLERS, 'refund tickets');
  const { orderId, orderLineIds, reason } = parseInput(refundInput, input);
  return inTransaction(ctx, () => {
    const now = ctx.clock();
    const order = getOrder(ctx.db, orderId);
    if (!order) throw notFound('order', orderId);
    const session = getSession(ctx.db, order.sessionId);
    if (!session) throw notFound('session', order.sessionId);
    const all = listOrderLines(ctx.db, orderId);
    const wanted = orderLineIds ?? all.filter((l) => l.status === 'active').map((l) => l.id);
    if (wanted.length === 0) throw new BoxOfficeError('ALREADY_REFUNDED', 'Every ticket of this order was already refunded.', { orderId });
    const lines = wanted.map((id) => {
      const line = all.find((l) => l.id === id);
      if (!line) throw notFound('ticket of this order', id);
      if (line.status === 'refunded') throw new BoxOfficeError('ALREADY_REFUNDED', 'This ticket was already refunded.', { orderLineId: id });
      const used = getRow<{ at: number }>(ctx.db, 'SELECT min(checked_at) AS at FROM check_ins WHERE order_line_id = ? HAVING count(*) > 0', id);
      if (used) throw new BoxOfficeError('TICKET_USED', `This ticket was used at the gate at ${chinaDateTime(used.at)}: it cannot be refunded.`, { orderLineId: id, checkedInAt: used.at });
      return line;
    });
    if (session.status === 'normal' && now >= session.startsAt && ctx.actor.role === 'clerk') {
      throw new BoxOfficeError('REFUND_CLOSED', 'The session has started: only a manager can refund its tickets now.', { sessionId: session.id, startsAt: session.startsAt });
    }
    const amount = lines.reduce((sum, l) => sum + l.amountFen, 0);
    const shift = ctx.actor.userId === null ? undefined : openShiftOf(ctx.db, ctx.actor.userId);
    if (amount > 0 && !shift) throw new BoxOfficeError('NO_OPEN_SHIFT', 'Open your shift before paying money back.', { amountFen: amount });

    const refundId = newId('rfd_');
    run(
      ctx.db,
      'INSERT INTO refunds (id, order_id, reason, amount_fen, payment_method, user_id, shift_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      refundId, orderId, reason, amount, order.paymentMethod, ctx.actor.userId, shift?.id ?? null, now,
    );
    for (const line of lines) {
      run(ctx.db, 'INSERT INTO refund_lines (id, refund_id, order_line_id, ticket_id, amount_fen) VALUES (?, ?, ?, ?, ?)', newId('rfl_'), refundId, line.id, line.ticketId, line.amountFen);
      run(ctx.db, "UPDATE order_lines SET status = 'refunded', refunded_at = ? WHERE id = ? AND status = 'active'", now, line.id);
      run(ctx.db, "UPDATE tickets SET status = 'available', note = '', updated_at = ? WHERE id = ? AND status = 'sold'", now, line.ticketId);
    }
    const remaining = all.filter((l) => l.status === 'active').length - lines.length;
    run(ctx.db, 'UPDATE orders SET status = ?, updated_at = ? WHERE id = ?', remaining === 0 ? 'refunded' : 'partially_refunded', now, orderId);

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
        ticketOrderList: lines.map((l) => ({ ticketOrderId: l.id, sessionId: l.sessionId, ticketId: l.ticketId, refundAmount: l.amountFen })),
      },
      { scope: { performanceId: order.performanceId, sessionId: order.sessionId, orderId }, refs: { tickets: lines.map((l) => l.ticketId), priceTiers: tierIds }, eventAt: now, now },
    );
    reportInventory(ctx, tierIds);
    reportTickets(ctx, lines.map((l) => l.ticketId));
    audit(ctx, 'order.refund', refundId, { orderId, tickets: lines.length, amountFen: amount, paymentMethod: order.paymentMethod, reason });
    return { refundId, refundedFen: amount, tickets: lines.length, order: orderView(ctx, orderId) };
  });
}
