import { newId } from '../../../db/ids';
import { getOrder, listOrderLines } from '../../../db/sales';
import { getPerson } from '../../../db/persons';
import { run } from '../../../db/statements';
import type { DomainContext } from '../context';
import { BoxOfficeError, notFound } from '../errors';
import { audit, inTransaction } from '../service';
import { mainlandMobile } from './phone';
import type { ResendETicketsInput } from './schemas';
import { eticketDeliveries, type ETicketDeliveriesView } from './status';

function insertDelivery(ctx: DomainContext, line: { id: string; orderId: string }, cause: 'sale' | 'resend'): void {
  const now = ctx.clock();
  run(
    ctx.db,
    `INSERT INTO eticket_deliveries (id, order_line_id, order_id, cause, status, next_attempt_at, user_id, created_at, updated_at)
     VALUES (?, ?, ?, ?, 'queued', ?, ?, ?, ?)`,
    newId('etd_'), line.id, line.orderId, cause, now, ctx.actor.userId, now, now,
  );
}

/** The buyer's mobile number of an order, decrypted (never returned to a screen or a log), or null. */
export function buyerMobile(ctx: DomainContext, buyerId: string | null): string | null {
  const person = buyerId === null ? undefined : getPerson(ctx.db, buyerId);
  const phone = person?.phoneEnc ? ctx.cipher.decrypt(person.phoneEnc, 'phone') : null;
  return phone === null ? null : mainlandMobile(phone);
}

/**
 * Inside the sale's transaction: an electronic order's tickets are queued for SMS, one message per ticket, sent by
 * the delivery loop once the sale has committed. An electronic sale needs the buyer's mainland mobile number; without
 * one the whole sale is refused (nothing is written), so no e-ticket is sold that cannot reach its buyer.
 */
export function queueSaleDeliveries(ctx: DomainContext, order: { id: string; ticketMode: 'paper' | 'electronic'; buyerId: string | null; lines: readonly { id: string }[] }): void {
  if (order.ticketMode !== 'electronic') return;
  if (buyerMobile(ctx, order.buyerId) === null) {
    throw new BoxOfficeError('ETICKET_PHONE_REQUIRED', "An e-ticket is sent by SMS: enter the buyer's mainland mobile number (11 digits, 1 then 3–9), or sell paper tickets.", { field: 'buyer.phone' });
  }
  for (const line of order.lines) insertDelivery(ctx, { id: line.id, orderId: order.id }, 'sale');
}

function lineOf<L extends { id: string }>(lines: readonly L[], id: string): L {
  const line = lines.find((l) => l.id === id);
  if (!line) throw notFound('ticket', id);
  return line;
}

/**
 * The clerk sends an order's e-tickets again (the buyer lost the message, or a delivery failed): a new delivery per
 * live electronic ticket, queued now; audited. Paper tickets and refunded ones are refused in words.
 */
export function resendETickets(ctx: DomainContext, input: ResendETicketsInput): ETicketDeliveriesView {
  return inTransaction(ctx, () => {
    const order = getOrder(ctx.db, input.orderId);
    if (!order) throw notFound('order', input.orderId);
    const lines = listOrderLines(ctx.db, order.id);
    const chosen = input.orderLineIds ? input.orderLineIds.map((id) => lineOf(lines, id)) : lines.filter((l) => l.status === 'active');
    for (const line of chosen) {
      if (line.status === 'refunded') throw new BoxOfficeError('TICKET_REFUNDED', 'This ticket was refunded: there is nothing to send.', { orderLineId: line.id });
      if (line.ticketMode !== 'electronic') throw new BoxOfficeError('ETICKET_NOT_ELECTRONIC', 'This is a paper ticket: there is no e-ticket to send (reprint it instead).', { orderLineId: line.id });
    }
    if (chosen.length === 0) throw new BoxOfficeError('TICKET_REFUNDED', 'Every ticket of this order was refunded: there is nothing to send.', { orderId: order.id });
    if (buyerMobile(ctx, order.buyerId) === null) throw new BoxOfficeError('ETICKET_PHONE_REQUIRED', "This order has no buyer's mainland mobile number to send to: print the tickets instead.", { orderId: order.id });
    for (const line of chosen) insertDelivery(ctx, { id: line.id, orderId: order.id }, 'resend');
    audit(ctx, 'eticket.resend', order.id, { orderLineIds: chosen.map((l) => l.id) });
    return eticketDeliveries(ctx, { orderId: order.id });
  });
}
