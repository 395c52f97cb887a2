// Inside the sale's transaction: marks the wanted tickets sold, or refuses with the first reason one cannot be.
import type { SessionRow } from '../../../db/catalog';
import { allRows, getRow, run } from '../../../db/statements';
import type { DomainContext } from '../context';
import { BoxOfficeError, notFound } from '../errors';
import type { PersonData } from '../personal-data/persons';
import { holdOfTicket, mayUseHold } from '../named-holds/named-holds';

export interface TakenTicket {
  ticketId: string;
  priceTierId: string;
  priceFen: number;
  /** For the sale's answer (its tickets' content): the tier's name and the seat's, all null for an unseated ticket. */
  tierName: string;
  floor: string | null;
  area: string | null;
  row: string | null;
  seat: string | null;
  /** Where this ticket's holder came from in the input, for error messages (`seats.2.holder`). */
  field: string;
  holder: PersonData | undefined;
}

interface SeatTicket {
  id: string;
  status: string;
  priceTierId: string;
  priceFen: number;
  tierName: string;
  floor: string | null;
  area: string | null;
  row: string | null;
  seat: string | null;
  holdId: string | null;
  holdUser: string | null;
  holdExpires: number | null;
}

/**
 * Seats of a seated session: each must be free, or reserved when a manager sells house seats (or a clerk sells from
 * a named hold that names them), and not held by another window. One statement reads every wanted seat, one marks
 * them all sold and one releases their holds (when any was held), whatever the number of seats: per-seat statements were a third of
 * taking them. Refuses with the first seat (in the order given) that cannot be sold.
 */
export function takeSeats(
  ctx: DomainContext,
  session: SessionRow,
  seats: readonly { ticketId: string; holder?: PersonData | undefined }[],
  options: { holdId: string | undefined; allowReserved: boolean },
): TakenTicket[] {
  const now = ctx.clock();
  const mayTakeReserved = (hold: { id: string } | undefined) => options.allowReserved && (ctx.actor.role !== 'clerk' || (hold !== undefined && mayUseHold(ctx, hold.id)));
  const ids = JSON.stringify(seats.map((seat) => seat.ticketId));
  // CROSS JOIN: the wanted ids first, each ticket by its id (given the choice, SQLite reads the session's index).
  const found = new Map(
    allRows<SeatTicket>(
      ctx.db,
      `SELECT k.id, k.status, k.price_tier_id AS priceTierId, t.price_fen AS priceFen, t.name AS tierName, seats.floor_name AS floor, seats.area_name AS area,
         seats.row_name AS row, seats.seat_no AS seat, h.hold_id AS holdId, h.user_id AS holdUser, h.expires_at AS holdExpires
       FROM json_each(?) AS wanted CROSS JOIN tickets k ON k.id = wanted.value JOIN price_tiers t ON t.id = k.price_tier_id
         LEFT JOIN seats ON seats.id = k.seat_id LEFT JOIN seat_holds h ON h.ticket_id = k.id
       WHERE k.session_id = ?`,
      ids,
      session.id,
    ).map((row) => [row.id, row]),
  );
  const listed = new Set<string>();
  const taken = seats.map((seat, i) => {
    const ticket = found.get(seat.ticketId);
    if (!ticket) throw notFound('ticket of this session', seat.ticketId);
    // A seat listed twice is refused as sold, as it was when each seat was marked sold in turn.
    if (listed.has(ticket.id) || ticket.status === 'sold') throw new BoxOfficeError('SEAT_TAKEN', 'One of these seats has just been sold by another window.', { ticketId: ticket.id });
    const hold = ticket.status === 'reserved' ? holdOfTicket(ctx, ticket.id) : undefined;
    if (ticket.status === 'blocked' || (ticket.status === 'reserved' && !mayTakeReserved(hold))) {
      const why = hold ? `held for ${hold.name}` : `${ticket.status} by the box office`;
      throw new BoxOfficeError('SEAT_UNAVAILABLE', `One of these seats is ${why} and not for sale.`, { ticketId: ticket.id, status: ticket.status, ...(hold ? { hold: hold.name } : {}) });
    }
    const heldByOther = ticket.holdExpires !== null && ticket.holdExpires > now && ticket.holdId !== options.holdId && ticket.holdUser !== ctx.actor.userId;
    if (heldByOther) throw new BoxOfficeError('SEAT_HELD', 'Another window is choosing one of these seats right now.', { ticketId: ticket.id, heldUntil: ticket.holdExpires });
    listed.add(ticket.id);
    const { id, priceTierId, priceFen, tierName, floor, area, row } = ticket;
    return { ticketId: id, priceTierId, priceFen, tierName, floor, area, row, seat: ticket.seat, field: `seats.${i}.holder`, holder: seat.holder };
  });
  // The conditional update is what makes a double sale impossible, whatever was read above: every seat changes, or
  // the sale is refused (and its transaction, with whatever this statement did change, rolled back).
  const changed = run(ctx.db, "UPDATE tickets SET status = 'sold', updated_at = ? WHERE id IN (SELECT value FROM json_each(?)) AND status IN ('available', 'reserved')", now, ids).changes;
  if (changed !== seats.length) throw new BoxOfficeError('SEAT_TAKEN', 'One of these seats has just been sold by another window.', { ticketIds: seats.map((seat) => seat.ticketId) });
  // Their holds go with them; the read above saw every hold row of these seats, so a sale of unheld seats skips the statement.
  if ([...found.values()].some((ticket) => ticket.holdId !== null)) run(ctx.db, 'DELETE FROM seat_holds WHERE ticket_id IN (SELECT value FROM json_each(?))', ids);
  return taken;
}

/** Quantities from the pools of an unseated session's tiers. */
export function takeFromPools(
  ctx: DomainContext,
  session: SessionRow,
  wanted: readonly { priceTierId: string; quantity: number; holders?: PersonData[] | undefined }[],
): TakenTicket[] {
  const now = ctx.clock();
  return wanted.flatMap((want, i) => {
    const tier = getRow<{ name: string; priceFen: number; available: number }>(
      ctx.db,
      'SELECT name, price_fen AS priceFen, available_count AS available FROM price_tiers WHERE id = ? AND session_id = ?',
      want.priceTierId,
      session.id,
    );
    if (!tier) throw notFound('price tier of this session', want.priceTierId);
    if (tier.available < want.quantity) {
      throw new BoxOfficeError('NOT_ENOUGH_TICKETS', `Only ${tier.available} ${tier.name} tickets are left.`, { priceTierId: want.priceTierId, available: tier.available, requested: want.quantity });
    }
    const taken = allRows<{ id: string }>(
      ctx.db,
      `UPDATE tickets SET status = 'sold', updated_at = ?
       WHERE id IN (SELECT id FROM tickets WHERE price_tier_id = ? AND status = 'available' ORDER BY rowid LIMIT ?) RETURNING id`,
      now,
      want.priceTierId,
      want.quantity,
    );
    if (taken.length !== want.quantity) throw new BoxOfficeError('NOT_ENOUGH_TICKETS', `Only ${taken.length} ${tier.name} tickets are left.`, { priceTierId: want.priceTierId, available: taken.length, requested: want.quantity });
    return taken.map((t, j) => ({ ticketId: t.id, priceTierId: want.priceTierId, priceFen: tier.priceFen, tierName: tier.name, floor: null, area: null, row: null, seat: null, field: `unseated.${i}.holders.${j}`, holder: want.holders?.[j] }));
  });
}
