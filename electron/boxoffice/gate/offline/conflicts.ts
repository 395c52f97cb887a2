import { allRows } from '../../../../db/statements';
import type { DomainContext } from '../../context';
import { seatText } from '../../format';
import type { GateConflictsInput } from './schemas';

/** A ticket admitted twice (two gates offline), or admitted after its refund: the manager's to look into. */
export interface GateConflict {
  id: string;
  /** exit_not_inside: an exit judged offline while the core knows the ticket was not inside then. */
  kind: 'double_entry' | 'refunded_admitted' | 'exit_not_inside';
  sessionId: string;
  ticketCode: string;
  seatText: string;
  /** double_entry: the admission kept (the first by time); refunded_admitted: the refund (no gate); exit_not_inside: the exit before it (no gate: it never entered). */
  first: { gateName: string | null; at: number };
  /** The admission (or exit) flagged. */
  second: { gateName: string; at: number };
  /** The platform had already been told of the flagged (later) admission, and keeps it: check-ins cannot be corrected there. */
  platformHasSecond: boolean;
  detectedAt: number;
}

type ConflictRow = {
  id: string;
  kind: GateConflict['kind'];
  sessionId: string;
  code: string;
  floor: string | null;
  area: string | null;
  row: string | null;
  seat: string | null;
  firstGate: string | null;
  firstAt: number;
  secondGate: string;
  secondAt: number;
  detectedAt: number;
  platformHasSecond: 0 | 1;
};

// One query, filtered two ways: by session (the gate screen) or by the flagged admission's time (the day's figures).
const CONFLICTS = `SELECT g.id, g.kind, g.session_id AS sessionId, l.ticket_code AS code, s.floor_name AS floor, s.area_name AS area, s.row_name AS row, s.seat_no AS seat,
       g.first_gate AS firstGate, g.first_at AS firstAt, g.second_gate AS secondGate, g.second_at AS secondAt, g.detected_at AS detectedAt,
       g.platform_has_second AS platformHasSecond
     FROM gate_conflicts g JOIN order_lines l ON l.id = g.order_line_id JOIN tickets k ON k.id = l.ticket_id LEFT JOIN seats s ON s.id = k.seat_id`;

const toConflict = (r: ConflictRow): GateConflict => ({
  id: r.id,
  kind: r.kind,
  sessionId: r.sessionId,
  ticketCode: r.code,
  seatText: seatText(r),
  first: { gateName: r.firstGate, at: r.firstAt },
  second: { gateName: r.secondGate, at: r.secondAt },
  platformHasSecond: r.platformHasSecond === 1,
  detectedAt: r.detectedAt,
});

/** Conflicts of these sessions, newest first. */
export function gateConflicts(ctx: DomainContext, input: GateConflictsInput): GateConflict[] {
  return allRows<ConflictRow>(
    ctx.db,
    `${CONFLICTS} WHERE g.session_id IN (SELECT value FROM json_each(?)) ORDER BY g.detected_at DESC, g.id DESC LIMIT 500`,
    JSON.stringify(input.sessionIds),
  ).map(toConflict);
}

/** Conflicts whose flagged admission happened in [from, to), in time order: the day's figures. */
export function gateConflictsBetween(ctx: DomainContext, from: number, to: number): GateConflict[] {
  return allRows<ConflictRow>(ctx.db, `${CONFLICTS} WHERE g.second_at >= ? AND g.second_at < ? ORDER BY g.second_at, g.id LIMIT 500`, from, to).map(toConflict);
}
