// What a refund pays back and keeps, ticket by ticket, under the performance's fee schedule.
import type { SessionRow } from '../../../db/catalog';
import { listRefundSteps } from '../../../db/refunds';
import type { OrderLineRow } from '../../../db/sales';
import type { DomainContext } from '../context';
import { feeFor, HOUR_MS, stepAt, type RefundStep } from './fee-steps';

export interface PricedLine {
  orderLineId: string;
  ticketId: string;
  /** What was paid for the ticket. */
  amountFen: number;
  refundPercent: number;
  feeFen: number;
  /** What goes back: `refundAmount` as reported to the platform. */
  netFen: number;
}

export interface RefundPricing {
  /** no_schedule: no fee; session_cancelled: no fee whatever the schedule (the organiser cancelled). */
  basis: 'no_schedule' | 'schedule' | 'session_cancelled';
  /** The step in force; null without a schedule, for a cancelled session, or after the last step (0% refunded). */
  step: RefundStep | null;
  refundPercent: number;
  /** The last instant this price holds: after it a smaller refund applies. Null when none will. */
  validUntil: number | null;
  /** Earliest step first. */
  schedule: RefundStep[];
  lines: PricedLine[];
  amountFen: number;
  feeFen: number;
  netFen: number;
}

/** Prices a refund at `now`; each ticket's fee is rounded down (in the buyer's favour), so the totals are exact sums. */
export function priceRefund(ctx: DomainContext, session: SessionRow, lines: readonly OrderLineRow[], now: number): RefundPricing {
  const schedule = listRefundSteps(ctx.db, session.performanceId);
  const basis = session.status === 'cancelled' ? 'session_cancelled' : schedule.length === 0 ? 'no_schedule' : 'schedule';
  const step = basis === 'schedule' ? stepAt(schedule, session.startsAt - now) : null;
  const refundPercent = basis === 'schedule' ? (step?.refundPercent ?? 0) : 100;
  const priced = lines.map((line) => {
    const feeFen = feeFor(line.amountFen, refundPercent);
    return { orderLineId: line.id, ticketId: line.ticketId, amountFen: line.amountFen, refundPercent, feeFen, netFen: line.amountFen - feeFen };
  });
  const sum = (pick: (line: PricedLine) => number) => priced.reduce((total, line) => total + pick(line), 0);
  return {
    basis,
    step,
    refundPercent,
    validUntil: step && step.refundPercent > 0 ? session.startsAt - step.hoursBefore * HOUR_MS : null,
    schedule,
    lines: priced,
    amountFen: sum((l) => l.amountFen),
    feeFen: sum((l) => l.feeFen),
    netFen: sum((l) => l.netFen),
  };
}

/**
 * Prices a refund whose tickets may lie in several sessions (a package): each ticket under the fee step of its own
 * session. The summary (step, percent) is the first session's; `validUntil` is the earliest moment any ticket's price
 * changes.
 */
export function priceRefundBySession(ctx: DomainContext, sessions: ReadonlyMap<string, SessionRow>, lines: readonly OrderLineRow[], now: number): RefundPricing {
  const groups = new Map<string, OrderLineRow[]>();
  for (const line of lines) groups.set(line.sessionId, [...(groups.get(line.sessionId) ?? []), line]);
  const priced = [...groups].map(([sessionId, group]) => {
    const session = sessions.get(sessionId);
    if (!session) throw new Error(`session ${sessionId} of a refunded ticket was not loaded`);
    return priceRefund(ctx, session, group, now);
  });
  const [head] = priced;
  if (!head) throw new Error('a refund without tickets');
  if (priced.length === 1) return head;
  const byLine = new Map(priced.flatMap((p) => p.lines).map((l) => [l.orderLineId, l]));
  const ordered = lines.flatMap((l) => byLine.get(l.id) ?? []);
  const ends = priced.map((p) => p.validUntil).filter((v): v is number => v !== null);
  const sum = (pick: (line: PricedLine) => number) => ordered.reduce((total, line) => total + pick(line), 0);
  return {
    ...head,
    validUntil: ends.length > 0 ? Math.min(...ends) : null,
    lines: ordered,
    amountFen: sum((l) => l.amountFen),
    feeFen: sum((l) => l.feeFen),
    netFen: sum((l) => l.netFen),
  };
}
