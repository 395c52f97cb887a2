import { z } from 'zod';
import { hallIdInput, listSessionsInput, sessionIdInput } from '../../boxoffice/catalog/schemas';
import type { SeatGeometry, SeatStatusWire } from '../../boxoffice/catalog/seat-map-codec';
import type { SeatFeedPosition } from '../seats/seat-feed';
import type { SessionListItem, SeatMapSeat } from '../../boxoffice/catalog/queries';
import { procedure, ALL_ROLES } from './procedure';

export const sessionProcedures = {
  /** Sessions starting in [from, to) with tier availability and the sales-window state: the session pickers. */
  'sessions.list': procedure<SessionListItem[]>()({ roles: ALL_ROLES, input: listSessionsInput }),
  'sessions.get': procedure<SessionListItem>()({ roles: ALL_ROLES, input: sessionIdInput }),
  /** Every seat of a seated session with its tier and state; this user's holds are told apart. */
  'sessions.seatMap': procedure<{ session: SessionListItem; seats: SeatMapSeat[] }>()({ roles: ALL_ROLES, input: sessionIdInput }),
  /** A hall's seats, compact (seat-map-codec.ts): a window fetches it once per layout version and keeps it. */
  'sessions.seatGeometry': procedure<SeatGeometry>()({ roles: ALL_ROLES, input: hallIdInput }),
  /**
   * A session's seats in its hall's geometry order, one character each, with the live holds and the position in
   * the session's feed of changes (`seats.changed` deltas continue from it).
   */
  'sessions.seatStatus': procedure<SeatStatusWire & SeatFeedPosition & { session: SessionListItem }>()({ roles: ALL_ROLES, input: sessionIdInput }),
  /** The server's clock, so a window whose PC clock is wrong still shows the right sales state. */
  'sessions.now': procedure<{ now: number }>()({ roles: ALL_ROLES, input: z.object({}) }),
};

export type { SessionListItem, SeatMapSeat, SeatState, SalesState } from '../../boxoffice/catalog/queries';
export type { SessionView, PriceTierView } from '../../boxoffice/catalog/sessions';
export type { SeatGeometry, SeatStatusWire, SeatChange, TicketStatus, DecodedGeometry } from '../../boxoffice/catalog/seat-map-codec';
export type { SeatFeedPosition } from '../seats/seat-feed';
/** The window decodes the compact seat map with the same code the core encodes it with. */
export { decodeGeometry, decodeIdRuns, decodeRuns, NO_TICKET } from '../../boxoffice/catalog/seat-map-codec';
