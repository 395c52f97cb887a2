import { statement } from '../../../db/statements';
import { notFound } from '../refusal';
import { batch, canonical, type Handler } from './context';
import { sessionsOfCall } from './lookup';

/**
 * A.3.3.8: gate check-ins. The ticket must be sold (an unrefunded order line) with the same
 * sessionId and priceId. A check-in is an event keyed by session code + ticket: the same again is
 * a duplicate, a second different one (another time, another gate) is 4400. All or nothing per call.
 */
export const checking: Handler<'checking'> = ({ db, now }, body) => {
  const soldLine = statement(db, 'SELECT session_id, price_id FROM order_lines WHERE session_code = ? AND ticket_id = ? AND refund_order_id IS NULL');
  const refundedLine = statement(db, 'SELECT refund_order_id FROM order_lines WHERE session_code = ? AND ticket_id = ? AND refund_order_id IS NOT NULL');
  const earlier = statement(db, 'SELECT body FROM checkings WHERE session_code = ? AND ticket_id = ?');
  const insert = statement(db, 'INSERT INTO checkings (session_code, ticket_id, body, received_at) VALUES (?, ?, ?, ?)');
  const session = sessionsOfCall(db);
  let duplicates = 0;
  body.ticketList.forEach((check, i) => {
    const path = `ticketList[${i}].`;
    session(check.sessionCode, `${path}sessionCode`);
    const line = soldLine.get(check.sessionCode, check.ticketId) as { session_id: string; price_id: string } | undefined;
    if (!line) {
      const refunded = refundedLine.get(check.sessionCode, check.ticketId) as { refund_order_id: string } | undefined;
      if (refunded) throw notFound(`${path}ticketId: ticket ${check.ticketId} was refunded (${refunded.refund_order_id})`);
      throw notFound(`${path}ticketId: ticket ${check.ticketId} was never reported sold in session ${check.sessionCode}`);
    }
    if (line.session_id !== check.sessionId) throw notFound(`${path}sessionId: the ticket was sold for sessionId ${line.session_id}`);
    if (line.price_id !== check.priceId) throw notFound(`${path}priceId: the ticket was sold at priceId ${line.price_id}`);
    const details = canonical(check);
    const previous = earlier.get(check.sessionCode, check.ticketId) as { body: string } | undefined;
    if (previous) {
      if (previous.body !== details) throw notFound(`${path}ticketId: ticket ${check.ticketId} was already checked in with other details`);
      duplicates++;
      return;
    }
    insert.run(check.sessionCode, check.ticketId, details, now);
  });
  return batch(body.ticketList.length, duplicates);
};
