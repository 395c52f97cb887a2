// The delivery loop's side of the queue (electron/server/eticket/sender.ts): what is due, and what came of it.
import { allRows, run } from '../../../db/statements';
import type { DomainContext } from '../context';
import { ticketContents } from '../sales/ticket-content';
import { eticketSmsParams, eticketSmsText, type ETicketSmsParams } from './message';
import { buyerMobile } from './queue';

/** One SMS to send now. `phone` is the buyer's number in clear: held in memory for the request only, never logged. */
export interface OutgoingSms {
  deliveryId: string;
  orderLineId: string;
  attempts: number;
  phone: string | null;
  /** Refunded while queued: not sent. */
  refunded: boolean;
  params: ETicketSmsParams;
  text: string;
}

/** Queued deliveries due at `now`, oldest first. */
export function dueDeliveries(ctx: DomainContext, limit: number): OutgoingSms[] {
  const rows = allRows<{ id: string; orderLineId: string; attempts: number; buyerId: string | null }>(
    ctx.db,
    `SELECT d.id, d.order_line_id AS orderLineId, d.attempts, o.buyer_id AS buyerId FROM eticket_deliveries d JOIN orders o ON o.id = d.order_id
     WHERE d.status = 'queued' AND d.next_attempt_at <= ? ORDER BY d.next_attempt_at, d.rowid LIMIT ?`,
    ctx.clock(), limit,
  );
  if (rows.length === 0) return [];
  const contents = new Map(ticketContents(ctx, [...new Set(rows.map((r) => r.orderLineId))]).map((c) => [c.orderLineId, c]));
  return rows.flatMap((r) => {
    const ticket = contents.get(r.orderLineId);
    if (!ticket) return [];
    const params = eticketSmsParams(ticket);
    return [{ deliveryId: r.id, orderLineId: r.orderLineId, attempts: r.attempts, phone: buyerMobile(ctx, r.buyerId), refunded: ticket.status === 'refunded', params, text: eticketSmsText(params) }];
  });
}

/** What one attempt came to. `reason` is the provider's code and message (never the number). */
export type SendOutcome =
  | { kind: 'sent'; provider: string; ref: string }
  | { kind: 'retry'; provider: string; reason: string; nextAttemptAt: number }
  | { kind: 'failed'; provider: string; reason: string };

/** Records an attempt: sent (with the provider's message id), queued again for later, or failed for good. */
export function settleDelivery(ctx: DomainContext, deliveryId: string, outcome: SendOutcome): void {
  const now = ctx.clock();
  const reason = outcome.kind === 'sent' ? null : outcome.reason.slice(0, 200);
  run(
    ctx.db,
    `UPDATE eticket_deliveries SET attempts = attempts + 1, provider = ?, updated_at = ?,
       status = ?, provider_ref = coalesce(?, provider_ref), last_error = ?, sent_at = ?, next_attempt_at = coalesce(?, next_attempt_at)
     WHERE id = ? AND status = 'queued'`,
    outcome.provider, now,
    outcome.kind === 'retry' ? 'queued' : outcome.kind, outcome.kind === 'sent' ? outcome.ref.slice(0, 100) : null, reason,
    outcome.kind === 'sent' ? now : null, outcome.kind === 'retry' ? outcome.nextAttemptAt : null,
    deliveryId,
  );
}
