import type { catalogProcedures } from '../contract/catalog';
import { listVenues, performanceTypes } from '../../boxoffice/catalog/queries';
import { listPerformances } from '../../boxoffice/catalog/performance-list';
import { createHall, createVenue, importSeatLayout, linkPlatformCodes } from '../../boxoffice/catalog/venues';
import { createPerformance, updatePerformance } from '../../boxoffice/catalog/performances';
import { cancelSession, createSession, updateSession } from '../../boxoffice/catalog/sessions';
import { generateTickets, setTicketStatus } from '../../boxoffice/catalog/tickets';
import { listSeats } from '../../../db/catalog';
import { updateSeatFlags } from '../../boxoffice/catalog/seat-flags';
import { publishSeatChanges } from '../seats/seat-feed';
import type { Handlers, RequestContext } from './context';
import { domainContext } from './domain-context';

/** Open maps of the session apply these tickets' new states, or fetch the whole status again (without ids). */
const seatsChanged = <T extends { id: string }>(ctx: RequestContext, session: T, ticketIds?: readonly string[]): T => {
  publishSeatChanges(ctx, session.id, ticketIds);
  return session;
};

export const catalogHandlers: Handlers<keyof typeof catalogProcedures> = {
  'catalog.venues': (_input, ctx) => listVenues(domainContext(ctx)),
  'catalog.performanceTypes': (_input, ctx) => performanceTypes(domainContext(ctx)),
  'catalog.performances': (_input, ctx) => listPerformances(domainContext(ctx)),
  'catalog.hallSeats': (input, ctx) => listSeats(ctx.core.db, input.hallId),
  'catalog.updateSeatFlags': (input, ctx) => updateSeatFlags(domainContext(ctx), input),
  'catalog.createVenue': (input, ctx) => createVenue(domainContext(ctx), input),
  'catalog.createHall': (input, ctx) => createHall(domainContext(ctx), input),
  'catalog.importSeatLayout': (input, ctx) => importSeatLayout(domainContext(ctx), input),
  'catalog.linkPlatformCodes': (input, ctx) => linkPlatformCodes(domainContext(ctx), input),
  'catalog.createPerformance': (input, ctx) => createPerformance(domainContext(ctx), input),
  'catalog.updatePerformance': (input, ctx) => updatePerformance(domainContext(ctx), input),
  'catalog.createSession': (input, ctx) => createSession(domainContext(ctx), input),
  'catalog.updateSession': (input, ctx) => updateSession(domainContext(ctx), input),
  'catalog.cancelSession': (input, ctx) => seatsChanged(ctx, cancelSession(domainContext(ctx), input)),
  'catalog.generateTickets': (input, ctx) => seatsChanged(ctx, generateTickets(domainContext(ctx), input)),
  'catalog.setTicketStatus': (input, ctx) => seatsChanged(ctx, setTicketStatus(domainContext(ctx), input), input.ticketIds),
};
