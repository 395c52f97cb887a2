import { statement } from '../../../db/statements';
import { batch, canonical, type Handler } from './context';
import { requireSameSession, requireSession } from './lookup';

/** A.3.3.4: the latest state of a session's price tiers; unchanged tiers count as duplicates. */
export const inventory: Handler<'inventory'> = ({ db, now }, body) => {
  const session = requireSession(db, body.sessionCode, 'sessionCode');
  const read = statement(db, 'SELECT body FROM price_tiers WHERE session_code = ? AND price_id = ?');
  const write = statement(
    db,
    `INSERT INTO price_tiers (session_code, price_id, body, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (session_code, price_id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at`,
  );
  let duplicates = 0;
  body.priceList.forEach((price, i) => {
    requireSameSession(session, price, `priceList[${i}].`);
    const details = canonical(price);
    const existing = read.get(body.sessionCode, price.priceId) as { body: string } | undefined;
    if (existing?.body === details) duplicates++;
    else write.run(body.sessionCode, price.priceId, details, now);
  });
  return batch(body.priceList.length, duplicates);
};

/** A.3.3.5: the tickets (seats) of one price tier; a ticket's latest state wins. */
export const ticket: Handler<'ticket'> = ({ db, now }, body) => {
  const session = requireSession(db, body.sessionCode, 'sessionCode');
  requireSameSession(session, body, '');
  const read = statement(db, 'SELECT price_id, body FROM tickets WHERE session_code = ? AND ticket_id = ?');
  const write = statement(
    db,
    `INSERT INTO tickets (session_code, ticket_id, price_id, body, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (session_code, ticket_id) DO UPDATE SET price_id = excluded.price_id, body = excluded.body, updated_at = excluded.updated_at`,
  );
  let duplicates = 0;
  for (const item of body.ticketList) {
    const details = canonical(item);
    const existing = read.get(body.sessionCode, item.ticketId) as { price_id: string; body: string } | undefined;
    if (existing?.body === details && existing.price_id === body.priceId) duplicates++;
    else write.run(body.sessionCode, item.ticketId, body.priceId, details, now);
  }
  return batch(body.ticketList.length, duplicates);
};
