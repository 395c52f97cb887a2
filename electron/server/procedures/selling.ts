import type { sellingProcedures } from '../contract/selling';
import { holdSeats, releaseHold } from '../../boxoffice/holds/holds';
import { bestAvailable } from '../../boxoffice/holds/best-available';
import { sell } from '../../boxoffice/sales/sell';
import { findOrders } from '../../boxoffice/sales/find';
import { recentOrders } from '../../boxoffice/sales/recent';
import { getOrderDetails } from '../../boxoffice/sales/orders';
import { exchangeForPaper, reprintTickets } from '../../boxoffice/tickets/reprint';
import { closeShift, openShift, shiftReport } from '../../boxoffice/shifts/shifts';
import { revealPerson } from '../../boxoffice/personal-data/persons';
import { publishSeatChanges } from '../seats/seat-feed';
import type { Handlers } from './context';
import { domainContext } from './domain-context';
import { managerApproval } from '../auth/manager-approval';
import { sellAwaitsApproval } from './sell-approval';


export const sellingHandlers: Handlers<keyof typeof sellingProcedures> = {
  'holds.hold': (input, ctx) => {
    const hold = holdSeats(domainContext(ctx), input);
    publishSeatChanges(ctx, input.sessionId, input.ticketIds);
    return hold;
  },
  'holds.release': (input, ctx) => {
    const { released, bySession } = releaseHold(domainContext(ctx), input);
    for (const [sessionId, ticketIds] of bySession) publishSeatChanges(ctx, sessionId, ticketIds);
    return { released };
  },
  'holds.bestAvailable': (input, ctx) => {
    const found = bestAvailable(domainContext(ctx), input);
    publishSeatChanges(ctx, input.sessionId, found.hold.ticketIds);
    return found;
  },
  'sales.sell': (input, ctx) => {
    const sellNow = (approval: { managerId: string } | null) => {
      const order = sell(domainContext(ctx), input, approval);
      publishSeatChanges(ctx, input.sessionId, input.seats.map((seat) => seat.ticketId));
      return order;
    };
    // A clerk's manual discount carries a manager's PIN: checked before the sale, off its transaction. Every other
    // sale stays synchronous, so the sales of many windows can share one commit (storage/write-group.ts).
    if (!sellAwaitsApproval(input)) return sellNow(null);
    const approval = input.manualDiscount?.approval;
    if (approval === undefined || ctx.actor.role === 'manager') return sellNow(null);
    return managerApproval(ctx, approval, 'order.manual_discount').then((managerId) => sellNow({ managerId }));
  },
  'orders.find': (input, ctx) => findOrders(domainContext(ctx), input),
  'orders.recent': (input, ctx) => recentOrders(domainContext(ctx), input),
  'orders.get': (input, ctx) => getOrderDetails(domainContext(ctx), input),
  'tickets.reprint': (input, ctx) => reprintTickets(domainContext(ctx), input),
  'tickets.exchange': (input, ctx) => exchangeForPaper(domainContext(ctx), input),
  'shifts.open': (input, ctx) => openShift(domainContext(ctx), input),
  'shifts.report': (input, ctx) => shiftReport(domainContext(ctx), input),
  'shifts.close': (input, ctx) => closeShift(domainContext(ctx), input),
  'persons.reveal': (input, ctx) => revealPerson(domainContext(ctx), input),
};
