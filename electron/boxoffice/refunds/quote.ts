import type { z } from 'zod';
import type { DomainContext } from '../context';
import { ticketContents } from '../sales/ticket-content';
import { priceRefundBySession, type PricedLine, type RefundPricing } from './pricing';
import type { refundQuoteInput } from './schemas';
import { selectRefundLines } from './selection';

export interface QuotedLine extends PricedLine {
  seatText: string;
  tierName: string;
  ticketType: 'regular' | 'complimentary' | 'staff';
}

export interface RefundQuote extends RefundPricing {
  orderId: string;
  orderNumber: string;
  sessionId: string;
  startsAt: number;
  quotedAt: number;
  lines: QuotedLine[];
}

/**
 * What a refund of these tickets would pay back and keep right now, ticket by ticket, with the step of the fee
 * schedule that applies and until when: shown to the buyer and the clerk before the refund is confirmed (send its
 * `feeFen` as the refund's `expectedFeeFen`). Refuses exactly what the refund would refuse; changes nothing.
 */
export function quoteRefund(ctx: DomainContext, input: z.output<typeof refundQuoteInput>): RefundQuote {
  const { orderId, orderLineIds } = input;
  const now = ctx.clock();
  const { order, session, sessions, lines } = selectRefundLines(ctx, orderId, orderLineIds);
  const pricing = priceRefundBySession(ctx, sessions, lines, now);
  const contents = new Map(ticketContents(ctx, lines.map((l) => l.id)).map((c) => [c.orderLineId, c]));
  return {
    ...pricing,
    orderId,
    orderNumber: order.number,
    sessionId: session.id,
    startsAt: session.startsAt,
    quotedAt: now,
    lines: pricing.lines.map((line) => {
      const content = contents.get(line.orderLineId);
      return { ...line, seatText: content?.seatText ?? '', tierName: content?.tierName ?? '', ticketType: order.ticketType };
    }),
  };
}
