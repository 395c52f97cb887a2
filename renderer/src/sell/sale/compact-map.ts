import { decodeGeometry, decodeIdRuns, decodeRuns, NO_TICKET } from '../../../../electron/server/contract/sessions';
import type { DecodedGeometry, SeatChange, SeatGeometry, SeatStatusWire } from '../../../../electron/server/contract';
import type { MapSeat, SeatState } from '../seat-map/types';

/**
 * The compact seat map on the window's side: a hall's geometry decoded once per layout version and kept, a
 * session's status turned into the seats the map draws, and the core's deltas applied to them in place.
 */

const geometries = new Map<string, DecodedGeometry>();

/** The hall's geometry from this window's cache, or fetched (and cached) when its layout version is new. */
export async function cachedGeometry(hallId: string, version: string, fetch: (hallId: string) => Promise<SeatGeometry>): Promise<DecodedGeometry> {
  const key = `${hallId}@${version}`;
  const cached = geometries.get(key);
  if (cached) return cached;
  const wire = await fetch(hallId);
  const decoded = decodeGeometry(wire);
  // Keyed by the version the core sent with it (a re-import between the two requests is caught on the next status).
  for (const old of geometries.keys()) if (old.startsWith(`${hallId}@`)) geometries.delete(old);
  geometries.set(`${hallId}@${decoded.version}`, decoded);
  return decoded;
}

const STATUS: Record<string, SeatState> = { a: 'available', s: 'sold', r: 'reserved', b: 'blocked' };

/** The core's state of each seat for this user: `held_by_me` are this user's holds (any window of theirs). */
export interface CoreSeats {
  /** What the map draws: this user's holds shown as `held` (only this window's own selection is "mine"). */
  seats: MapSeat[];
  /** Per seat of `seats`: the core's state, `held_by_me` told apart. */
  coreStates: SeatState[];
  /** Held seats and when their hold lapses, on the core's clock. */
  heldUntil: Map<string, number>;
}

/** The seats of a session as the map draws them, from its hall's geometry and its status. */
export function seatsOf(geometry: DecodedGeometry, status: SeatStatusWire): CoreSeats {
  const ids = decodeIdRuns(status.tickets);
  const tierOf = decodeRuns(status.tiers, geometry.count);
  const holds = new Map(status.holds.map(([index, until, mine]) => [index, { until, mine }]));
  const seats: MapSeat[] = [];
  const coreStates: SeatState[] = [];
  const heldUntil = new Map<string, number>();
  let ticket = 0;
  for (let i = 0; i < geometry.count; i++) {
    const char = status.states.charAt(i);
    if (char === NO_TICKET || char === '') continue;
    const ticketId = ids[ticket++] ?? '';
    const row = geometry.rows[geometry.rowOf[i] ?? 0];
    const hold = holds.get(i);
    const core: SeatState = hold ? (hold.mine ? 'held_by_me' : 'held') : (STATUS[char] ?? 'blocked');
    if (hold) heldUntil.set(ticketId, hold.until);
    coreStates.push(core);
    seats.push({
      ticketId,
      floor: row?.floor ?? '',
      area: row?.area ?? '',
      row: row?.label ?? '',
      seat: geometry.seatNo[i] ?? '',
      x: geometry.x[i] ?? 0,
      y: geometry.y[i] ?? 0,
      accessible: geometry.accessible[i] === 1,
      priceTierId: status.tierIds[tierOf[i] ?? -1] ?? '',
      state: core === 'held_by_me' ? 'held' : core,
    });
  }
  return { seats, coreStates, heldUntil };
}

/** The core's state of a changed seat for this user. */
export function coreStateOf(change: SeatChange, me: string | null): SeatState {
  if (change.status !== 'available' || change.heldUntil === null) return change.status;
  return change.holder !== null && change.holder === me ? 'held_by_me' : 'held';
}

/** Where a delta stands against the status this window has: the next one (apply it), an old one (ignore it), or a gap (fetch again). */
export function deltaFits(have: { feed: string; seq: number }, event: { feed?: string; seq?: number; changes?: readonly SeatChange[] }): 'apply' | 'stale' | 'refetch' {
  if (event.feed === undefined || event.seq === undefined || event.feed !== have.feed || !event.changes) return 'refetch';
  if (event.seq <= have.seq) return 'stale';
  return event.seq === have.seq + 1 ? 'apply' : 'refetch';
}
