import { statement } from '../../../db/statements';
import { HAS_HALL, HAS_SEAT } from '../../reporter/wire/inferred';
import { newHallCode, newVenueCode } from '../codes';
import { Refusal, invalid, notFound } from '../refusal';
import { regionProblem } from '../regions';
import type { SandboxDb } from '../store';
import { single, type Handler } from './context';

interface HallSpec {
  hallName: string;
  hasSeat: number;
  seatNum: number;
  seatingCapacity: number;
}

interface HallRow {
  hall_code: string;
  has_seat: number;
  seat_num: number;
  seating_capacity: number;
}

/**
 * A.3.2.3: registers a venue (empty venueCode) or adds a hall. Retrying is safe: a venue or hall
 * that already exists with the same details answers with its codes and counts as a duplicate;
 * the same name with other details is 4400. Halls can be added only to this account's venues (4300).
 */
export const venueSave: Handler<'venueSave'> = ({ db, now }, body) => {
  const hall: HallSpec | null = body.hallName
    ? {
        hallName: body.hallName.trim(),
        hasSeat: body.hasSeat ?? HAS_SEAT.seated,
        seatNum: body.hasSeat === HAS_SEAT.seated ? (body.seatNum ?? 0) : 0,
        seatingCapacity: body.hasSeat === HAS_SEAT.unseated ? (body.seatingCapacity ?? 0) : 0,
      }
    : null;
  if (body.venueCode) return addHall(db, now, body.venueCode, hall);
  const provinceId = body.provinceId ?? 0;
  const cityId = body.cityId ?? 0;
  const districtId = body.districtId ?? 0;
  const problem = regionProblem(provinceId, cityId, districtId);
  if (problem) throw invalid(`${problem.field}: ${districtId} ${problem.message}`);
  const venueName = (body.venueName ?? '').trim();
  const venueAddress = (body.venueAddress ?? '').trim();
  const existing = statement(db, 'SELECT venue_code, venue_address, registered FROM venues WHERE district_id = ? AND venue_name = ?').get(districtId, venueName) as
    | { venue_code: string; venue_address: string; registered: number }
    | undefined;
  if (existing) {
    if (existing.registered === 0) throw notFound(`venueName: ${venueName} is already in the directory as ${existing.venue_code}`);
    if (existing.venue_address !== venueAddress) throw notFound(`venueName: ${venueName} is already registered as ${existing.venue_code} with another address`);
    if (!hall) return single({ venueCode: existing.venue_code }, true);
    return addHall(db, now, existing.venue_code, hall);
  }
  const venueCode = newVenueCode(db, districtId);
  statement(
    db,
    `INSERT INTO venues (venue_code, venue_name, province_id, city_id, district_id, venue_address, has_hall, registered, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?)`,
  ).run(venueCode, venueName, provinceId, cityId, districtId, venueAddress, body.hasHall === HAS_HALL.hasHalls ? 1 : 0, now);
  if (!hall) return single({ venueCode }, false);
  return single({ venueCode, hallCode: insertHall(db, now, venueCode, hall) }, false);
};

function addHall(db: SandboxDb, now: number, venueCode: string, hall: HallSpec | null): ReturnType<typeof single> {
  const venue = statement(db, 'SELECT registered FROM venues WHERE venue_code = ?').get(venueCode) as { registered: number } | undefined;
  if (!venue) throw notFound(`venueCode: unknown venue code ${venueCode}`);
  if (!hall) throw invalid('hallName: required to add a hall');
  const existing = statement(db, 'SELECT hall_code, has_seat, seat_num, seating_capacity FROM halls WHERE venue_code = ? AND hall_name = ?').get(venueCode, hall.hallName) as
    | HallRow
    | undefined;
  if (existing) {
    const same = existing.has_seat === hall.hasSeat && existing.seat_num === hall.seatNum && existing.seating_capacity === hall.seatingCapacity;
    if (!same) throw notFound(`hallName: venue ${venueCode} already has a hall ${hall.hallName} (${existing.hall_code}) with other seating`);
    return single({ venueCode, hallCode: existing.hall_code }, true);
  }
  if (venue.registered === 0) throw new Refusal('4300', `venueCode: venue ${venueCode} is managed by another account; its halls cannot be changed`);
  statement(db, 'UPDATE venues SET has_hall = 1 WHERE venue_code = ?').run(venueCode);
  return single({ venueCode, hallCode: insertHall(db, now, venueCode, hall) }, false);
}

function insertHall(db: SandboxDb, now: number, venueCode: string, hall: HallSpec): string {
  const hallCode = newHallCode(db, venueCode);
  statement(
    db,
    `INSERT INTO halls (hall_code, venue_code, hall_name, has_seat, seat_num, seating_capacity, management_status, enable_state, created_at)
     VALUES (?, ?, ?, ?, ?, ?, 1, 1, ?)`,
  ).run(hallCode, venueCode, hall.hallName, hall.hasSeat, hall.seatNum, hall.seatingCapacity, now);
  return hallCode;
}
