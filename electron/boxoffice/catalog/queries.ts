import type { z } from 'zod';
import { getHall, getPerformance, getSession, getVenue, listHalls, listPerformanceTypes, listSessionsBetween, listVenues as listVenueRows, type PerformanceTypeRow, type VenueRow } from '../../../db/catalog';
import { statement } from '../../../db/statements';
import type { DomainContext } from '../context';
import { notFound } from '../errors';
import type { listSessionsInput, sessionIdInput } from './schemas';
import { sessionView, type SessionView } from './sessions';
import { toHallView, type HallView } from './venues';
import { sessionLargeFacts, type SessionLargeFacts } from '../large/session-facts';

export type SalesState = 'not_open' | 'open' | 'closed' | 'cancelled';

export interface SessionListItem extends SessionView, SessionLargeFacts {
  performanceName: string;
  hallName: string;
  venueName: string;
  hasSeat: boolean;
  realNameMode: string;
  salesState: SalesState;
}

export function salesState(session: { status: string; salesOpenAt: number; salesCloseAt: number }, now: number): SalesState {
  if (session.status === 'cancelled') return 'cancelled';
  if (now < session.salesOpenAt) return 'not_open';
  return now < session.salesCloseAt ? 'open' : 'closed';
}

function listItem(ctx: DomainContext, sessionId: string): SessionListItem {
  const session = getSession(ctx.db, sessionId);
  if (!session) throw notFound('session', sessionId);
  const performance = getPerformance(ctx.db, session.performanceId);
  const hall = getHall(ctx.db, session.hallId);
  const venue = hall && getVenue(ctx.db, hall.venueId);
  return {
    ...sessionView(ctx, session),
    performanceName: performance?.name ?? '',
    hallName: hall?.name ?? '',
    venueName: venue?.name ?? '',
    hasSeat: hall?.hasSeat === 1,
    realNameMode: performance?.realNameMode ?? 'none',
    salesState: salesState(session, ctx.clock()),
    ...sessionLargeFacts(ctx, session.id),
  };
}

/** Sessions starting in [from, to), with each tier's availability and the sales-window state: the session picker. */
export function listSessions(ctx: DomainContext, input: z.output<typeof listSessionsInput>): SessionListItem[] {
  const { from, to } = input;
  return listSessionsBetween(ctx.db, from, to).map((s) => listItem(ctx, s.id));
}

export function getSessionDetails(ctx: DomainContext, input: z.output<typeof sessionIdInput>): SessionListItem {
  return listItem(ctx, input.sessionId);
}

export type SeatState = 'available' | 'held' | 'held_by_me' | 'sold' | 'reserved' | 'blocked';

export interface SeatMapSeat {
  ticketId: string;
  seatId: string;
  floor: string;
  area: string;
  row: string;
  seat: string;
  x: number;
  y: number;
  accessible: boolean;
  priceTierId: string;
  state: SeatState;
}

type SeatMapRow = [
  ticketId: string, seatId: string, floor: string, area: string, row: string, seat: string, x: number, y: number, accessible: number,
  priceTierId: string, status: SeatState, holder: string | null, holdExpires: number | null,
];

/** Every ticketed seat of a seated session with its tier and state (holds of this user shown apart): the seat map. */
export function seatMap(ctx: DomainContext, input: z.output<typeof sessionIdInput>): { session: SessionListItem; seats: SeatMapSeat[] } {
  const { sessionId } = input;
  const session = listItem(ctx, sessionId);
  const now = ctx.clock();
  // Rows as arrays, read one at a time into the seat objects answered: at a stadium, no second set of 100,000
  // objects (rows, then seats) alive together. Its own SQL text, so its cached statement is only ever raw.
  const rows = statement(
    ctx.db,
    `SELECT k.id, seats.id, floor_name, area_name, row_name, seat_no, x, y, accessible, k.price_tier_id, k.status, h.user_id, h.expires_at
     FROM tickets k JOIN seats ON seats.id = k.seat_id LEFT JOIN seat_holds h ON h.ticket_id = k.id
     WHERE k.session_id = ? ORDER BY seats.line`,
  )
    .raw(true)
    .iterate(sessionId) as IterableIterator<SeatMapRow>;
  const seats: SeatMapSeat[] = [];
  for (const [ticketId, seatId, floor, area, row, seat, x, y, accessible, priceTierId, status, holder, holdExpires] of rows) {
    const held = status === 'available' && holdExpires !== null && holdExpires > now;
    const state: SeatState = held ? (holder !== null && holder === ctx.actor.userId ? 'held_by_me' : 'held') : status;
    seats.push({ ticketId, seatId, floor, area, row, seat, x, y, accessible: accessible === 1, priceTierId, state });
  }
  return { session, seats };
}

/** Venues with their halls (and platform codes): the manage screens' catalog. */
export function listVenues(ctx: DomainContext): (VenueRow & { halls: HallView[] })[] {
  return listVenueRows(ctx.db).map((venue) => ({ ...venue, halls: listHalls(ctx.db, venue.id).map(toHallView) }));
}

/** The platform's performance types as last downloaded (empty until the reporter fetched them). */
export function performanceTypes(ctx: DomainContext): PerformanceTypeRow[] {
  return listPerformanceTypes(ctx.db);
}
