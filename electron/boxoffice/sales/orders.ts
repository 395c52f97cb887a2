import type { z } from 'zod';
import { getOrder, listOrderLines, type OrderLineRow, type OrderRow } from '../../../db/sales';
import { allRows } from '../../../db/statements';
import { getPackageOrder } from '../../../db/packages';
import type { DomainContext } from '../context';
import { notFound } from '../errors';
import { maskedPerson, type MaskedPerson } from '../personal-data/persons';
import type { orderIdInput } from './schemas';
import { ticketContent, ticketContents, type TicketContent, type TicketContentRow } from './ticket-content';
import { noOffers, orderOffers, type LinePricingView, type OrderOffersView } from '../pricing/order-pricing';

export interface OrderLineView extends TicketContent {
  holder: MaskedPerson | null;
  /** An ID document is bound to this ticket (its holder's, or the buyer's for one ID per order); false for a held ticket of a large performance still to be bound. */
  idBound: boolean;
  checkedInAt: number | null;
  refundedAt: number | null;
  /** How its amount came from its tier's price (price type, group, promo, manual); null when it was the tier's price. */
  pricing: LinePricingView | null;
}

export interface OrderView {
  id: string;
  number: string;
  sessionId: string;
  performanceId: string;
  ticketType: OrderRow['ticketType'];
  ticketMode: OrderRow['ticketMode'];
  authMode: OrderRow['authMode'];
  ticketCount: number;
  totalFen: number;
  payment: { method: OrderRow['paymentMethod']; receivedFen: number | null; changeFen: number | null; reference: string };
  /** Paid back by refunds, net of their fees. */
  refundedFen: number;
  /** Kept as refund fees. */
  refundFeeFen: number;
  status: OrderRow['status'];
  createdAt: number;
  /** The selling person's name (users.display_name), not their login. */
  clerk: string | null;
  buyer: MaskedPerson | null;
  /** Concessions and offers of the order; null when every ticket was sold at its tier's price. */
  offers: OrderOffersView | null;
  /** The package (套票) the order sold, with its refund rule; null for an order of single tickets. */
  package: { name: string; refundRule: 'whole' | 'per_session'; sets: number } | null;
  lines: OrderLineView[];
}

/** What an order's view is made of beyond its content: read from its rows, or known to the sale that just wrote them. */
interface OrderFacts {
  order: OrderRow;
  lines: readonly Pick<OrderLineRow, 'id' | 'holderId' | 'idHmac' | 'refundedAt'>[];
  /** Built for this view: each becomes its line's view. */
  contents: ReadonlyMap<string, TicketContent>;
  checkedInAt: ReadonlyMap<string, number | null>;
  pricing: ReturnType<typeof orderOffers>;
  pkg: OrderView['package'];
  refunds: { fen: number | null; fee: number | null } | undefined;
}

function assembleOrderView(ctx: DomainContext, facts: OrderFacts): OrderView {
  const { order, pricing, refunds } = facts;
  // The person's name, as on the screen's header ("李售票"), not the login ("clerk").
  const clerk = allRows<{ name: string }>(ctx.db, 'SELECT display_name AS name FROM users WHERE id = ?', order.userId)[0]?.name ?? null;
  return {
    id: order.id,
    number: order.number,
    sessionId: order.sessionId,
    performanceId: order.performanceId,
    ticketType: order.ticketType,
    ticketMode: order.ticketMode,
    authMode: order.authMode,
    ticketCount: order.ticketCount,
    totalFen: order.totalFen,
    payment: { method: order.paymentMethod, receivedFen: order.cashReceivedFen, changeFen: order.changeFen, reference: order.paymentReference },
    refundedFen: refunds?.fen ?? 0,
    refundFeeFen: refunds?.fee ?? 0,
    status: order.status,
    createdAt: order.createdAt,
    clerk,
    buyer: maskedPerson(ctx, order.buyerId),
    offers: pricing.offers,
    package: facts.pkg,
    lines: lineViews(ctx, facts),
  };
}

/**
 * Each line's view: its content object (built for this view) with the order screen's facts added to it. A copy of its
 * 30 fields by an object spread made a dictionary-mode object: about 10 µs a ticket to build and ten times slower to
 * serialise into the answer than the content itself.
 */
function lineViews(ctx: DomainContext, facts: OrderFacts): OrderLineView[] {
  const views: OrderLineView[] = [];
  for (const line of facts.lines) {
    const content = facts.contents.get(line.id);
    if (!content) continue;
    views.push(
      Object.assign(content, {
        holder: maskedPerson(ctx, line.holderId),
        idBound: line.idHmac !== null,
        checkedInAt: facts.checkedInAt.get(line.id) ?? null,
        refundedAt: line.refundedAt,
        pricing: facts.pricing.lines.get(line.id) ?? null,
      }),
    );
  }
  return views;
}

/** An order with its tickets, buyers and holders masked. */
export function orderView(ctx: DomainContext, orderId: string): OrderView {
  const order = getOrder(ctx.db, orderId);
  if (!order) throw notFound('order', orderId);
  const lines = listOrderLines(ctx.db, orderId);
  const checkedInAt = new Map(
    allRows<{ id: string; checkedInAt: number | null }>(
      ctx.db,
      `SELECT l.id, (SELECT min(checked_at) FROM check_ins c WHERE c.order_line_id = l.id) AS checkedInAt FROM order_lines l WHERE l.order_id = ?`,
      orderId,
    ).map((row) => [row.id, row.checkedInAt]),
  );
  const contents = new Map(ticketContents(ctx, lines.map((l) => l.id)).map((c) => [c.orderLineId, c]));
  const pkg = getPackageOrder(ctx.db, orderId);
  const refunds = allRows<{ fen: number | null; fee: number | null }>(ctx.db, 'SELECT sum(amount_fen) AS fen, sum(fee_fen) AS fee FROM refunds WHERE order_id = ?', orderId)[0];
  return assembleOrderView(ctx, {
    order,
    lines,
    contents,
    checkedInAt,
    pricing: orderOffers(ctx, orderId),
    pkg: pkg ? { name: pkg.packageName, refundRule: pkg.refundRule, sets: pkg.sets } : null,
    refunds,
  });
}

/**
 * The view of an order of single tickets its sale has just written, from what the sale knows: the same view as
 * `orderView` (nothing checked in or refunded yet, no package), without reading back the rows it wrote (that was
 * a tenth of a sale). Each ticket's content row comes from the sale (its session, seat and tier) and is completed
 * here with its concession, from the order's pricing rows. No object spreads: copying the 30 fields of a content
 * row for each ticket cost more than building it.
 */
export function soldOrderView(
  ctx: DomainContext,
  order: OrderRow,
  tickets: readonly { line: Pick<OrderLineRow, 'id' | 'holderId' | 'idHmac'>; content: TicketContentRow }[],
  offersRecorded: boolean,
): OrderView {
  // a sale at the tiers' prices wrote no pricing rows: nothing to read back
  const pricing = offersRecorded ? orderOffers(ctx, order.id) : noOffers();
  const contents = new Map<string, TicketContent>();
  for (const { line, content } of tickets) {
    const concession = pricing.lines.get(line.id);
    content.priceTypeName = concession?.priceTypeName ?? null;
    content.proof = concession?.proof ?? null;
    contents.set(line.id, ticketContent(ctx, content));
  }
  return assembleOrderView(ctx, {
    order,
    lines: tickets.map(({ line }) => ({ id: line.id, holderId: line.holderId, idHmac: line.idHmac, refundedAt: null })),
    contents,
    checkedInAt: new Map(),
    pricing,
    pkg: null,
    refunds: undefined,
  });
}

/** One order, for the window's order screen. */
export function getOrderDetails(ctx: DomainContext, input: z.output<typeof orderIdInput>): OrderView {
  return orderView(ctx, input.orderId);
}
