import { z } from 'zod';
import {
  cancelSessionInput,
  createHallInput,
  createPerformanceInput,
  createSessionInput,
  createVenueInput,
  generateTicketsInput,
  importSeatLayoutInput,
  linkPlatformCodesInput,
  setTicketStatusInput,
  updatePerformanceInput,
  updateSessionInput,
  entityId,
  updateSeatFlagsInput,
} from '../../boxoffice/catalog/schemas';
import type { VenueRow, PerformanceTypeRow, SeatRow } from '../../../db/catalog';
import type { HallView, LayoutImportResult } from '../../boxoffice/catalog/venues';
import type { PerformanceView } from '../../boxoffice/catalog/performances';
import type { SessionView } from '../../boxoffice/catalog/sessions';
import type { PerformanceWithSessions } from '../../boxoffice/catalog/performance-list';
import { procedure, ALL_ROLES, MANAGER } from './procedure';

export type VenueWithHalls = VenueRow & { halls: HallView[] };

/** The manager's catalog: venues, halls and seat layouts, performances, sessions and price tiers. */
export const catalogProcedures = {
  'catalog.venues': procedure<VenueWithHalls[]>()({ roles: ALL_ROLES, input: z.object({}) }),
  'catalog.performanceTypes': procedure<PerformanceTypeRow[]>()({ roles: ALL_ROLES, input: z.object({}) }),
  'catalog.performances': procedure<PerformanceWithSessions[]>()({ roles: MANAGER, input: z.object({}) }),
  /** A hall's seats as imported (for drawing the layout, blocking and marking accessible seats). */
  'catalog.hallSeats': procedure<SeatRow[]>()({ roles: MANAGER, input: z.object({ hallId: entityId }) }),
  /** Blocks or marks accessible seats of a hall's layout (for sessions ticketed from now on). */
  'catalog.updateSeatFlags': procedure<{ updated: number }>()({ roles: MANAGER, input: updateSeatFlagsInput }),
  'catalog.createVenue': procedure<VenueRow>()({ roles: MANAGER, input: createVenueInput }),
  'catalog.createHall': procedure<HallView>()({ roles: MANAGER, input: createHallInput }),
  /** Imports a CSV seat layout; every bad line is reported with its number and nothing is saved. */
  'catalog.importSeatLayout': procedure<LayoutImportResult>()({ roles: MANAGER, input: importSeatLayoutInput }),
  /** Records the platform's venue and hall codes for a venue found in the platform's directory. */
  'catalog.linkPlatformCodes': procedure<{ venue: VenueRow; halls: HallView[] }>()({ roles: MANAGER, input: linkPlatformCodesInput }),
  'catalog.createPerformance': procedure<PerformanceView>()({ roles: MANAGER, input: createPerformanceInput }),
  'catalog.updatePerformance': procedure<PerformanceView>()({ roles: MANAGER, input: updatePerformanceInput }),
  'catalog.createSession': procedure<SessionView>()({ roles: MANAGER, input: createSessionInput }),
  'catalog.updateSession': procedure<SessionView>()({ roles: MANAGER, input: updateSessionInput }),
  'catalog.cancelSession': procedure<SessionView>()({ roles: MANAGER, input: cancelSessionInput }),
  /** Creates the session's tickets: seats by tier rules, or each tier's pool of places. */
  'catalog.generateTickets': procedure<SessionView & { unassignedSeats: number }>()({ roles: MANAGER, input: generateTicketsInput }),
  /** Box-office holds (reserved), blocks, or back on sale. */
  'catalog.setTicketStatus': procedure<SessionView>()({ roles: MANAGER, input: setTicketStatusInput }),
};

export type { VenueRow, PerformanceTypeRow, SeatRow, HallView, LayoutImportResult, PerformanceView, PerformanceWithSessions };
export type { LayoutError, LayoutProblem } from '../../boxoffice/catalog/seat-layout-csv';
