import type { z } from 'zod';
import { newId } from '../../../db/ids';
import { getSession, type SessionRow } from '../../../db/catalog';
import { allRows, getRow, run } from '../../../db/statements';
import type { DomainContext } from '../context';
import { BoxOfficeError, notFound } from '../errors';
import { audit, inTransaction } from '../service';
import { reportInventory, reportTickets } from '../outbox/states';
import { watchHeldShare } from '../large/held-share';
import type { createNamedHoldInput, namedHoldSeatsInput, namedHoldsOfSessionInput, releaseNamedHoldInput, updateNamedHoldInput } from './schemas';

/**
 * Named holds: seats kept back from sale under a name (媒体, 赞助商, 音控位). A held seat is a `reserved` ticket with
 * a row in `named_hold_tickets` (migration 0150), so the tier's stock, the inventory and ticket reports and the
 * large-performance held share all count it as not for sale through the paths they already have. Not to be
 * confused with `holds/`: a clerk's five-minute hold of the seats of a sale being made.
 */
export interface NamedHoldView {
  id: string;
  sessionId: string;
  name: string;
  releaseMinutesBeforeStart: number | null;
  /** When what is left goes back on sale by itself (the session's start less the minutes); null: only by hand. */
  releaseAt: number | null;
  autoReleasedAt: number | null;
  /** The seats held now (reserved tickets of the hold). */
  ticketIds: string[];
  /** The clerks who may hold under it and sell from it. */
  users: { id: string; displayName: string }[];
  /** Whether the user asking may hold, release and sell from it. */
  mayUse: boolean;
}

interface HoldRow {
  id: string;
  sessionId: string;
  name: string;
  releaseMinutesBeforeStart: number | null;
  autoReleasedAt: number | null;
}

/** The columns of a HoldRow, of the table or of its alias (`h.`). */
export const holdColumns = (alias = '') =>
  `${alias}id, ${alias}session_id AS sessionId, ${alias}name, ${alias}release_minutes_before_start AS releaseMinutesBeforeStart, ${alias}auto_released_at AS autoReleasedAt`;
const MINUTE = 60_000;

export const releaseTime = (startsAt: number, minutes: number | null): number | null => (minutes === null ? null : startsAt - minutes * MINUTE);

function loadHold(ctx: DomainContext, holdId: string): HoldRow {
  const hold = getRow<HoldRow>(ctx.db, `SELECT ${holdColumns()} FROM named_holds WHERE id = ?`, holdId);
  if (!hold) throw notFound('named hold', holdId);
  return hold;
}

/** A manager (or the system) may use every hold; a clerk the holds that name them. */
export function mayUseHold(ctx: DomainContext, holdId: string): boolean {
  if (ctx.actor.role !== 'clerk') return true;
  return getRow(ctx.db, 'SELECT 1 AS yes FROM named_hold_users WHERE hold_id = ? AND user_id = ?', holdId, ctx.actor.userId) !== undefined;
}

/** The named hold a reserved ticket is in, if any (for the sale's rule and its refusal in words). */
export function holdOfTicket(ctx: DomainContext, ticketId: string): { id: string; name: string } | undefined {
  return getRow<{ id: string; name: string }>(ctx.db, 'SELECT h.id, h.name FROM named_hold_tickets t JOIN named_holds h ON h.id = t.hold_id WHERE t.ticket_id = ?', ticketId);
}

function assertMayUse(ctx: DomainContext, hold: HoldRow): void {
  if (!mayUseHold(ctx, hold.id)) throw new BoxOfficeError('FORBIDDEN', `Only a manager or the clerks named on the hold ${hold.name} may use it.`, { hold: hold.name });
}

function openSession(ctx: DomainContext, sessionId: string): SessionRow {
  const session = getSession(ctx.db, sessionId);
  if (!session) throw notFound('session', sessionId);
  if (session.status === 'cancelled') throw new BoxOfficeError('SESSION_CANCELLED', 'This session was cancelled.', { sessionId });
  return session;
}

function assertClerks(ctx: DomainContext, userIds: readonly string[]): void {
  for (const userId of new Set(userIds)) {
    const user = getRow<{ role: string; active: number }>(ctx.db, 'SELECT role, active FROM users WHERE id = ?', userId);
    if (!user) throw notFound('user', userId);
    if (user.role !== 'clerk') throw new BoxOfficeError('VALIDATION', 'userIds: only clerks are named on a hold (managers may use every hold).', { issues: [{ path: 'userIds', message: 'clerks only' }] });
  }
}

function setUsers(ctx: DomainContext, holdId: string, userIds: readonly string[]): void {
  run(ctx.db, 'DELETE FROM named_hold_users WHERE hold_id = ?', holdId);
  for (const userId of new Set(userIds)) run(ctx.db, 'INSERT INTO named_hold_users (hold_id, user_id) VALUES (?, ?)', holdId, userId);
}

function assertNameFree(ctx: DomainContext, sessionId: string, name: string, except: string | null): void {
  const other = getRow<{ id: string }>(ctx.db, 'SELECT id FROM named_holds WHERE session_id = ? AND name = ? AND id IS NOT ?', sessionId, name, except);
  if (other) throw new BoxOfficeError('NAME_TAKEN', `This session already has a hold named ${name}.`, { name });
}

function view(ctx: DomainContext, hold: HoldRow, startsAt: number): NamedHoldView {
  const ticketIds = allRows<{ id: string }>(
    ctx.db,
    "SELECT k.id FROM named_hold_tickets n JOIN tickets k ON k.id = n.ticket_id WHERE n.hold_id = ? AND k.status = 'reserved' ORDER BY n.rowid",
    hold.id,
  ).map((r) => r.id);
  const users = allRows<{ id: string; displayName: string }>(
    ctx.db,
    'SELECT u.id, u.display_name AS displayName FROM named_hold_users n JOIN users u ON u.id = n.user_id WHERE n.hold_id = ? ORDER BY u.display_name',
    hold.id,
  );
  return { ...hold, releaseAt: releaseTime(startsAt, hold.releaseMinutesBeforeStart), ticketIds, users, mayUse: mayUseHold(ctx, hold.id) };
}

/** The named holds of a session with their seats: the manager's hold panel, and the names on the clerk's map. */
export function listNamedHolds(ctx: DomainContext, input: z.output<typeof namedHoldsOfSessionInput>): NamedHoldView[] {
  const session = getSession(ctx.db, input.sessionId);
  if (!session) throw notFound('session', input.sessionId);
  return allRows<HoldRow>(ctx.db, `SELECT ${holdColumns()} FROM named_holds WHERE session_id = ? ORDER BY created_at, name`, session.id).map((hold) => view(ctx, hold, session.startsAt));
}

function holdView(ctx: DomainContext, holdId: string): NamedHoldView {
  const hold = loadHold(ctx, holdId);
  const session = getSession(ctx.db, hold.sessionId);
  if (!session) throw notFound('session', hold.sessionId);
  return view(ctx, hold, session.startsAt);
}

/** A new, empty named hold of a session. Manager only (the contract). */
export function createNamedHold(ctx: DomainContext, input: z.output<typeof createNamedHoldInput>): NamedHoldView {
  return inTransaction(ctx, () => {
    openSession(ctx, input.sessionId);
    assertNameFree(ctx, input.sessionId, input.name, null);
    assertClerks(ctx, input.userIds);
    const id = newId('nhd_');
    const now = ctx.clock();
    run(
      ctx.db,
      'INSERT INTO named_holds (id, session_id, name, release_minutes_before_start, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      id, input.sessionId, input.name, input.releaseMinutesBeforeStart, ctx.actor.userId, now, now,
    );
    setUsers(ctx, id, input.userIds);
    audit(ctx, 'named_hold.create', id, { sessionId: input.sessionId, name: input.name, releaseMinutesBeforeStart: input.releaseMinutesBeforeStart, clerks: input.userIds.length });
    return holdView(ctx, id);
  });
}

/** Renames a hold, moves its release time or changes who may use it. A new release time is a new promise: it runs again. Manager only. */
export function updateNamedHold(ctx: DomainContext, input: z.output<typeof updateNamedHoldInput>): NamedHoldView {
  const { holdId, ...changes } = input;
  return inTransaction(ctx, () => {
    const hold = loadHold(ctx, holdId);
    openSession(ctx, hold.sessionId);
    const now = ctx.clock();
    if (changes.name !== undefined && changes.name !== hold.name) {
      assertNameFree(ctx, hold.sessionId, changes.name, holdId);
      run(ctx.db, 'UPDATE named_holds SET name = ?, updated_at = ? WHERE id = ?', changes.name, now, holdId);
      // The tickets' note is what the seat shows elsewhere (the catalog's reserved seats): it follows the name.
      run(ctx.db, "UPDATE tickets SET note = ?, updated_at = ? WHERE status = 'reserved' AND id IN (SELECT ticket_id FROM named_hold_tickets WHERE hold_id = ?)", changes.name, now, holdId);
    }
    if (changes.releaseMinutesBeforeStart !== undefined) {
      run(ctx.db, 'UPDATE named_holds SET release_minutes_before_start = ?, auto_released_at = NULL, updated_at = ? WHERE id = ?', changes.releaseMinutesBeforeStart, now, holdId);
    }
    if (changes.userIds !== undefined) {
      assertClerks(ctx, changes.userIds);
      setUsers(ctx, holdId, changes.userIds);
    }
    audit(ctx, 'named_hold.update', holdId, { fields: Object.keys(changes) });
    return holdView(ctx, holdId);
  });
}

/**
 * Puts seats in a hold: each must be on sale (not sold, blocked, reserved, or being chosen at another window).
 * Their tier's stock and each ticket are reported as not for sale. A manager, or a clerk named on the hold.
 */
export function holdSeatsUnderName(ctx: DomainContext, input: z.output<typeof namedHoldSeatsInput>): NamedHoldView {
  const { holdId, ticketIds } = input;
  return inTransaction(ctx, () => {
    const hold = loadHold(ctx, holdId);
    assertMayUse(ctx, hold);
    const session = openSession(ctx, hold.sessionId);
    const now = ctx.clock();
    const releaseAt = releaseTime(session.startsAt, hold.releaseMinutesBeforeStart);
    if (releaseAt !== null && releaseAt <= now) {
      throw new BoxOfficeError('RULE_REFUSED', `The hold ${hold.name} was due to go back on sale before now: change or clear its release time first.`, { rule: 'hold_release_passed', hold: hold.name, releaseAt });
    }
    const rows = allRows<{ id: string; status: string; tierId: string; heldUntil: number | null; holdName: string | null }>(
      ctx.db,
      `SELECT k.id, k.status, k.price_tier_id AS tierId, s.expires_at AS heldUntil, h.name AS holdName
       FROM tickets k LEFT JOIN seat_holds s ON s.ticket_id = k.id AND s.expires_at > ?
         LEFT JOIN named_hold_tickets n ON n.ticket_id = k.id LEFT JOIN named_holds h ON h.id = n.hold_id
       WHERE k.session_id = ? AND k.id IN (SELECT value FROM json_each(?))`,
      now, session.id, JSON.stringify(ticketIds),
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const ticketId of ticketIds) {
      const ticket = byId.get(ticketId);
      if (!ticket) throw notFound('ticket of this session', ticketId);
      if (ticket.status === 'sold') throw new BoxOfficeError('SEAT_TAKEN', 'A sold seat cannot be held; refund it first.', { ticketId });
      if (ticket.status !== 'available') {
        throw new BoxOfficeError('SEAT_UNAVAILABLE', ticket.holdName ? `This seat is already held for ${ticket.holdName}.` : `This seat is ${ticket.status} by the box office.`, {
          ticketId, status: ticket.status, ...(ticket.holdName ? { hold: ticket.holdName } : {}),
        });
      }
      if (ticket.heldUntil !== null) throw new BoxOfficeError('SEAT_HELD', 'A window is choosing this seat right now.', { ticketId, heldUntil: ticket.heldUntil });
    }
    const checkHeldShare = watchHeldShare(ctx, session.id);
    for (const ticketId of new Set(ticketIds)) {
      run(ctx.db, "UPDATE tickets SET status = 'reserved', note = ?, updated_at = ? WHERE id = ? AND status = 'available'", hold.name, now, ticketId);
      run(ctx.db, 'INSERT INTO named_hold_tickets (ticket_id, hold_id, held_at) VALUES (?, ?, ?)', ticketId, holdId, now);
    }
    checkHeldShare();
    reportInventory(ctx, rows.map((r) => r.tierId));
    reportTickets(ctx, ticketIds);
    audit(ctx, 'named_hold.hold', holdId, { sessionId: session.id, tickets: new Set(ticketIds).size });
    return holdView(ctx, holdId);
  });
}

/** Inside a transaction: puts the hold's seats (all, or these) back on sale and reports them; answers how many. */
export function releaseSeats(ctx: DomainContext, hold: HoldRow, ticketIds: readonly string[] | undefined): number {
  const rows = allRows<{ id: string; tierId: string }>(
    ctx.db,
    `SELECT k.id, k.price_tier_id AS tierId FROM named_hold_tickets n JOIN tickets k ON k.id = n.ticket_id
     WHERE n.hold_id = ? AND k.status = 'reserved' ${ticketIds ? 'AND k.id IN (SELECT value FROM json_each(?))' : ''}`,
    ...(ticketIds ? [hold.id, JSON.stringify(ticketIds)] : [hold.id]),
  );
  if (ticketIds) {
    const inHold = new Set(rows.map((r) => r.id));
    const stranger = ticketIds.find((id) => !inHold.has(id));
    if (stranger) throw new BoxOfficeError('NOT_FOUND', `This seat is not held for ${hold.name}.`, { what: 'seat of this hold', id: stranger, hold: hold.name });
  }
  const now = ctx.clock();
  // The trigger of migration 0150 takes each seat out of the hold as it stops being reserved.
  for (const row of rows) run(ctx.db, "UPDATE tickets SET status = 'available', note = '', updated_at = ? WHERE id = ? AND status = 'reserved'", now, row.id);
  reportInventory(ctx, rows.map((r) => r.tierId));
  reportTickets(ctx, rows.map((r) => r.id));
  return rows.length;
}

/** Puts seats of a hold back on sale: some, or all of them. A manager, or a clerk named on the hold. */
export function releaseNamedHold(ctx: DomainContext, input: z.output<typeof releaseNamedHoldInput>): NamedHoldView & { released: number } {
  return inTransaction(ctx, () => {
    const hold = loadHold(ctx, input.holdId);
    assertMayUse(ctx, hold);
    openSession(ctx, hold.sessionId);
    const released = releaseSeats(ctx, hold, input.ticketIds);
    audit(ctx, 'named_hold.release', hold.id, { sessionId: hold.sessionId, tickets: released, all: input.ticketIds === undefined });
    return { ...holdView(ctx, hold.id), released };
  });
}

export type { HoldRow as NamedHoldRow };
