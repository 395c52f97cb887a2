import type { z } from 'zod';
import { getSession } from '../../../db/catalog';
import { allRows, getRow, statement } from '../../../db/statements';
import type { DomainContext } from '../context';
import { notFound } from '../errors';
import type { hallIdInput, sessionIdInput } from './schemas';
import { geometryEncoder, encodeIdRuns, encodeRuns, NO_TICKET, STATUS_CHAR, type SeatChange, type SeatGeometry, type SeatStatusWire, type TicketStatus } from './seat-map-codec';

// The compact seat map (seat-map-codec.ts): a hall's geometry once per layout version, a session's status as
// one character per seat, and the seats a write changed. Rows are read as arrays (`raw`), not objects: a
// stadium is 100,000 of them. Each query has its own SQL text, so its cached statement is only ever raw.

/**
 * Changes whenever the hall's layout is imported again or its wheelchair places change (both touch the hall). An
 * unseated hall has a map with no seats: the sale screen opens every session through its map, and learns the
 * session's facts from it.
 */
function layoutVersion(ctx: DomainContext, hallId: string): string {
  const hall = getRow<{ updatedAt: number; seatCount: number; hasSeat: number }>(ctx.db, 'SELECT updated_at AS updatedAt, seat_count AS seatCount, has_seat AS hasSeat FROM halls WHERE id = ?', hallId);
  if (!hall) throw notFound('hall', hallId);
  return hall.hasSeat === 1 ? `${hall.updatedAt}-${hall.seatCount}` : `${hall.updatedAt}-unseated`;
}

type GeometryRow = [floor: string, area: string, row: string, seat: string, x: number, y: number, accessible: number];

/** The last geometries read, per database: every window opening a stadium asks for the same one. */
const geometryCache = new WeakMap<object, Map<string, SeatGeometry>>();
const GEOMETRIES_KEPT = 4;

/** A hall's seats in layout order, compact: fetched once per layout version by each window. */
export function seatGeometry(ctx: DomainContext, input: z.output<typeof hallIdInput>): SeatGeometry {
  const version = layoutVersion(ctx, input.hallId);
  let cache = geometryCache.get(ctx.db);
  if (!cache) geometryCache.set(ctx.db, (cache = new Map<string, SeatGeometry>()));
  const key = `${input.hallId}@${version}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const geometry = readGeometry(ctx, input.hallId, version);
  cache.set(key, geometry);
  for (const old of cache.keys()) if (cache.size > GEOMETRIES_KEPT) cache.delete(old);
  return geometry;
}

function readGeometry(ctx: DomainContext, hallId: string, version: string): SeatGeometry {
  const rows = statement(ctx.db, 'SELECT floor_name, area_name, row_name, seat_no, x, y, accessible FROM seats WHERE hall_id = ? ORDER BY line, id')
    .raw(true)
    .iterate(hallId) as IterableIterator<GeometryRow>;
  // Row by row, as the status is read (a stadium's rows all alive at once grew the core's heap).
  const encoder = geometryEncoder(hallId, version);
  for (const [floor, area, row, seat, x, y, accessible] of rows) encoder.add(floor, area, row, seat, x, y, accessible === 1);
  return encoder.finish();
}

type StatusRow = [ticketId: string | null, tierId: string | null, status: TicketStatus | null, holdUntil: number | null, holder: string | null];

/** A session's seats, in the order of its hall's geometry: status, tier and ticket id of each, and the live holds. */
export function seatStatus(ctx: DomainContext, input: z.output<typeof sessionIdInput>): SeatStatusWire {
  const session = getSession(ctx.db, input.sessionId);
  if (!session) throw notFound('session', input.sessionId);
  const version = layoutVersion(ctx, session.hallId);
  const now = ctx.clock();
  const rows = statement(
    ctx.db,
    `SELECT k.id, k.price_tier_id, k.status, h.expires_at, h.user_id
     FROM seats s LEFT JOIN tickets k ON k.session_id = ? AND k.seat_id = s.id LEFT JOIN seat_holds h ON h.ticket_id = k.id
     WHERE s.hall_id = ? ORDER BY s.line, s.id`,
  )
    .raw(true)
    .iterate(input.sessionId, session.hallId) as IterableIterator<StatusRow>;
  const tierIds: string[] = [];
  const tierIndex = new Map<string, number>();
  const tierOf: number[] = [];
  const ids: string[] = [];
  const holds: [number, number, 0 | 1][] = [];
  // A stadium's rows are read one at a time: each is garbage at once, never the whole hall's rows alive together
  // (read all at once, they outlived the young generation and grew the core's heap by about a hundred MB).
  const states: string[] = [];
  let i = 0;
  for (const [ticketId, tierId, status, holdUntil, holder] of rows) {
    const at = i++;
    if (ticketId === null || tierId === null || status === null) {
      states.push(NO_TICKET);
      tierOf.push(-1);
      continue;
    }
    states.push(STATUS_CHAR[status]);
    let tier = tierIndex.get(tierId);
    if (tier === undefined) {
      tier = tierIds.length;
      tierIds.push(tierId);
      tierIndex.set(tierId, tier);
    }
    tierOf.push(tier);
    ids.push(ticketId);
    if (status === 'available' && holdUntil !== null && holdUntil > now) holds.push([at, holdUntil, holder !== null && holder === ctx.actor.userId ? 1 : 0]);
  }
  return { hallId: session.hallId, layoutVersion: version, states: states.join(''), tierIds, tiers: encodeRuns(tierOf), tickets: encodeIdRuns(ids), holds, now };
}

/** These tickets of a session as they are now, for the maps that show it (a delta instead of a reload). */
export function seatChanges(ctx: DomainContext, sessionId: string, ticketIds: readonly string[]): SeatChange[] {
  if (ticketIds.length === 0) return [];
  const now = ctx.clock();
  return allRows<{ ticketId: string; status: TicketStatus; heldUntil: number | null; holder: string | null }>(
    ctx.db,
    // Looked up by id, the session only checked (`+`): on its index SQLite would read every seat of the session.
    `SELECT k.id AS ticketId, k.status, h.expires_at AS heldUntil, h.user_id AS holder
     FROM tickets k LEFT JOIN seat_holds h ON h.ticket_id = k.id
     WHERE +k.session_id = ? AND k.id IN (SELECT value FROM json_each(?))`,
    sessionId,
    JSON.stringify(ticketIds),
  ).map((row) => (row.heldUntil !== null && row.heldUntil > now && row.status === 'available' ? row : { ...row, heldUntil: null, holder: null }));
}

