import type { z } from 'zod';
import { newId } from '../../../db/ids';
import { insertMany } from '../../../db/batch-insert';
import { getHall, getVenue, insertHall, insertVenue, setPlatformCodes, type HallRow, type VenueRow } from '../../../db/catalog';
import { getRow, run } from '../../../db/statements';
import { discardPendingState, stateKey } from '../../../db/outbox/write';
import type { DomainContext } from '../context';
import { BoxOfficeError, notFound } from '../errors';
import { audit, inTransaction } from '../service';
import { reportHallRegistration } from '../outbox/states';
import { parseSeatLayoutCsv } from './seat-layout-csv';
import { arrangeSeats } from './seat-blocks';
import type { createHallInput, createVenueInput, importSeatLayoutInput, linkPlatformCodesInput } from './schemas';

export interface HallView {
  id: string;
  venueId: string;
  name: string;
  hasSeat: boolean;
  seatingCapacity: number;
  seatCount: number;
  seatingChartUrl: string;
  platformHallCode: string | null;
}

export const toHallView = (hall: HallRow): HallView => ({
  id: hall.id,
  venueId: hall.venueId,
  name: hall.name,
  hasSeat: hall.hasSeat === 1,
  seatingCapacity: hall.hasSeat ? hall.seatCount : hall.seatingCapacity,
  seatCount: hall.seatCount,
  seatingChartUrl: hall.seatingChartUrl,
  platformHallCode: hall.platformHallCode,
});

function nameTaken(error: unknown): boolean {
  return error instanceof Error && /UNIQUE constraint failed: halls\.venue_id, halls\.name/.test(error.message);
}

/** Creates a venue; it is registered with the platform together with its first hall. Manager only. */
export function createVenue(ctx: DomainContext, venue: z.output<typeof createVenueInput>): VenueRow {
  const id = newId('ven_');
  return inTransaction(ctx, () => {
    insertVenue(ctx.db, { id, ...venue }, ctx.clock());
    audit(ctx, 'venue.create', id, { name: venue.name });
    const created = getVenue(ctx.db, id);
    if (!created) throw notFound('venue', id);
    return created;
  });
}

/** Adds a hall. An unseated hall is reported at once; a seated one when its layout is imported (the platform needs its seat count). */
export function createHall(ctx: DomainContext, hall: z.output<typeof createHallInput>): HallView {
  const id = newId('hal_');
  return inTransaction(ctx, () => {
    if (!getVenue(ctx.db, hall.venueId)) throw notFound('venue', hall.venueId);
    try {
      insertHall(ctx.db, { id, venueId: hall.venueId, name: hall.name, hasSeat: hall.hasSeat ? 1 : 0, seatingCapacity: hall.hasSeat ? 0 : (hall.seatingCapacity ?? 0), seatingChartUrl: hall.seatingChartUrl }, ctx.clock());
    } catch (error) {
      if (nameTaken(error)) throw new BoxOfficeError('NAME_TAKEN', `This venue already has a hall named "${hall.name}".`, { field: 'name' });
      throw error;
    }
    if (!hall.hasSeat) reportHallRegistration(ctx, id);
    audit(ctx, 'hall.create', id, { venueId: hall.venueId, name: hall.name, hasSeat: hall.hasSeat });
    const created = getHall(ctx.db, id);
    if (!created) throw notFound('hall', id);
    return toHallView(created);
  });
}

export interface LayoutImportResult {
  hallId: string;
  seats: number;
  accessible: number;
  blocked: number;
  floors: string[];
  areas: string[];
}

/**
 * Replaces a seated hall's layout from CSV (`floor,area,row,seat,x,y[,flags]`). Any bad line refuses the
 * whole file with LAYOUT_INVALID and every line's problem; a layout already used by a session's tickets is kept.
 */
export function importSeatLayout(ctx: DomainContext, input: z.output<typeof importSeatLayoutInput>): LayoutImportResult {
  const { hallId, csv } = input;
  const { seats, errors } = parseSeatLayoutCsv(csv);
  return inTransaction(ctx, () => {
    const hall = getHall(ctx.db, hallId);
    if (!hall) throw notFound('hall', hallId);
    if (!hall.hasSeat) throw new BoxOfficeError('WRONG_HALL_KIND', `${hall.name} is an unseated hall: it has a capacity, not a seat layout.`, { hallId });
    const first = errors[0];
    if (first) {
      throw new BoxOfficeError('LAYOUT_INVALID', `The seat layout has ${errors.length === 50 ? 'at least 50' : errors.length} problem(s); the first is on line ${first.line}: ${first.message}.`, { errors });
    }
    const used = getRow<{ n: number }>(ctx.db, 'SELECT count(*) AS n FROM tickets JOIN seats ON seats.id = tickets.seat_id WHERE seats.hall_id = ?', hallId);
    if (used && used.n > 0) throw new BoxOfficeError('LAYOUT_IN_USE', `Tickets already exist for seats of ${hall.name}; its layout can no longer be replaced.`, { hallId });
    run(ctx.db, 'DELETE FROM seats WHERE hall_id = ?', hallId);
    insertMany(
      ctx.db,
      'seats',
      ['id', 'hall_id', 'floor_name', 'area_name', 'row_name', 'seat_no', 'x', 'y', 'accessible', 'blocked', 'line', 'block', 'pos', 'row_centre'],
      arrangeSeats(seats).map((seat) => [
        newId('seat_'), hallId, seat.floor, seat.area, seat.row, seat.seat, seat.x, seat.y, seat.accessible ? 1 : 0, seat.blocked ? 1 : 0, seat.line,
        seat.block, seat.pos, seat.rowCentre,
      ]),
    );
    run(ctx.db, 'UPDATE halls SET seat_count = ?, updated_at = ? WHERE id = ?', seats.length, ctx.clock(), hallId);
    reportHallRegistration(ctx, hallId);
    const result: LayoutImportResult = {
      hallId,
      seats: seats.length,
      accessible: seats.filter((s) => s.accessible).length,
      blocked: seats.filter((s) => s.blocked).length,
      floors: [...new Set(seats.map((s) => s.floor))],
      areas: [...new Set(seats.map((s) => s.area))],
    };
    audit(ctx, 'hall.import_layout', hallId, { seats: result.seats, blocked: result.blocked, accessible: result.accessible });
    return result;
  });
}

/** Links a venue and its halls to codes the platform already gave (found in its venue list): no registration is sent for them. */
export function linkPlatformCodes(ctx: DomainContext, link: z.output<typeof linkPlatformCodesInput>): { venue: VenueRow; halls: HallView[] } {
  return inTransaction(ctx, () => {
    const venue = getVenue(ctx.db, link.venueId);
    if (!venue) throw notFound('venue', link.venueId);
    for (const { hallId, hallCode } of link.halls) {
      if (getHall(ctx.db, hallId)?.venueId !== venue.id) throw notFound('hall of this venue', hallId);
      if (!hallCode.startsWith(link.venueCode)) throw new BoxOfficeError('VALIDATION', `The hall code ${hallCode} does not start with the venue code ${link.venueCode}.`, { field: 'hallCode', hallId });
    }
    try {
      setPlatformCodes(ctx.db, venue.id, link.venueCode, link.halls, ctx.clock());
    } catch (error) {
      if (error instanceof Error && /UNIQUE/.test(error.message)) throw new BoxOfficeError('PLATFORM_CODE_TAKEN', 'One of these platform codes is already linked to another venue or hall.');
      throw error;
    }
    for (const { hallId } of link.halls) discardPendingState(ctx.db, stateKey('venue.save', hallId), 'linked to an existing platform code', ctx.clock());
    audit(ctx, 'venue.link_codes', venue.id, { venueCode: link.venueCode, halls: link.halls.length });
    const linked = getVenue(ctx.db, venue.id);
    if (!linked) throw notFound('venue', venue.id);
    return { venue: linked, halls: link.halls.map(({ hallId }) => getHall(ctx.db, hallId)).filter((h): h is HallRow => h !== undefined).map(toHallView) };
  });
}
