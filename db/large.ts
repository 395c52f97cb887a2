// Large performances and held tickets (0060); the refund fee steps are in refunds.ts.
import type { Db } from './open';
import type { RealNameMode } from './catalog';
import { allRows, getRow, run } from './statements';

export type LargeModeChoice = 'auto' | 'on' | 'off';

export interface LargeStateRow {
  performanceId: string;
  performanceName: string;
  largeMode: LargeModeChoice;
  largeModeReason: string;
  large: 0 | 1;
  realNameMode: RealNameMode;
  gateIdCheck: 0 | 1;
  limitPerIdSession: number | null;
  /** The largest approved audience of the performance's live sessions (null: none set). */
  maxAudience: number | null;
}

export const getLargeState = (db: Db, performanceId: string) =>
  getRow<LargeStateRow>(
    db,
    `SELECT p.id AS performanceId, p.name AS performanceName, p.large_mode AS largeMode, p.large_mode_reason AS largeModeReason, p.large,
       p.real_name_mode AS realNameMode, p.gate_id_check AS gateIdCheck, p.limit_per_id_session AS limitPerIdSession,
       (SELECT max(approved_audience) FROM sessions s WHERE s.performance_id = p.id AND s.status = 'normal') AS maxAudience
     FROM performances p WHERE p.id = ?`,
    performanceId,
  );

export interface LargeSessionRow {
  sessionId: string;
  performanceId: string;
  name: string;
  startsAt: number;
  status: 'normal' | 'cancelled';
  approvedAudience: number | null;
  large: 0 | 1;
}

const LARGE_SESSION = `SELECT s.id AS sessionId, s.performance_id AS performanceId, s.name, s.starts_at AS startsAt, s.status,
  s.approved_audience AS approvedAudience, p.large FROM sessions s JOIN performances p ON p.id = s.performance_id`;

export const getLargeSession = (db: Db, sessionId: string) => getRow<LargeSessionRow>(db, `${LARGE_SESSION} WHERE s.id = ?`, sessionId);
export const listLargeSessionsOf = (db: Db, performanceId: string) =>
  allRows<LargeSessionRow>(db, `${LARGE_SESSION} WHERE s.performance_id = ? ORDER BY s.starts_at, s.id`, performanceId);
/** Live sessions of large performances that have not started by `now`. */
export const listUpcomingLargeSessions = (db: Db, now: number) =>
  allRows<LargeSessionRow>(db, `${LARGE_SESSION} WHERE p.large = 1 AND s.status = 'normal' AND s.starts_at > ? ORDER BY s.starts_at, s.id`, now);

export function setApprovedAudience(db: Db, sessionId: string, audience: number | null, now: number): void {
  run(db, 'UPDATE sessions SET approved_audience = ?, updated_at = ? WHERE id = ?', audience, now, sessionId);
}

export function setLargeModeChoice(db: Db, performanceId: string, mode: LargeModeChoice, reason: string, now: number): void {
  run(db, 'UPDATE performances SET large_mode = ?, large_mode_reason = ?, updated_at = ? WHERE id = ?', mode, reason, now, performanceId);
}

/** Switches the rules of a large performance on (forcing its real-name settings) or off, and marks its live tickets. */
export function setLargeInForce(db: Db, performanceId: string, large: boolean, now: number): void {
  if (large) {
    run(
      db,
      "UPDATE performances SET large = 1, real_name_mode = 'per_ticket', gate_id_check = 1, limit_per_id_session = 1, updated_at = ? WHERE id = ?",
      now,
      performanceId,
    );
  } else {
    run(db, 'UPDATE performances SET large = 0, updated_at = ? WHERE id = ?', now, performanceId);
  }
  run(db, 'UPDATE order_lines SET one_per_id = ? WHERE performance_id = ? AND one_per_id <> ?', large ? 1 : 0, performanceId, large ? 1 : 0);
}

export interface HeldCounts {
  reserved: number;
  complimentary: number;
  staff: number;
}

/** A session's live tickets by ticket type, and how many of them carry a holder's ID. */
export interface LiveTickets {
  regular: number;
  complimentary: number;
  staff: number;
  bound: number;
}

/**
 * Counted per order from the index of the session's lines (order_lines_session, which holds the order and the bound ID),
 * then each order joined once for its type: at a sold-out stadium session 2,000 order lookups, not 100,000.
 */
export function liveTicketsOf(db: Db, sessionId: string): LiveTickets {
  const rows = allRows<{ type: 'regular' | 'complimentary' | 'staff'; n: number; bound: number }>(
    db,
    `SELECT o.ticket_type AS type, sum(x.n) AS n, sum(x.bound) AS bound
     FROM (SELECT order_id, count(*) AS n, count(id_hmac) AS bound FROM order_lines WHERE session_id = ? AND status = 'active' GROUP BY order_id) x
     JOIN orders o ON o.id = x.order_id GROUP BY o.ticket_type`,
    sessionId,
  );
  const of = (type: 'regular' | 'complimentary' | 'staff') => rows.find((row) => row.type === type)?.n ?? 0;
  return { regular: of('regular'), complimentary: of('complimentary'), staff: of('staff'), bound: rows.reduce((sum, row) => sum + row.bound, 0) };
}

/**
 * Tickets of a session kept from open sale: box-office reserved seats (the tiers' maintained counts), and live
 * complimentary and staff tickets (`live` when the caller has counted them already).
 */
export function heldCounts(db: Db, sessionId: string, live: LiveTickets = liveTicketsOf(db, sessionId)): HeldCounts {
  const reserved = getRow<{ n: number }>(db, 'SELECT coalesce(sum(reserved_count), 0) AS n FROM price_tiers WHERE session_id = ?', sessionId)?.n ?? 0;
  return { reserved, complimentary: live.complimentary, staff: live.staff };
}

export const heldTotal = (counts: HeldCounts): number => counts.reserved + counts.complimentary + counts.staff;

/** The live ticket of a session that an ID document already holds (other than `exceptOrderLineId`). */
export interface IdHolderRow {
  orderLineId: string;
  orderId: string;
  orderNumber: string;
  ticketId: string;
  ticketType: 'regular' | 'complimentary' | 'staff';
  floor: string | null;
  area: string | null;
  row: string | null;
  seat: string | null;
}

export const liveTicketOfId = (db: Db, sessionId: string, idHmac: string, exceptOrderLineId: string | null) =>
  getRow<IdHolderRow>(
    db,
    `SELECT l.id AS orderLineId, l.order_id AS orderId, o.number AS orderNumber, l.ticket_id AS ticketId, o.ticket_type AS ticketType,
       seats.floor_name AS floor, seats.area_name AS area, seats.row_name AS row, seats.seat_no AS seat
     FROM order_lines l JOIN orders o ON o.id = l.order_id JOIN tickets k ON k.id = l.ticket_id LEFT JOIN seats ON seats.id = k.seat_id
     WHERE l.session_id = ? AND l.id_hmac = ? AND l.status = 'active' AND l.id IS NOT ? LIMIT 1`,
    sessionId,
    idHmac,
    exceptOrderLineId,
  );

/** ID documents holding two or more live tickets of one session of the performance (what large mode forbids). */
export const duplicateIdsOf = (db: Db, performanceId: string) =>
  allRows<{ sessionId: string; idHmac: string; orderIds: string }>(
    db,
    `SELECT session_id AS sessionId, id_hmac AS idHmac, json_group_array(DISTINCT order_id) AS orderIds FROM order_lines
     WHERE performance_id = ? AND status = 'active' AND id_hmac IS NOT NULL GROUP BY session_id, id_hmac HAVING count(*) > 1 LIMIT 1`,
    performanceId,
  );

export function bindHolder(db: Db, orderLineId: string, personId: string, idHmac: string, now: number): void {
  run(db, "UPDATE order_lines SET holder_id = ?, id_hmac = ?, holder_bound_at = ? WHERE id = ? AND status = 'active'", personId, idHmac, now, orderLineId);
}
