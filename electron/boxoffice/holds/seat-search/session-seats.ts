import type { Db } from '../../../../db/open';
import { getRow, statement } from '../../../../db/statements';
import type { HallBlocks } from './hall-blocks';
import { keep } from './kept';

/** A ticket's status as a number per seat; NO_TICKET where the session has no ticket on the seat. */
export const NO_TICKET = 0;
export const AVAILABLE = 1;
const STATUS_CODE: Readonly<Record<string, number>> = { available: AVAILABLE, sold: 2, reserved: 3, blocked: 4 };

/**
 * A session's seat states, indexed like its hall's blocks: status, price tier (an index into `tierIds`, -1 for
 * none), the end of a clerk's hold (0 for none; a hold that has ended is no hold) and the ticket's id. `seq` is the
 * last row of the seat-state log (migration 0240) they include. `indexOfTicket` has every ticket of the session,
 * -1 for one on no seat of the hall: its size is the session's ticket count, which tells of tickets added since.
 */
export interface SessionSeats {
  sessionId: string;
  hall: HallBlocks;
  seq: number;
  status: Uint8Array;
  tier: Int16Array;
  holdUntil: Float64Array;
  ticketIds: (string | undefined)[];
  indexOfTicket: Map<string, number>;
  tierIds: string[];
  tierIndex: Map<string, number>;
}

export function tierNumber(seats: SessionSeats, tierId: string): number {
  let tier = seats.tierIndex.get(tierId);
  if (tier === undefined) {
    tier = seats.tierIds.length;
    seats.tierIds.push(tierId);
    seats.tierIndex.set(tierId, tier);
  }
  return tier;
}

type TicketRow = [ticketId: string, seatId: string | null, tierId: string, status: string, holdUntil: number | null];

/** Reads a session's seat states from the database as they are now. */
export function readSessionSeats(db: Db, sessionId: string, hall: HallBlocks): SessionSeats {
  const seq = getRow<{ seq: number | null }>(db, 'SELECT max(seq) AS seq FROM seat_state_changes')?.seq ?? 0;
  const seats: SessionSeats = {
    sessionId,
    hall,
    seq,
    status: new Uint8Array(hall.size),
    tier: new Int16Array(hall.size).fill(-1),
    holdUntil: new Float64Array(hall.size),
    ticketIds: new Array<string | undefined>(hall.size).fill(undefined),
    indexOfTicket: new Map(),
    tierIds: [],
    tierIndex: new Map(),
  };
  const rows = statement(db, 'SELECT k.id, k.seat_id, k.price_tier_id, k.status, h.expires_at FROM tickets k LEFT JOIN seat_holds h ON h.ticket_id = k.id WHERE k.session_id = ?')
    .raw(true)
    .all(sessionId) as TicketRow[];
  for (const [ticketId, seatId, tierId, status, holdUntil] of rows) {
    const at = seatId === null ? undefined : hall.indexOfSeat.get(seatId);
    if (at === undefined) {
      seats.indexOfTicket.set(ticketId, -1);
      continue;
    }
    seats.ticketIds[at] = ticketId;
    seats.indexOfTicket.set(ticketId, at);
    seats.status[at] = STATUS_CODE[status] ?? NO_TICKET;
    seats.tier[at] = tierNumber(seats, tierId);
    seats.holdUntil[at] = holdUntil ?? 0;
  }
  return seats;
}

type ChangeRow = [seq: number, ticketId: string, sessionId: string | null, seatId: string | null, tierId: string | null, status: string | null, holdUntil: number | null];

/** One seat's state before a change applied for one search only (undone after it). */
interface Undo {
  at: number;
  status: number;
  tier: number;
  holdUntil: number;
}

/** The session's ticket count as the database has it now (tickets added are not logged: this tells of them). */
function ticketCount(db: Db, sessionId: string): number {
  return getRow<{ n: number }>(db, 'SELECT total(total_count) AS n FROM price_tiers WHERE session_id = ?', sessionId)?.n ?? 0;
}

/**
 * Applies the log's changes after `seats.seq` to the seats, as the tickets and holds are now. `undo` given: only
 * changes of a known ticket in its known place are applied, each recorded there to be undone; without it, tickets
 * that went or moved are followed too and `seq` advances. False when the memory cannot follow (a ticket moved onto
 * a seat it gives another, or tickets were added): read the session afresh.
 */
export function applyChanges(db: Db, seats: SessionSeats, undo?: Undo[]): boolean {
  const rows = statement(
    db,
    `SELECT c.seq, c.ticket_id, k.session_id, k.seat_id, k.price_tier_id, k.status, h.expires_at
     FROM seat_state_changes c LEFT JOIN tickets k ON k.id = c.ticket_id LEFT JOIN seat_holds h ON h.ticket_id = c.ticket_id
     WHERE c.seq > ? AND c.session_id = ? ORDER BY c.seq`,
  )
    .raw(true)
    .all(seats.seq, seats.sessionId) as ChangeRow[];
  const { hall } = seats;
  for (const [, ticketId, sessionId, seatId, tierId, status, holdUntil] of rows) {
    const known = seats.indexOfTicket.get(ticketId);
    const inSession = sessionId === seats.sessionId && tierId !== null && status !== null;
    const seated = inSession && seatId !== null ? hall.indexOfSeat.get(seatId) : undefined;
    const here = inSession ? (seated ?? -1) : undefined;
    if (undo) {
      if (known !== here) return false;
      if (here === undefined || here < 0) continue;
      undo.push({ at: here, status: seats.status[here] ?? NO_TICKET, tier: seats.tier[here] ?? -1, holdUntil: seats.holdUntil[here] ?? 0 });
    } else if (known !== here) {
      // Gone from the session (removed, moved to another), off its seat, or moved to another seat.
      if (known !== undefined && known >= 0) {
        seats.ticketIds[known] = undefined;
        seats.status[known] = NO_TICKET;
        seats.tier[known] = -1;
        seats.holdUntil[known] = 0;
      }
      if (here === undefined) {
        seats.indexOfTicket.delete(ticketId);
        continue;
      }
      seats.indexOfTicket.set(ticketId, here);
      if (here < 0) continue;
      if (seats.ticketIds[here] !== undefined) return false;
      seats.ticketIds[here] = ticketId;
    }
    if (here === undefined || here < 0 || tierId === null || status === null) continue;
    seats.status[here] = STATUS_CODE[status] ?? NO_TICKET;
    seats.tier[here] = tierNumber(seats, tierId);
    seats.holdUntil[here] = holdUntil ?? 0;
  }
  if (!undo) seats.seq = Math.max(seats.seq, getRow<{ seq: number | null }>(db, 'SELECT max(seq) AS seq FROM seat_state_changes')?.seq ?? 0);
  return seats.indexOfTicket.size === ticketCount(db, seats.sessionId);
}

/** Puts back what `applyChanges` changed for one search, last change first. */
export function undoChanges(seats: SessionSeats, undo: readonly Undo[]): void {
  for (let i = undo.length - 1; i >= 0; i--) {
    const entry = undo[i];
    if (!entry) continue;
    seats.status[entry.at] = entry.status;
    seats.tier[entry.at] = entry.tier;
    seats.holdUntil[entry.at] = entry.holdUntil;
  }
}

const SESSIONS_KEPT = 4;

/**
 * Runs `search` over the session's seats as the database has them now, from memory caught up with the log.
 * `settled`: nothing uncommitted is visible to this connection (its transaction has written nothing yet), so the
 * memory may take in what it reads; otherwise (called inside a larger transaction) the changes are applied for this
 * search and undone after it, and anything more than that is read afresh and not kept.
 */
export function withSessionSeats<T>(
  db: Db,
  sessions: Map<string, SessionSeats>,
  at: { sessionId: string; hall: HallBlocks; prunedThrough: number; settled: boolean },
  search: (seats: SessionSeats) => T,
): T {
  const { sessionId, hall, prunedThrough, settled } = at;
  const known = sessions.get(sessionId);
  const usable = known !== undefined && known.hall === hall && known.seq >= prunedThrough;
  if (settled) {
    const seats = usable && applyChanges(db, known) ? known : readSessionSeats(db, sessionId, hall);
    keep(sessions, sessionId, seats, SESSIONS_KEPT);
    return search(seats);
  }
  const undo: Undo[] = [];
  if (!usable || !applyChanges(db, known, undo)) {
    if (usable) undoChanges(known, undo);
    return search(readSessionSeats(db, sessionId, hall));
  }
  try {
    return search(known);
  } finally {
    undoChanges(known, undo);
  }
}
