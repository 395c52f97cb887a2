import { allRows } from '../../../db/statements';
import type { DomainContext } from '../context';
import { notFound } from '../errors';

export interface SessionTicket {
  id: string;
  status: string;
  tierId: string;
  /** 1 while a window's hold on it has not expired. */
  held: number;
}

/** The named tickets of one session, refusing (NOT_FOUND) the first id that is not one of its tickets. */
export function sessionTickets(ctx: DomainContext, sessionId: string, ticketIds: readonly string[]): SessionTicket[] {
  const rows = allRows<SessionTicket>(
    ctx.db,
    `SELECT k.id, k.status, k.price_tier_id AS tierId, EXISTS (SELECT 1 FROM seat_holds h WHERE h.ticket_id = k.id AND h.expires_at > ?) AS held
     FROM tickets k WHERE k.session_id = ? AND k.id IN (SELECT value FROM json_each(?))`,
    ctx.clock(),
    sessionId,
    JSON.stringify(ticketIds),
  );
  const found = new Set(rows.map((r) => r.id));
  const missing = ticketIds.find((id) => !found.has(id));
  if (missing) throw notFound('ticket of this session', missing);
  return rows;
}
