import { CODE_START_KEY, newHallCode, newVenueCode } from '../codes';
import { readMeta, writeMeta, type SandboxDb } from '../store';
import { regionOf } from '../regions';
import { SEED_TYPES, type SeedType } from './types';
import { SEED_VENUES } from './venues';

const SEEDED_KEY = 'seeded';

/** What makes one sandbox another platform than the default one (only read when a data file is created). */
export interface SeedOptions {
  /** The first sequence number of every code (default 1). */
  codeStart?: number;
  /** The performance type list (default: the built-in one). */
  types?: readonly SeedType[];
}

/** Fills the type list and the venue directory once, on a new data file. */
export function seedReferenceData(db: SandboxDb, now: number, options: SeedOptions = {}): void {
  if (readMeta(db, SEEDED_KEY) !== undefined) return;
  db.transaction(() => {
    if (options.codeStart !== undefined) writeMeta(db, CODE_START_KEY, String(options.codeStart));
    const insertType = db.prepare('INSERT INTO performance_types (type_id, type_name, parent_type_id, level) VALUES (?, ?, ?, ?)');
    for (const type of options.types ?? SEED_TYPES) {
      insertType.run(type.typeId, type.typeName, 0, 1);
      for (const [id, name] of type.children) insertType.run(id, name, type.typeId, 2);
    }
    const insertVenue = db.prepare(
      `INSERT INTO venues (venue_code, venue_name, province_id, city_id, district_id, venue_address, venue_type, management_company, has_hall, registered, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)`,
    );
    const insertHall = db.prepare(
      `INSERT INTO halls (hall_code, venue_code, hall_name, has_seat, seat_num, seating_capacity, management_status, enable_state, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const venue of SEED_VENUES) {
      const region = regionOf(venue.districtId);
      const venueCode = newVenueCode(db, venue.districtId);
      insertVenue.run(venueCode, venue.venueName, region.provinceId, region.cityId, venue.districtId, venue.venueAddress, venue.venueType, venue.managementCompany, venue.halls.length > 0 ? 1 : 0, now);
      for (const hall of venue.halls) {
        insertHall.run(
          newHallCode(db, venueCode),
          venueCode,
          hall.hallName,
          hall.hasSeat,
          hall.hasSeat === 1 ? hall.seats : 0,
          hall.hasSeat === 0 ? hall.seats : 0,
          hall.managementStatus ?? 1,
          hall.enableState ?? 1,
          now,
        );
      }
    }
    writeMeta(db, SEEDED_KEY, JSON.stringify({ at: now }));
  })();
}
