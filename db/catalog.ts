// Typed queries of the catalog (0020). Columns are aliased to camelCase in SQL, so rows need no mapping.
import type { Db } from './open';
import { CURRENT_PLATFORM_SQL } from './platform-identity';
import { allRows, getRow, run } from './statements';

export type RealNameMode = 'none' | 'per_order' | 'per_ticket';
export type SessionStatus = 'normal' | 'cancelled';
export type TicketStatus = 'available' | 'sold' | 'reserved' | 'blocked';

export interface VenueRow {
  id: string;
  name: string;
  address: string;
  provinceId: number;
  cityId: number;
  districtId: number;
  venueType: string;
  managementCompany: string;
  platformVenueCode: string | null;
}

export interface HallRow {
  id: string;
  venueId: string;
  name: string;
  hasSeat: 0 | 1;
  seatingCapacity: number;
  seatingChartUrl: string;
  platformHallCode: string | null;
  seatCount: number;
}

export interface PerformanceRow {
  id: string;
  name: string;
  approval: string;
  typeId: number;
  posterUrl: string;
  description: string;
  sponsor: string;
  performer: string;
  realNameMode: RealNameMode;
  gateIdCheck: 0 | 1;
  limitPerIdSession: number | null;
  limitPerIdPerformance: number | null;
  maxTicketsPerOrder: number | null;
  /** Large-performance mode in force (the 2023 rules; see electron/boxoffice/large). */
  large: 0 | 1;
}

export interface SessionRow {
  id: string;
  performanceId: string;
  hallId: string;
  name: string;
  startsAt: number;
  endsAt: number;
  salesOpenAt: number;
  salesCloseAt: number;
  entryOpensAt: number;
  entryClosesAt: number;
  allowReentry: 0 | 1;
  status: SessionStatus;
  cancelReason: string | null;
  tag: 0 | 1;
  ticketsGeneratedAt: number | null;
  platformSessionCode: string | null;
}

export interface PriceTierRow {
  id: string;
  sessionId: string;
  name: string;
  priceFen: number;
  quantity: number | null;
  color: string;
  sortOrder: number;
  totalCount: number;
  availableCount: number;
  soldCount: number;
  reservedCount: number;
  blockedCount: number;
}

export interface SeatRow {
  id: string;
  hallId: string;
  floorName: string;
  areaName: string;
  rowName: string;
  seatNo: string;
  x: number;
  y: number;
  accessible: 0 | 1;
  blocked: 0 | 1;
}

const VENUE = `SELECT id, name, address, province_id AS provinceId, city_id AS cityId, district_id AS districtId, venue_type AS venueType,
  management_company AS managementCompany, platform_venue_code AS platformVenueCode FROM venues`;
const HALL = `SELECT id, venue_id AS venueId, name, has_seat AS hasSeat, seating_capacity AS seatingCapacity, seating_chart_url AS seatingChartUrl,
  platform_hall_code AS platformHallCode, seat_count AS seatCount FROM halls`;
const PERFORMANCE = `SELECT id, name, approval, type_id AS typeId, poster_url AS posterUrl, description, sponsor, performer,
  real_name_mode AS realNameMode, gate_id_check AS gateIdCheck, limit_per_id_session AS limitPerIdSession,
  limit_per_id_performance AS limitPerIdPerformance, max_tickets_per_order AS maxTicketsPerOrder, large FROM performances`;
const SESSION = `SELECT id, performance_id AS performanceId, hall_id AS hallId, name, starts_at AS startsAt, ends_at AS endsAt,
  sales_open_at AS salesOpenAt, sales_close_at AS salesCloseAt, entry_opens_at AS entryOpensAt, entry_closes_at AS entryClosesAt,
  allow_reentry AS allowReentry, status, cancel_reason AS cancelReason, tag, tickets_generated_at AS ticketsGeneratedAt,
  platform_session_code AS platformSessionCode FROM sessions`;
const TIER = `SELECT id, session_id AS sessionId, name, price_fen AS priceFen, quantity, color, sort_order AS sortOrder,
  total_count AS totalCount, available_count AS availableCount, sold_count AS soldCount, reserved_count AS reservedCount,
  blocked_count AS blockedCount FROM price_tiers`;
export const SEAT_COLUMNS = `seats.id, seats.hall_id AS hallId, floor_name AS floorName, area_name AS areaName, row_name AS rowName,
  seat_no AS seatNo, x, y, accessible, blocked`;

export const getVenue = (db: Db, id: string) => getRow<VenueRow>(db, `${VENUE} WHERE id = ?`, id);
export const getHall = (db: Db, id: string) => getRow<HallRow>(db, `${HALL} WHERE id = ?`, id);
export const listHalls = (db: Db, venueId: string) => allRows<HallRow>(db, `${HALL} WHERE venue_id = ? ORDER BY name`, venueId);
export const listVenues = (db: Db) => allRows<VenueRow>(db, `${VENUE} ORDER BY name`);
export const getPerformance = (db: Db, id: string) => getRow<PerformanceRow>(db, `${PERFORMANCE} WHERE id = ?`, id);
export const listPerformanceRows = (db: Db) => allRows<PerformanceRow>(db, `${PERFORMANCE} ORDER BY created_at DESC`);
export const getSession = (db: Db, id: string) => getRow<SessionRow>(db, `${SESSION} WHERE id = ?`, id);
export const listSessionsOfPerformance = (db: Db, performanceId: string) =>
  allRows<SessionRow>(db, `${SESSION} WHERE performance_id = ? ORDER BY starts_at, id`, performanceId);
export const listSessionsBetween = (db: Db, from: number, to: number) =>
  allRows<SessionRow>(db, `${SESSION} WHERE starts_at >= ? AND starts_at < ? ORDER BY starts_at, id`, from, to);
export const getPriceTier = (db: Db, id: string) => getRow<PriceTierRow>(db, `${TIER} WHERE id = ?`, id);
export const listPriceTiers = (db: Db, sessionId: string) => allRows<PriceTierRow>(db, `${TIER} WHERE session_id = ? ORDER BY sort_order, name`, sessionId);
export const listSeats = (db: Db, hallId: string) =>
  allRows<SeatRow>(db, `SELECT ${SEAT_COLUMNS} FROM seats WHERE hall_id = ? ORDER BY line`, hallId);

export function insertVenue(db: Db, venue: Omit<VenueRow, 'platformVenueCode'>, now: number): void {
  run(
    db,
    `INSERT INTO venues (id, name, address, province_id, city_id, district_id, venue_type, management_company, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    venue.id, venue.name, venue.address, venue.provinceId, venue.cityId, venue.districtId, venue.venueType, venue.managementCompany, now, now,
  );
}

export function insertHall(db: Db, hall: Omit<HallRow, 'platformHallCode' | 'seatCount'>, now: number): void {
  run(
    db,
    `INSERT INTO halls (id, venue_id, name, has_seat, seating_capacity, seating_chart_url, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    hall.id, hall.venueId, hall.name, hall.hasSeat, hall.seatingCapacity, hall.seatingChartUrl, now, now,
  );
}

export function setPlatformCodes(db: Db, venueId: string, venueCode: string, halls: readonly { hallId: string; hallCode: string }[], now: number): void {
  // labelled with the platform that issued them (the current one): see db/platform-identity.ts
  run(db, `UPDATE venues SET platform_venue_code = ?, platform_venue_code_by = ${CURRENT_PLATFORM_SQL}, updated_at = ? WHERE id = ?`, venueCode, now, venueId);
  for (const hall of halls) {
    run(db, `UPDATE halls SET platform_hall_code = ?, platform_hall_code_by = ${CURRENT_PLATFORM_SQL}, updated_at = ? WHERE id = ? AND venue_id = ?`, hall.hallCode, now, hall.hallId, venueId);
  }
}

/** The session codes the platform returned for `/performance/code` (the sync worker stores them). */
export function setSessionCodes(db: Db, codes: Readonly<Record<string, string>>, now: number): void {
  for (const [sessionId, code] of Object.entries(codes)) {
    run(db, `UPDATE sessions SET platform_session_code = ?, platform_session_code_by = ${CURRENT_PLATFORM_SQL}, updated_at = ? WHERE id = ?`, code, now, sessionId);
  }
}

export interface PerformanceTypeRow {
  typeId: number;
  typeName: string;
  parentTypeId: number;
  level: 1 | 2;
}

// Set when the box office moved to another platform (its list is not known yet): until the new list is downloaded,
// no type counts as listed, so nothing is sent with a type the new platform may not know. A fresh install has no
// list and no flag: any type goes (offline first).
const TYPE_LIST_REQUIRED_KEY = 'platform.type_list_required';

/** Replaces the cached platform type list (the reporter downloads it). */
export function cachePerformanceTypes(db: Db, types: readonly PerformanceTypeRow[], now: number): void {
  db.transaction(() => {
    run(db, 'DELETE FROM performance_types');
    for (const t of types) run(db, 'INSERT INTO performance_types (type_id, type_name, parent_type_id, level, updated_at) VALUES (?, ?, ?, ?, ?)', t.typeId, t.typeName, t.parentTypeId, t.level, now);
    run(db, 'DELETE FROM settings WHERE key = ?', TYPE_LIST_REQUIRED_KEY);
  })();
}

/** Forgets the list of the platform left behind; the next platform's must be downloaded before any type counts as listed. */
export function requireNewTypeList(db: Db, now: number): void {
  run(db, 'DELETE FROM performance_types');
  run(db, "INSERT INTO settings (key, value, updated_at) VALUES (?, 'true', ?) ON CONFLICT (key) DO UPDATE SET updated_at = excluded.updated_at", TYPE_LIST_REQUIRED_KEY, now);
}

export const listPerformanceTypes = (db: Db) =>
  allRows<PerformanceTypeRow>(db, 'SELECT type_id AS typeId, type_name AS typeName, parent_type_id AS parentTypeId, level FROM performance_types ORDER BY type_id');

/** Whether a type may be used: any type while no platform list was ever downloaded (offline first), none while a new platform's is awaited. */
export function isKnownPerformanceType(db: Db, typeId: number): boolean {
  const row = getRow<{ known: number; cached: number; required: number }>(
    db,
    `SELECT EXISTS (SELECT 1 FROM performance_types WHERE type_id = ?) AS known, EXISTS (SELECT 1 FROM performance_types) AS cached,
       EXISTS (SELECT 1 FROM settings WHERE key = ?) AS required`,
    typeId,
    TYPE_LIST_REQUIRED_KEY,
  );
  return row ? row.known === 1 || (row.cached === 0 && row.required === 0) : true;
}
