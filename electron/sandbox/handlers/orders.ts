import { statement } from '../../../db/statements';
import { SESSION_STATUS } from '../../reporter/wire/inferred';
import { invalid, notFound } from '../refusal';
import { canonical, single, type Handler } from './context';
import { requireSameSession, sessionsOfCall } from './lookup';

interface LineRow {
  ticket_order_id: string;
  order_id: string;
  session_code: string;
  ticket_id: string;
  amount: number;
  refund_order_id: string | null;
}

/**
 * A.3.3.6: a paid order, an event: the same orderId again with the same content is a duplicate,
 * with other content 4400. Every line's session must exist and not be cancelled, and a ticket
 * cannot be sold twice unless it was refunded in between.
 */
export const order: Handler<'order'> = ({ db, now }, body) => {
  const details = canonical(body);
  const existing = statement(db, 'SELECT body FROM orders WHERE order_id = ?').get(body.orderId) as { body: string } | undefined;
  if (existing) {
    if (existing.body === details) return single(true, true);
    throw notFound(`orderId: ${body.orderId} was already reported with other content`);
  }
  const lineById = statement(db, 'SELECT order_id FROM order_lines WHERE ticket_order_id = ?');
  const soldTicket = statement(db, 'SELECT order_id FROM order_lines WHERE session_code = ? AND ticket_id = ? AND refund_order_id IS NULL');
  const sessionOf = sessionsOfCall(db);
  body.ticketOrderList.forEach((line, i) => {
    const path = `ticketOrderList[${i}].`;
    const session = sessionOf(line.sessionCode, `${path}sessionCode`);
    requireSameSession(session, line, path);
    if (session.status === SESSION_STATUS.cancelled) throw notFound(`${path}sessionCode: session ${line.sessionCode} is cancelled`);
    const other = lineById.get(line.ticketOrderId) as { order_id: string } | undefined;
    if (other) throw notFound(`${path}ticketOrderId: ${line.ticketOrderId} is already a line of order ${other.order_id}`);
    const sold = soldTicket.get(line.sessionCode, line.ticketId) as { order_id: string } | undefined;
    if (sold) throw notFound(`${path}ticketId: ticket ${line.ticketId} is already sold in order ${sold.order_id}`);
  });
  statement(db, 'INSERT INTO orders (order_id, body, total_amount, received_at) VALUES (?, ?, ?, ?)').run(body.orderId, details, body.totalAmount, now);
  const insert = statement(
    db,
    'INSERT INTO order_lines (ticket_order_id, order_id, session_code, session_id, price_id, ticket_id, amount) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  for (const line of body.ticketOrderList) {
    insert.run(line.ticketOrderId, body.orderId, line.sessionCode, line.sessionId, line.priceId, line.ticketId, line.ticketOrderAmount);
  }
  return { data: true, duplicate: false, items: body.ticketOrderList.length, duplicateItems: 0 };
};

/**
 * A.3.3.7: a refund of a reported order (unknown order: 4400). Each line must be a line of that
 * order; refunding more than was paid for a ticket is 4000; a ticket already refunded is 4400.
 */
export const refundOrder: Handler<'refundOrder'> = ({ db, now }, body) => {
  const details = canonical(body);
  const existing = statement(db, 'SELECT body FROM refunds WHERE refund_order_id = ?').get(body.refundOrderId) as { body: string } | undefined;
  if (existing) {
    if (existing.body === details) return single(true, true);
    throw notFound(`refundOrderId: ${body.refundOrderId} was already reported with other content`);
  }
  if (!statement(db, 'SELECT 1 FROM orders WHERE order_id = ?').get(body.orderId)) {
    throw notFound(`orderId: unknown order ${body.orderId}; a refund can only follow its order`);
  }
  const lineOf = statement(db, 'SELECT * FROM order_lines WHERE ticket_order_id = ?');
  body.ticketOrderList.forEach((refund, i) => {
    const path = `ticketOrderList[${i}].`;
    const line = lineOf.get(refund.ticketOrderId) as LineRow | undefined;
    if (line?.order_id !== body.orderId) throw notFound(`${path}ticketOrderId: ${refund.ticketOrderId} is not a line of order ${body.orderId}`);
    if (line.session_code !== refund.sessionCode) throw notFound(`${path}sessionCode: the line was sold for session ${line.session_code}`);
    if (line.ticket_id !== refund.ticketId) throw notFound(`${path}ticketId: the line was sold for ticket ${line.ticket_id}`);
    if (line.refund_order_id !== null) throw notFound(`${path}ticketOrderId: ticket ${line.ticket_id} was already refunded by ${line.refund_order_id}`);
    if (refund.refundAmount > line.amount) throw invalid(`${path}refundAmount: ${refund.refundAmount} fen exceeds the ${line.amount} fen paid for this ticket`);
  });
  const total = body.ticketOrderList.reduce((sum, line) => sum + line.refundAmount, 0);
  statement(db, 'INSERT INTO refunds (refund_order_id, order_id, body, refund_amount, received_at) VALUES (?, ?, ?, ?, ?)').run(body.refundOrderId, body.orderId, details, total, now);
  const mark = statement(db, 'UPDATE order_lines SET refund_order_id = ?, refund_amount = ? WHERE ticket_order_id = ?');
  for (const line of body.ticketOrderList) mark.run(body.refundOrderId, line.refundAmount, line.ticketOrderId);
  return { data: true, duplicate: false, items: body.ticketOrderList.length, duplicateItems: 0 };
};
