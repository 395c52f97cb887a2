import type { z } from 'zod';
import { newId } from '../../../db/ids';
import { getHall, getPerformance, getSession, getVenue } from '../../../db/catalog';
import { insertOrderLines } from '../../../db/sales';
import type { DomainContext } from '../context';
import { BoxOfficeError, notFound } from '../errors';
import { storePerson } from '../personal-data/persons';
import { audit, inTransaction } from '../service';
import { checkPayment, insertPaidOrder } from './payment';
import { appendOrderEvent } from './order-event';
import { checkPurchaseLimits, ticketIdHashes } from './real-name';
import { largeSaleRules } from '../large/sale-rules';
import { assertSalesOpen } from './rules';
import type { sellInput} from './schemas';
import { type TicketType } from './schemas';
import { takeFromPools, takeSeats } from './take-tickets';
import { soldOrderView, type OrderView } from './orders';
import { queueSaleDeliveries } from '../eticket/queue';
import { priceSale, type TicketRequest } from '../pricing/sale-pricing';
import { orderTicketCodes } from './ticket-codes';

function checkTicketType(ctx: DomainContext, ticketType: TicketType): void {
  if (ticketType !== 'regular' && ctx.actor.role === 'clerk') {
    throw new BoxOfficeError('TICKET_TYPE_NOT_ALLOWED', `Only a manager can issue ${ticketType} tickets.`, { field: 'ticketType', ticketType });
  }
}

/** The box office's channel name as reported (`channelName`, at most 30 characters). */
export function channelName(venueName: string): string {
  return `${venueName}售票处`.slice(0, 30);
}

/** What each ticket of the input asks about its price, in the order the tickets are taken. */
function ticketRequests(sale: z.output<typeof sellInput>): Omit<TicketRequest, 'tierPriceFen' | 'holder' | 'holderField'>[] {
  if (sale.seats.length > 0) return sale.seats.map((seat, i) => ({ priceTypeId: seat.priceTypeId, proofConfirmed: seat.proofConfirmed, field: `seats.${i}` }));
  return sale.unseated.flatMap((want, i) => Array.from({ length: want.quantity }, () => ({ priceTypeId: want.priceTypeId, proofConfirmed: want.proofConfirmed, field: `unseated.${i}` })));
}

/**
 * Sells tickets of one session: checks the sales window, the seats, the real-name rules, purchase limits and the
 * rules of a large performance (large/sale-rules.ts),
 * takes the payment, and records the order, its tickets, buyer and holders, the outbox rows (the order event,
 * the tiers' stock, the tickets' availability) and the audit row, all in one transaction. Each ticket's amount is
 * its tier's price under the performance's price types and offers (pricing/sale-pricing.ts).
 * `approval.managerId`: the manager who approved a manual discount with their PIN at a clerk's window (checked by
 * the API before the sale); a manager selling approves their own.
 */
export function sell(ctx: DomainContext, sale: z.output<typeof sellInput>, approval: { managerId: string } | null = null): OrderView {
  checkTicketType(ctx, sale.ticketType);
  return inTransaction(ctx, () => {
    const now = ctx.clock();
    const session = getSession(ctx.db, sale.sessionId);
    if (!session) throw notFound('session', sale.sessionId);
    const performance = getPerformance(ctx.db, session.performanceId);
    const hall = getHall(ctx.db, session.hallId);
    const venue = hall && getVenue(ctx.db, hall.venueId);
    if (!performance || !hall || !venue) throw notFound('session', sale.sessionId);
    assertSalesOpen(session, now);
    if (hall.hasSeat === 1 && sale.unseated.length > 0) throw new BoxOfficeError('WRONG_HALL_KIND', 'This session is seated: choose seats.', { field: 'unseated' });
    if (hall.hasSeat === 0 && sale.seats.length > 0) throw new BoxOfficeError('WRONG_HALL_KIND', 'This session is unseated: sell quantities per tier.', { field: 'seats' });

    const count = sale.seats.length + sale.unseated.reduce((sum, u) => sum + u.quantity, 0);
    if (performance.maxTicketsPerOrder !== null && count > performance.maxTicketsPerOrder) {
      throw new BoxOfficeError('ORDER_LIMIT', `At most ${performance.maxTicketsPerOrder} tickets can be sold in one order for this performance.`, { limit: performance.maxTicketsPerOrder, requested: count });
    }
    const large = largeSaleRules(ctx, session, performance, sale.ticketType);
    const taken = hall.hasSeat ? takeSeats(ctx, session, sale.seats, { holdId: sale.holdId, allowReserved: sale.allowReserved }) : takeFromPools(ctx, session, sale.unseated);

    const hashes = ticketIdHashes(ctx, performance, taken, sale.buyer, large.holdersOptional);
    const counted = performance.realNameMode === 'per_order' ? taken.map(() => sale.buyer) : taken.map((t) => t.holder);
    large.checkIds(hashes, counted, taken.map((t) => t.field));
    checkPurchaseLimits(ctx, performance, session, hashes, counted);

    const requests = ticketRequests(sale);
    const priced = priceSale(
      ctx,
      { performance, session, ticketType: sale.ticketType },
      taken.map((t, i) => ({ tierPriceFen: t.priceFen, holder: t.holder, holderField: t.field, priceTypeId: undefined, proofConfirmed: undefined, field: t.field, ...requests[i] })),
      {
        promoCode: sale.promoCode,
        manualDiscount: sale.manualDiscount,
        manualApprovedBy: ctx.actor.role === 'manager' ? ctx.actor.userId : (approval?.managerId ?? null),
      },
    );
    const amounts = priced.pricing.lines.map((line) => (sale.ticketType === 'regular' ? line.amountFen : 0));
    const total = amounts.reduce((sum, a) => sum + a, 0);
    const shift = checkPayment(ctx, sale.payment, total, sale.expectedTotalFen);

    const buyer = sale.buyer ? storePerson(ctx, sale.buyer) : null;
    const order = insertPaidOrder(ctx, {
      sessionId: session.id,
      performanceId: performance.id,
      ticketType: sale.ticketType,
      ticketMode: sale.ticketMode,
      authMode: performance.realNameMode,
      ticketCount: taken.length,
      totalFen: total,
      payment: sale.payment,
      channelName: channelName(venue.name),
      buyerId: buyer?.personId ?? null,
      shiftId: shift?.id ?? null,
      at: now,
    });
    const orderId = order.id;
    const codes = orderTicketCodes(taken.length);
    const lines = taken.map((ticket, i) => {
      const holder = ticket.holder ? storePerson(ctx, ticket.holder) : null;
      return {
        id: newId('tko_'),
        orderId,
        ticketId: ticket.ticketId,
        sessionId: session.id,
        performanceId: performance.id,
        priceTierId: ticket.priceTierId,
        priceFen: ticket.priceFen,
        amountFen: amounts[i] ?? 0,
        ticketCode: codes[i] ?? '',
        ticketMode: sale.ticketMode,
        holderId: holder?.personId ?? null,
        idHmac: hashes[i] ?? null,
        // a paper ticket is printed at the window as part of the sale
        printCount: sale.ticketMode === 'paper' ? 1 : 0,
        createdAt: now,
        // for the answer: where the ticket is, as its content shows it
        place: { tierName: ticket.tierName, floor: ticket.floor, area: ticket.area, row: ticket.row, seat: ticket.seat },
      };
    });
    insertOrderLines(ctx.db, lines);
    large.checkHeldShare();
    const offersRecorded = priced.record(orderId, lines.map((l) => l.id));
    // E-tickets go out by SMS once this commits (eticket/): refused here, with nothing written, without a mobile number.
    queueSaleDeliveries(ctx, { id: orderId, ticketMode: sale.ticketMode, buyerId: buyer?.personId ?? null, lines });

    appendOrderEvent(
      ctx,
      { id: orderId, at: now, channelName: channelName(venue.name), totalFen: total, ticketType: sale.ticketType, ticketMode: sale.ticketMode, authMode: performance.realNameMode, performanceId: performance.id, sessionId: session.id },
      lines,
    );
    audit(ctx, 'order.sell', orderId, { sessionId: session.id, tickets: lines.length, totalFen: total, ticketType: sale.ticketType, paymentMethod: sale.payment.method, ...priced.summary });
    return soldOrderView(
      ctx,
      order,
      lines.map((line) => ({
        line,
        content: {
          orderLineId: line.id,
          orderId,
          orderNumber: order.number,
          ticketId: line.ticketId,
          performanceName: performance.name,
          approval: performance.approval,
          sessionId: session.id,
          sessionName: session.name,
          startsAt: session.startsAt,
          venueName: venue.name,
          venueAddress: venue.address,
          hallName: hall.name,
          floor: line.place.floor,
          area: line.place.area,
          row: line.place.row,
          seat: line.place.seat,
          tierName: line.place.tierName,
          priceFen: line.priceFen,
          amountFen: line.amountFen,
          priceTypeName: null,
          proof: null,
          packageName: null,
          ticketType: sale.ticketType,
          ticketMode: line.ticketMode,
          ticketCode: line.ticketCode,
          holderId: line.holderId,
          buyerId: order.buyerId,
          status: 'active',
          printCount: line.printCount,
        },
      })),
      offersRecorded,
    );
  });
}
