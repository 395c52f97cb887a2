import type { z } from 'zod';
// Binding a named holder with an ID to a complimentary or staff ticket of a large performance (the 15% held back
// from open sale must be named 24 hours before the show).
import { bindHolder as storeBinding, getLargeSession } from '../../../db/large';
import { getOrder, getOrderLine } from '../../../db/sales';
import type { DomainContext } from '../context';
import { BoxOfficeError, notFound } from '../errors';
import { chinaDateTime } from '../../china-time';
import { idDocumentHash, storePerson } from '../personal-data/persons';
import { audit, inTransaction } from '../service';
import { orderView, type OrderView } from '../sales/orders';
import { assertOneTicketPerId } from './one-per-id';
import type { bindHolderInput} from './schemas';
import { bindingDeadline } from './schemas';

/**
 * Binds (or, before the deadline, re-binds) the holder of a complimentary or staff ticket of a large performance.
 * The same rules as a sale hold: one ticket per ID document per session. Refused from 24 hours before the start:
 * an unbound held ticket is then refused at the gate, and can only be refunded (its seat goes back on sale).
 */
export function bindHolder(ctx: DomainContext, input: z.output<typeof bindHolderInput>): OrderView {
  const { orderLineId, holder } = input;
  return inTransaction(ctx, () => {
    const line = getOrderLine(ctx.db, orderLineId);
    const order = line && getOrder(ctx.db, line.orderId);
    const session = line && getLargeSession(ctx.db, line.sessionId);
    if (!line || !order || !session) throw notFound('ticket', orderLineId);
    if (session.large !== 1) {
      throw new BoxOfficeError('NOT_LARGE_PERFORMANCE', 'Holders are bound after the sale only for held tickets of a large performance.', { orderLineId, performanceId: session.performanceId });
    }
    if (order.ticketType === 'regular') {
      throw new BoxOfficeError('NOT_HELD_TICKET', 'A regular ticket was bought by its named holder: it cannot be passed to someone else.', { orderLineId, ticketType: order.ticketType });
    }
    if (line.status === 'refunded') throw new BoxOfficeError('TICKET_REFUNDED', 'This ticket was refunded.', { orderLineId });
    if (session.status === 'cancelled') throw new BoxOfficeError('SESSION_CANCELLED', 'This session was cancelled.', { sessionId: session.sessionId });
    const deadline = bindingDeadline(session.startsAt);
    const now = ctx.clock();
    if (now >= deadline) {
      throw new BoxOfficeError(
        'HELD_DEADLINE_PASSED',
        `Large performance: held tickets had to be bound to named holders by ${chinaDateTime(deadline)} (24 hours before the start). This ticket cannot be admitted; refund it to put the seat back on sale.`,
        { rule: 'held_binding_deadline', sessionId: session.sessionId, deadline, orderLineId },
      );
    }
    const hash = idDocumentHash(ctx.cipher, holder.idType ?? '', holder.idNumber ?? '');
    assertOneTicketPerId(ctx, session.sessionId, [{ hash, field: 'holder', person: holder }], orderLineId);
    const person = storePerson(ctx, holder);
    storeBinding(ctx.db, orderLineId, person.personId, hash, now);
    audit(ctx, 'held.bind_holder', orderLineId, { orderId: order.id, sessionId: session.sessionId, ticketType: order.ticketType, rebound: line.idHmac !== null });
    return orderView(ctx, order.id);
  });
}
