// The states the platform must learn, computed from the current rows and coalesced in the outbox.
// Called inside the transaction that changed them.
import { allRows } from '../../../db/statements';
import { getHall, getPerformance, getSession, getVenue, listSessionsOfPerformance, type PerformanceRow, type SessionRow } from '../../../db/catalog';
import { discardPendingState, upsertState, upsertStates } from '../../../db/outbox/write';
import type { OutboxPayload } from '../../../db/outbox/payloads';
import type { DomainContext } from '../context';

const times = (ctx: DomainContext) => {
  const now = ctx.clock();
  return { eventAt: now, now };
};

/** Registration of a hall (and its venue, the first time); nothing once the hall has its platform code. */
export function reportHallRegistration(ctx: DomainContext, hallId: string): void {
  const hall = getHall(ctx.db, hallId);
  const venue = hall && getVenue(ctx.db, hall.venueId);
  if (!hall || !venue || hall.platformHallCode !== null) return;
  upsertState(
    ctx.db,
    'venue.save',
    hall.id,
    {
      venueId: venue.id,
      hallId: hall.id,
      venueName: venue.name,
      venueAddress: venue.address,
      provinceId: venue.provinceId,
      cityId: venue.cityId,
      districtId: venue.districtId,
      hallName: hall.name,
      hasSeat: hall.hasSeat === 1,
      seatNum: hall.hasSeat ? hall.seatCount : 0,
      seatingCapacity: hall.hasSeat ? hall.seatCount : hall.seatingCapacity,
    },
    { scope: { venueId: venue.id, hallId: hall.id }, ...times(ctx) },
  );
}

function performanceDetails(performance: PerformanceRow): OutboxPayload<'performance.update'> {
  return {
    performanceId: performance.id,
    performanceName: performance.name,
    approval: performance.approval,
    typeId: performance.typeId,
    posterUrl: performance.posterUrl,
    performanceDesc: performance.description,
    sponsor: performance.sponsor,
    performer: performance.performer,
  };
}

function sessionDetails(ctx: DomainContext, session: SessionRow): OutboxPayload<'performance.code'>['sessionList'][number] {
  const hall = getHall(ctx.db, session.hallId);
  return {
    sessionId: session.id,
    sessionName: session.name,
    hallId: session.hallId,
    sessionStartTime: session.startsAt,
    sessionEndTime: session.endsAt,
    seatingChart: hall?.seatingChartUrl ?? '',
    hasSeat: hall?.hasSeat === 1,
    tag: session.tag === 1 ? 'test' : 'normal',
  };
}

const codeKey = (performanceId: string) => `performance.code:${performanceId}`;

/** Sessions whose code request is on the wire right now. */
function sessionsAwaitingCodes(ctx: DomainContext, performanceId: string): Set<string> {
  return new Set(
    allRows<{ sessionId: string }>(
      ctx.db,
      `SELECT json_extract(s.value, '$.sessionId') AS sessionId FROM outbox, json_each(outbox.payload, '$.sessionList') AS s
       WHERE outbox.coalesce_key = ? AND outbox.status = 'in_flight'`,
      codeKey(performanceId),
    ).map((row) => row.sessionId),
  );
}

/**
 * The request for session codes: every live session of the performance still without a code, except those
 * already on the wire. A newer request supersedes a dead one (same key), so a requeue never sends twice;
 * a session cancelled before it was ever reported is simply left out.
 */
export function reportPerformanceCodes(ctx: DomainContext, performanceId: string): void {
  const performance = getPerformance(ctx.db, performanceId);
  if (!performance) return;
  const inFlight = sessionsAwaitingCodes(ctx, performanceId);
  const sessions = listSessionsOfPerformance(ctx.db, performanceId).filter(
    (s) => s.platformSessionCode === null && s.status === 'normal' && !inFlight.has(s.id),
  );
  if (sessions.length === 0) {
    discardPendingState(ctx.db, codeKey(performanceId), 'no session needs a code any more', ctx.clock());
    return;
  }
  upsertState(
    ctx.db,
    'performance.code',
    performanceId,
    { ...performanceDetails(performance), sessionList: sessions.map((s) => sessionDetails(ctx, s)) },
    { scope: { performanceId }, ...times(ctx) },
  );
}

/** A performance's details changed: a pending code request carries them; once the platform knows the performance, an update follows. */
export function reportPerformanceUpdate(ctx: DomainContext, performanceId: string): void {
  const performance = getPerformance(ctx.db, performanceId);
  if (!performance) return;
  reportPerformanceCodes(ctx, performanceId);
  const known = listSessionsOfPerformance(ctx.db, performanceId).some((s) => s.platformSessionCode !== null) || sessionsAwaitingCodes(ctx, performanceId).size > 0;
  if (!known) return;
  upsertState(ctx.db, 'performance.update', performanceId, performanceDetails(performance), { scope: { performanceId }, ...times(ctx) });
}

/** A session changed or was cancelled (sessionStatus 'cancelled'); for a session without a code, its pending code request is refreshed instead. */
export function reportSessionUpdate(ctx: DomainContext, sessionId: string): void {
  const session = getSession(ctx.db, sessionId);
  if (!session) return;
  reportPerformanceCodes(ctx, session.performanceId);
  // A session the platform has not heard of needs no update: its code request carries its details.
  if (session.platformSessionCode === null && !sessionsAwaitingCodes(ctx, session.performanceId).has(session.id)) return;
  upsertState(
    ctx.db,
    'session.update',
    sessionId,
    {
      ...sessionDetails(ctx, session),
      performanceId: session.performanceId,
      sessionStatus: session.status,
    },
    { scope: { performanceId: session.performanceId, sessionId, hallId: session.hallId }, ...times(ctx) },
  );
}

interface TierStock {
  id: string;
  name: string;
  priceFen: number;
  sessionId: string;
  performanceId: string;
  sessionStatus: string;
  totalCount: number;
  availableCount: number;
}

/**
 * The stock of price tiers: what is still for sale, and the rest (sold, reserved, blocked; all of it once cancelled).
 * One read and one upsert for all the tiers (a sale's usually one), without the seq `upsertState` gives back.
 */
export function reportInventory(ctx: DomainContext, tierIds: Iterable<string>): void {
  const tiers = allRows<TierStock>(
    ctx.db,
    `SELECT t.id, t.name, t.price_fen AS priceFen, t.session_id AS sessionId, s.performance_id AS performanceId, s.status AS sessionStatus,
       t.total_count AS totalCount, t.available_count AS availableCount
     FROM json_each(?) AS wanted CROSS JOIN price_tiers t ON t.id = wanted.value JOIN sessions s ON s.id = t.session_id`,
    JSON.stringify([...new Set(tierIds)]),
  );
  upsertStates(
    ctx.db,
    'inventory',
    tiers.map((tier) => {
      const available = tier.sessionStatus === 'cancelled' ? 0 : tier.availableCount;
      return {
        recordId: tier.id,
        payload: {
          performanceId: tier.performanceId,
          sessionId: tier.sessionId,
          priceId: tier.id,
          priceName: tier.name,
          ticketPrice: tier.priceFen,
          availableInventory: available,
          unavailableInventory: tier.totalCount - available,
        },
        scope: { performanceId: tier.performanceId, sessionId: tier.sessionId, priceTierId: tier.id },
      };
    }),
    times(ctx),
  );
}

/** What a ticket's state says of it beside whether it is for sale: its session, tier and seat. */
interface TicketPlace {
  id: string;
  sessionId: string;
  performanceId: string;
  priceTierId: string;
  floorName: string | null;
  areaName: string | null;
  rowName: string | null;
  seatNo: string | null;
}

/** A ticket as read for its state: its place, its status and its session's. */
interface TicketState extends TicketPlace {
  status: string;
  sessionStatus: string;
}

/** For sale: available, in a live session. */
const forSaleNow = (ticket: TicketState): boolean => ticket.status === 'available' && ticket.sessionStatus === 'normal';

const TICKET_STATE = `SELECT k.id, k.session_id AS sessionId, s.performance_id AS performanceId, k.price_tier_id AS priceTierId, k.status, s.status AS sessionStatus,
  seats.floor_name AS floorName, seats.area_name AS areaName, seats.row_name AS rowName, seats.seat_no AS seatNo
  FROM tickets k JOIN sessions s ON s.id = k.session_id LEFT JOIN seats ON seats.id = k.seat_id`;

/** Each ticket's state, all in one statement (a sale's 4 tickets were 4 upserts). */
function upsertTicketStates<T extends TicketPlace>(ctx: DomainContext, tickets: readonly T[], forSale: (ticket: T) => boolean, eventAt: number): void {
  upsertStates(
    ctx.db,
    'ticket',
    tickets.map((ticket) => ({
      recordId: ticket.id,
      payload: {
        performanceId: ticket.performanceId,
        sessionId: ticket.sessionId,
        priceId: ticket.priceTierId,
        ticketId: ticket.id,
        availableSale: forSale(ticket) ? 'for_sale' : 'not_for_sale',
        floorName: ticket.floorName ?? '',
        areaName: ticket.areaName ?? '',
        rowName: ticket.rowName ?? '',
        seatNo: ticket.seatNo ?? '',
      },
      scope: { performanceId: ticket.performanceId, sessionId: ticket.sessionId, priceTierId: ticket.priceTierId, ticketId: ticket.id },
    })),
    { eventAt, now: eventAt },
  );
}

/** Whether each ticket is for sale (`availableSale`: available in a live session), with its seat. */
export function reportTickets(ctx: DomainContext, ticketIds: Iterable<string>): void {
  const tickets = allRows<TicketState>(ctx.db, `${TICKET_STATE} WHERE k.id IN (SELECT value FROM json_each(?))`, JSON.stringify([...new Set(ticketIds)]));
  upsertTicketStates(ctx, tickets, forSaleNow, ctx.clock());
}

/** A ticket the sale has just sold, with what the sale read of it: its session, tier and seat. */
export interface SoldTicket {
  ticketId: string;
  sessionId: string;
  performanceId: string;
  priceTierId: string;
  place: { floor: string | null; area: string | null; row: string | null; seat: string | null };
}

/**
 * The states of tickets a sale has just marked sold (not for sale, whatever their session's status), from what the
 * sale read of them, rather than reading them again (that read was a twentieth of a sale).
 */
export function reportSoldTickets(ctx: DomainContext, tickets: readonly SoldTicket[]): void {
  upsertTicketStates(
    ctx,
    tickets.map((t) => ({
      id: t.ticketId,
      sessionId: t.sessionId,
      performanceId: t.performanceId,
      priceTierId: t.priceTierId,
      floorName: t.place.floor,
      areaName: t.place.area,
      rowName: t.place.row,
      seatNo: t.place.seat,
    })),
    () => false,
    ctx.clock(),
  );
}

/** Every ticket of a session (after generation, or a cancellation). */
export function reportAllTickets(ctx: DomainContext, sessionId: string): void {
  upsertTicketStates(ctx, allRows<TicketState>(ctx.db, `${TICKET_STATE} WHERE k.session_id = ? ORDER BY k.rowid`, sessionId), forSaleNow, ctx.clock());
}
