import { z } from 'zod';
import { listSessionsInput, sessionIdInput } from '../../boxoffice/catalog/schemas';
import type { SessionListItem, SeatMapSeat } from '../../boxoffice/catalog/queries';
import { procedure, ALL_ROLES } from './procedure';

export const sessionProcedures = {
  /** Sessions starting in [from, to) with tier availability and the sales-window state: the session pickers. */
  'sessions.list': procedure<SessionListItem[]>()({ roles: ALL_ROLES, input: listSessionsInput }),
  'sessions.get': procedure<SessionListItem>()({ roles: ALL_ROLES, input: sessionIdInput }),
  /** Every seat of a seated session with its tier and state; this user's holds are told apart. */
  'sessions.seatMap': procedure<{ session: SessionListItem; seats: SeatMapSeat[] }>()({ roles: ALL_ROLES, input: sessionIdInput }),
  /** The server's clock, so a window whose PC clock is wrong still shows the right sales state. */
  'sessions.now': procedure<{ now: number }>()({ roles: ALL_ROLES, input: z.object({}) }),
};

export type { SessionListItem, SeatMapSeat, SeatState, SalesState } from '../../boxoffice/catalog/queries';
export type { SessionView, PriceTierView } from '../../boxoffice/catalog/sessions';
