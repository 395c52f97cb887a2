import type { z } from 'zod';
import { newId } from '../../../db/ids';
import { getSession } from '../../../db/catalog';
import { allRows, getRow, run } from '../../../db/statements';
import type { DomainContext } from '../context';
import { BoxOfficeError, notFound } from '../errors';
import { inTransaction } from '../service';
import { assertSalesOpen } from '../sales/rules';
import type { holdSeatsInput, releaseHoldInput } from './schemas';

/** How long a clerk's hold keeps seats from other windows; every new seat added renews the whole hold. */
export const HOLD_TTL_MS = 5 * 60_000;

export interface HoldView {
  holdId: string;
  sessionId: string;
  ticketIds: string[];
  expiresAt: number;
}

/** The hold's live seats. */
export function holdView(ctx: DomainContext, holdId: string, sessionId: string): HoldView {
  const now = ctx.clock();
  const rows = allRows<{ ticketId: string; expiresAt: number }>(
    ctx.db,
    'SELECT ticket_id AS ticketId, expires_at AS expiresAt FROM seat_holds WHERE hold_id = ? AND expires_at > ? ORDER BY rowid',
    holdId,
    now,
  );
  return { holdId, sessionId, ticketIds: rows.map((r) => r.ticketId), expiresAt: rows[0]?.expiresAt ?? now };
}

/** Inside a transaction: holds the tickets for this actor under `holdId`, or refuses with the reason for the first seat that cannot be. */
export function takeHold(ctx: DomainContext, sessionId: string, ticketIds: readonly string[], holdId: string): void {
  const now = ctx.clock();
  const owner = getRow<{ userId: string | null }>(ctx.db, 'SELECT user_id AS userId FROM seat_holds WHERE hold_id = ? LIMIT 1', holdId);
  if (owner && owner.userId !== ctx.actor.userId) throw new BoxOfficeError('HOLD_NOT_FOUND', 'This selection belongs to another window.', { holdId });
  run(ctx.db, 'DELETE FROM seat_holds WHERE session_id = ? AND expires_at <= ?', sessionId, now);
  const expiresAt = now + HOLD_TTL_MS;
  for (const ticketId of ticketIds) {
    const ticket = getRow<{ status: string }>(ctx.db, 'SELECT status FROM tickets WHERE id = ? AND session_id = ?', ticketId, sessionId);
    if (!ticket) throw notFound('ticket of this session', ticketId);
    if (ticket.status === 'sold') throw new BoxOfficeError('SEAT_TAKEN', 'This seat has just been sold.', { ticketId });
    if (ticket.status !== 'available') throw new BoxOfficeError('SEAT_UNAVAILABLE', `This seat is ${ticket.status} by the box office.`, { ticketId, status: ticket.status });
    // The conditional upsert is the guard: a live hold of another clerk is never overwritten.
    const taken = run(
      ctx.db,
      `INSERT INTO seat_holds (ticket_id, hold_id, session_id, user_id, expires_at, created_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (ticket_id) DO UPDATE SET hold_id = excluded.hold_id, user_id = excluded.user_id, expires_at = excluded.expires_at, created_at = excluded.created_at
       WHERE seat_holds.expires_at <= ? OR seat_holds.hold_id = excluded.hold_id OR seat_holds.user_id IS excluded.user_id`,
      ticketId, holdId, sessionId, ctx.actor.userId, expiresAt, now, now,
    ).changes;
    if (taken === 0) {
      const other = getRow<{ expiresAt: number }>(ctx.db, 'SELECT expires_at AS expiresAt FROM seat_holds WHERE ticket_id = ?', ticketId);
      throw new BoxOfficeError('SEAT_HELD', 'Another window is choosing this seat right now.', { ticketId, heldUntil: other?.expiresAt });
    }
  }
  run(ctx.db, 'UPDATE seat_holds SET expires_at = ? WHERE hold_id = ?', expiresAt, holdId);
}

/** Holds seats for the clerk while the buyer chooses; they return to sale when the hold expires or is released. */
export function holdSeats(ctx: DomainContext, input: z.output<typeof holdSeatsInput>): HoldView {
  const { sessionId, ticketIds, holdId = newId('hld_') } = input;
  return inTransaction(ctx, () => {
    const session = getSession(ctx.db, sessionId);
    if (!session) throw notFound('session', sessionId);
    assertSalesOpen(session, ctx.clock());
    takeHold(ctx, sessionId, ticketIds, holdId);
    return holdView(ctx, holdId, sessionId);
  });
}

/**
 * Lets seats go (the buyer changed their mind, or the sale was cancelled). Only the clerk who holds them, or a
 * manager. Gives back the seats let go, by session: a package's hold spans several sessions, and every one of
 * their maps must show its seats free.
 */
export function releaseHold(ctx: DomainContext, input: z.output<typeof releaseHoldInput>): { released: number; bySession: Map<string, string[]> } {
  const { holdId, ticketIds } = input;
  return inTransaction(ctx, () => {
    const owner = getRow<{ userId: string | null }>(ctx.db, 'SELECT user_id AS userId FROM seat_holds WHERE hold_id = ? LIMIT 1', holdId);
    const bySession = new Map<string, string[]>();
    if (!owner) return { released: 0, bySession };
    if (owner.userId !== ctx.actor.userId && ctx.actor.role !== 'manager') throw new BoxOfficeError('HOLD_NOT_FOUND', 'This selection belongs to another window.', { holdId });
    const letGo = ticketIds
      ? allRows<{ sessionId: string; ticketId: string }>(ctx.db, 'DELETE FROM seat_holds WHERE hold_id = ? AND ticket_id IN (SELECT value FROM json_each(?)) RETURNING session_id AS sessionId, ticket_id AS ticketId', holdId, JSON.stringify(ticketIds))
      : allRows<{ sessionId: string; ticketId: string }>(ctx.db, 'DELETE FROM seat_holds WHERE hold_id = ? RETURNING session_id AS sessionId, ticket_id AS ticketId', holdId);
    for (const seat of letGo) bySession.set(seat.sessionId, [...(bySession.get(seat.sessionId) ?? []), seat.ticketId]);
    return { released: letGo.length, bySession };
  });
}

/** Removes expired holds (they are already ignored; this only keeps the table small). */
export function purgeExpiredHolds(ctx: DomainContext): number {
  return run(ctx.db, 'DELETE FROM seat_holds WHERE expires_at <= ?', ctx.clock()).changes;
}
