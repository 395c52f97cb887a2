// The order event of a sale (the platform's order report) and the states it changes, appended in the sale's transaction.
import { appendEvent } from '../../../db/outbox/write';
import type { OrderLineRow } from '../../../db/sales';
import type { DomainContext } from '../context';
import { reportInventory, reportSoldTickets, type SoldTicket } from '../outbox/states';
import type { TicketMode, TicketType } from './schemas';

export type OrderEventLine = Pick<OrderLineRow, 'id' | 'ticketId' | 'sessionId' | 'performanceId' | 'priceTierId' | 'priceFen' | 'amountFen'>;

export interface OrderEventOrder {
  id: string;
  at: number;
  channelName: string;
  totalFen: number;
  ticketType: TicketType;
  ticketMode: TicketMode;
  authMode: 'none' | 'per_order' | 'per_ticket';
  performanceId: string;
  sessionId: string;
}

/**
 * Appends the order (each ticket with its own performance and session: a package's tickets lie in several) and the
 * stock of its tiers and the availability of its tickets (sold, at the seat each line names, as the sale read it).
 * The scope is the order's first session.
 */
export function appendOrderEvent(ctx: DomainContext, order: OrderEventOrder, lines: readonly (OrderEventLine & Pick<SoldTicket, 'place'>)[]): void {
  const tierIds = appendOrderRecord(ctx, order, lines);
  reportInventory(ctx, tierIds);
  reportSoldTickets(ctx, lines);
}

/** The order event alone, with its refs (its tickets and tiers); gives the tiers, whose stock the sale changed. */
export function appendOrderRecord(ctx: DomainContext, order: OrderEventOrder, lines: readonly OrderEventLine[]): string[] {
  const tierIds = [...new Set(lines.map((l) => l.priceTierId))];
  appendEvent(
    ctx.db,
    'order',
    order.id,
    {
      orderId: order.id,
      orderTime: order.at,
      channelType: 'box_office',
      channelName: order.channelName,
      ticketNum: lines.length,
      totalAmount: order.totalFen,
      ticketType: order.ticketType,
      ticketMode: order.ticketMode,
      authMode: order.authMode,
      ticketOrderList: lines.map((l) => ({
        ticketOrderId: l.id,
        performanceId: l.performanceId,
        sessionId: l.sessionId,
        priceId: l.priceTierId,
        ticketPrice: l.priceFen,
        ticketId: l.ticketId,
        ticketOrderAmount: l.amountFen,
      })),
    },
    { scope: { performanceId: order.performanceId, sessionId: order.sessionId, orderId: order.id }, refs: { tickets: lines.map((l) => l.ticketId), priceTiers: tierIds }, eventAt: order.at, now: order.at },
  );
  return tierIds;
}
