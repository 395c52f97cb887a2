import type { z } from 'zod';
import { allRows } from '../../../db/statements';
import type { DomainContext } from '../context';
import { normalizeTicketCode } from '../format';
import { maskedName } from '../personal-data/persons';
import type { findOrdersInput } from './schemas';

export interface OrderSummary {
  id: string;
  number: string;
  sessionId: string;
  performanceName: string;
  sessionName: string;
  startsAt: number;
  ticketCount: number;
  totalFen: number;
  status: string;
  createdAt: number;
  buyerName: string | null;
}

/** An order's summary row: every list of orders selects this and names the buyer with `withBuyerNames`. */
export const SUMMARY = `SELECT o.id, o.number, o.session_id AS sessionId, p.name AS performanceName, s.name AS sessionName, s.starts_at AS startsAt,
  o.ticket_count AS ticketCount, o.total_fen AS totalFen, o.status, o.created_at AS createdAt, o.buyer_id AS buyerId
  FROM orders o JOIN sessions s ON s.id = o.session_id JOIN performances p ON p.id = o.performance_id`;

/**
 * Orders matching a ticket code (also a voided one), an order number, or the last digits of a buyer's or holder's
 * phone or ID number (compared by keyed hash: plaintext is never searched). Newest first, at most 20.
 */
export function findOrders(ctx: DomainContext, query: z.output<typeof findOrdersInput>): OrderSummary[] {
  const session = query.sessionId ?? null;
  const filter = `AND (? IS NULL OR o.session_id = ?) ORDER BY o.created_at DESC LIMIT 20`;
  let rows: SummaryRow[];
  switch (query.by) {
    case 'ticketCode': {
      const code = normalizeTicketCode(query.value);
      rows = allRows(
        ctx.db,
        `${SUMMARY} WHERE o.id IN (SELECT order_id FROM order_lines WHERE ticket_code = ?
           UNION SELECT l.order_id FROM void_ticket_codes v JOIN order_lines l ON l.id = v.order_line_id WHERE v.code = ?) ${filter}`,
        code, code, session, session,
      );
      break;
    }
    case 'orderNumber':
      rows = allRows(ctx.db, `${SUMMARY} WHERE o.number = ? ${filter}`, query.value, session, session);
      break;
    case 'idLast':
    case 'phoneLast': {
      const value = query.value.toUpperCase();
      const [column, hash] =
        query.by === 'phoneLast'
          ? ['phone_last4_hmac', ctx.cipher.hash(value, 'phone_last4')]
          : value.length === 4
            ? ['id_last4_hmac', ctx.cipher.hash(value, 'id_last4')]
            : ['id_last6_hmac', ctx.cipher.hash(value, 'id_last6')];
      rows = allRows(
        ctx.db,
        `${SUMMARY} WHERE o.id IN (
           SELECT o2.id FROM orders o2 JOIN persons b ON b.id = o2.buyer_id WHERE b.${column} = ?
           UNION SELECT l.order_id FROM order_lines l JOIN persons h ON h.id = l.holder_id WHERE h.${column} = ?) ${filter}`,
        hash, hash, session, session,
      );
      break;
    }
  }
  return withBuyerNames(ctx, rows);
}

export type SummaryRow = Omit<OrderSummary, 'buyerName'> & { buyerId: string | null };

/** The rows with their buyers' names, masked as everywhere at the window. */
export const withBuyerNames = (ctx: DomainContext, rows: readonly SummaryRow[]): OrderSummary[] => rows.map(({ buyerId, ...row }) => ({ ...row, buyerName: maskedName(ctx, buyerId) }));
