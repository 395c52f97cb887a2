import { getOrder } from '../../../db/sales';
import { allRows } from '../../../db/statements';
import type { DomainContext } from '../context';
import { notFound } from '../errors';
import { maskPhone } from '../personal-data/mask';
import { getPerson } from '../../../db/persons';
import type { ETicketDeliveriesInput } from './schemas';

export type DeliveryStatus = 'queued' | 'sent' | 'failed';

/** One ticket's e-ticket delivery as the clerk sees it: its latest send and how many there were. */
export interface ETicketLineDelivery {
  orderLineId: string;
  /** The latest delivery's state; null for a ticket never queued (paper, or sold before e-tickets were sent). */
  status: DeliveryStatus | null;
  attempts: number;
  /** Why the last attempt failed, in the provider's words (never the number). */
  lastError: string | null;
  queuedAt: number | null;
  sentAt: number | null;
  nextAttemptAt: number | null;
  /** Deliveries queued for this ticket: the sale's and every resend. */
  sends: number;
  /** 'recorder' in training (nothing left the PC), else the provider that took it. */
  provider: string | null;
}

export interface ETicketDeliveriesView {
  orderId: string;
  /** The buyer's number as screens show it: 138****5678. */
  maskedPhone: string | null;
  lines: ETicketLineDelivery[];
}

/** A line as read: `attempts` is null for a ticket never queued. */
type Row = Omit<ETicketLineDelivery, 'attempts'> & { attempts: number | null };

/** The e-ticket deliveries of an order, per ticket (in the order's ticket order). */
export function eticketDeliveries(ctx: DomainContext, input: ETicketDeliveriesInput): ETicketDeliveriesView {
  const order = getOrder(ctx.db, input.orderId);
  if (!order) throw notFound('order', input.orderId);
  const buyer = order.buyerId === null ? undefined : getPerson(ctx.db, order.buyerId);
  const rows = allRows<Row>(
    ctx.db,
    `SELECT l.id AS orderLineId, d.status, d.attempts, d.last_error AS lastError, d.created_at AS queuedAt, d.sent_at AS sentAt,
       CASE WHEN d.status = 'queued' THEN d.next_attempt_at END AS nextAttemptAt, d.provider,
       (SELECT count(*) FROM eticket_deliveries a WHERE a.order_line_id = l.id) AS sends
     FROM order_lines l
     LEFT JOIN eticket_deliveries d ON d.id = (SELECT x.id FROM eticket_deliveries x WHERE x.order_line_id = l.id ORDER BY x.created_at DESC, x.rowid DESC LIMIT 1)
     WHERE l.order_id = ? ORDER BY l.rowid`,
    order.id,
  );
  return {
    orderId: order.id,
    maskedPhone: buyer?.phoneEnc ? maskPhone(ctx.cipher.decrypt(buyer.phoneEnc, 'phone')) : null,
    lines: rows.map((r) => ({ ...r, attempts: r.attempts ?? 0 })),
  };
}
