import type Database from 'better-sqlite3';
import type { Db } from '../../../db/open';
import { getRow } from '../../../db/statements';
import { isGateProof, type GateConcession } from './concession';

export interface ScannedTicket {
  orderLineId: string;
  orderId: string;
  ticketId: string;
  lineStatus: 'active' | 'refunded';
  idHmac: string | null;
  personId: string | null;
  personIdType: string | null;
  ticketType: 'regular' | 'complimentary' | 'staff';
  priceTierId: string;
  tierName: string;
  sessionId: string;
  sessionName: string;
  startsAt: number;
  sessionStatus: 'normal' | 'cancelled';
  entryOpensAt: number;
  entryClosesAt: number;
  allowReentry: 0 | 1;
  performanceName: string;
  gateIdCheck: 0 | 1;
  /** 一票一证: each ticket names its own holder's document. */
  realNameMode: 'none' | 'per_order' | 'per_ticket';
  /** A large performance: its complimentary and staff tickets need a bound holder to enter. */
  large: 0 | 1;
  floor: string | null;
  area: string | null;
  row: string | null;
  seat: string | null;
  entries: number;
  firstAt: number | null;
  firstGate: string | null;
  /** The last entry and the last exit (exit-rules.ts: the last scan decides whether the ticket is inside). */
  lastEntryAt: number | null;
  lastEntryGate: string | null;
  lastExitAt: number | null;
  /** The price type sold, when the gate checks its proof (concession.ts): name, proof, age bounds; all null otherwise. */
  concessionName: string | null;
  concessionProof: string | null;
  concessionMinAge: number | null;
  concessionMaxAge: number | null;
}

// One indexed lookup (the ticket code is UNIQUE) brings everything the verdict needs. The last entry is found once and
// joined by its id (one search of the line's admissions where two subqueries, one a column, searched and sorted twice).
export const SCANNED_TICKET = `SELECT l.id AS orderLineId, l.order_id AS orderId, l.ticket_id AS ticketId, l.status AS lineStatus, l.id_hmac AS idHmac,
    coalesce(l.holder_id, o.buyer_id) AS personId, ps.id_type AS personIdType, o.ticket_type AS ticketType,
    l.price_tier_id AS priceTierId, t.name AS tierName, s.id AS sessionId, s.name AS sessionName, s.starts_at AS startsAt,
    s.status AS sessionStatus, s.entry_opens_at AS entryOpensAt, s.entry_closes_at AS entryClosesAt, s.allow_reentry AS allowReentry,
    p.name AS performanceName, p.gate_id_check AS gateIdCheck, p.real_name_mode AS realNameMode, p.large,
    seats.floor_name AS floor, seats.area_name AS area, seats.row_name AS row, seats.seat_no AS seat,
    (SELECT count(*) FROM check_ins c WHERE c.order_line_id = l.id) AS entries,
    f.checked_at AS firstAt, f.gate_name AS firstGate,
    le.checked_at AS lastEntryAt, le.gate_name AS lastEntryGate,
    (SELECT max(e.exited_at) FROM gate_exits e WHERE e.order_line_id = l.id) AS lastExitAt,
    CASE WHEN lp.proof IN ('gate', 'id_age') THEN lp.price_type_name END AS concessionName,
    CASE WHEN lp.proof IN ('gate', 'id_age') THEN lp.proof END AS concessionProof,
    CASE WHEN lp.proof = 'id_age' THEN pt.min_age END AS concessionMinAge, CASE WHEN lp.proof = 'id_age' THEN pt.max_age END AS concessionMaxAge
  FROM order_lines l JOIN orders o ON o.id = l.order_id JOIN sessions s ON s.id = l.session_id JOIN performances p ON p.id = l.performance_id
    JOIN price_tiers t ON t.id = l.price_tier_id JOIN tickets k ON k.id = l.ticket_id LEFT JOIN seats ON seats.id = k.seat_id
    LEFT JOIN persons ps ON ps.id = coalesce(l.holder_id, o.buyer_id)
    LEFT JOIN check_ins f ON f.order_line_id = l.id AND f.entry_no = 1
    LEFT JOIN check_ins le ON le.id = (SELECT c.id FROM check_ins c WHERE c.order_line_id = l.id ORDER BY c.checked_at DESC, c.entry_no DESC LIMIT 1)
    LEFT JOIN order_line_pricing lp ON lp.order_line_id = l.id LEFT JOIN price_types pt ON pt.id = lp.price_type_id`;

/** The concession the gate checks on this ticket (the proof as sold; the age bounds as the price type says them). */
export function gateConcession(t: Pick<ScannedTicket, 'concessionName' | 'concessionProof' | 'concessionMinAge' | 'concessionMaxAge'>): GateConcession | null {
  if (t.concessionName === null || !isGateProof(t.concessionProof)) return null;
  return { name: t.concessionName, proof: t.concessionProof, minAge: t.concessionMinAge, maxAge: t.concessionMaxAge };
}

const BY_CODE = `${SCANNED_TICKET} WHERE l.ticket_code = ?`;

// Prepared once per connection: the by-code lookup runs on every scan.
const byCode = new WeakMap<Db, Database.Statement<[string], ScannedTicket>>();

/** The scanned ticket with this (normalized) code, with everything its verdict needs. */
export function scannedTicketByCode(db: Db, code: string): ScannedTicket | undefined {
  let statement = byCode.get(db);
  if (!statement) {
    statement = db.prepare<[string], ScannedTicket>(BY_CODE);
    byCode.set(db, statement);
  }
  return statement.get(code);
}

/** The earliest admission of another live ticket of this session held by the same document (null: none). */
export function sameIdEntry(db: Db, t: Pick<ScannedTicket, 'sessionId' | 'idHmac' | 'orderLineId'>): { at: number; gateName: string } | null {
  if (t.idHmac === null) return null;
  return (
    getRow<{ at: number; gateName: string }>(
      db,
      `SELECT c.checked_at AS at, c.gate_name AS gateName FROM order_lines l JOIN check_ins c ON c.order_line_id = l.id AND c.entry_no = 1
       WHERE l.session_id = ? AND l.id_hmac = ? AND l.status = 'active' AND l.id <> ? ORDER BY c.checked_at LIMIT 1`,
      t.sessionId,
      t.idHmac,
      t.orderLineId,
    ) ?? null
  );
}
