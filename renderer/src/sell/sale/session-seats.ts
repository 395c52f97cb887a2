import { call } from '../../api/client';
import type { OutputOf } from '../../../../electron/server/contract';
import type { MapSeat } from '../seat-map/types';
import { cachedGeometry, seatsOf, type CoreSeats } from './compact-map';

type StatusAnswer = OutputOf<'sessions.seatStatus'>;

/**
 * A session's compact seat map from the core: its status, then its hall's geometry from this window's cache (fetched
 * only when the layout version is new). The sale screen builds on it; the screens below take its seats as they are.
 */
export async function fetchCompactMap(sessionId: string): Promise<{ status: StatusAnswer; core: CoreSeats }> {
  const status = await call('sessions.seatStatus', { sessionId });
  const geometry = await cachedGeometry(status.hallId, status.layoutVersion, (hallId) => call('sessions.seatGeometry', { hallId }));
  if (geometry.version !== status.layoutVersion) throw new Error('the hall layout changed while the map loaded');
  return { status, core: seatsOf(geometry, status) };
}

/**
 * Every seat of a session with the core's state for this user (`held_by_me` told apart) and the session's facts (its
 * tiers, its real-name mode): for the screens that show one session's seats without following each change (named
 * holds, tier repainting, a package's first session). A stadium costs the core a few bytes a seat, not an object.
 */
export async function loadSessionSeats(sessionId: string): Promise<{ session: StatusAnswer['session']; seats: MapSeat[] }> {
  const { status, core } = await fetchCompactMap(sessionId);
  return { session: status.session, seats: core.seats.map((seat, i) => ({ ...seat, state: core.coreStates[i] ?? seat.state })) };
}
