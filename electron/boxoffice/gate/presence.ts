import { allRows } from '../../../db/statements';
import type { DomainContext } from '../context';
import type { GatePresenceInput } from './exit-schemas';

/** Per session: tickets that entered, those inside now (last scan an entry), and those that went out. */
export interface SessionPresence {
  sessionId: string;
  performanceName: string;
  sessionName: string;
  startsAt: number;
  entered: number;
  inside: number;
  out: number;
}

/**
 * Who is inside each session now, by the same rule as the gate (exit-rules.ts `insideOn`: the last scan decides).
 * One row per session asked for, zeros included.
 */
export function gatePresence(ctx: DomainContext, input: GatePresenceInput): SessionPresence[] {
  return allRows<SessionPresence>(
    ctx.db,
    `WITH last AS (
       SELECT c.session_id AS sessionId, c.order_line_id AS lineId, max(c.checked_at) AS lastEntry,
         (SELECT max(e.exited_at) FROM gate_exits e WHERE e.order_line_id = c.order_line_id) AS lastExit
       FROM check_ins c WHERE c.session_id IN (SELECT value FROM json_each(?)) GROUP BY c.order_line_id
     )
     SELECT s.id AS sessionId, p.name AS performanceName, s.name AS sessionName, s.starts_at AS startsAt,
       count(last.lineId) AS entered,
       coalesce(sum(CASE WHEN last.lineId IS NOT NULL AND (last.lastExit IS NULL OR last.lastEntry > last.lastExit) THEN 1 ELSE 0 END), 0) AS inside,
       coalesce(sum(CASE WHEN last.lastExit IS NOT NULL AND last.lastEntry <= last.lastExit THEN 1 ELSE 0 END), 0) AS out
     FROM sessions s JOIN performances p ON p.id = s.performance_id LEFT JOIN last ON last.sessionId = s.id
     WHERE s.id IN (SELECT value FROM json_each(?)) GROUP BY s.id ORDER BY s.starts_at, s.id`,
    JSON.stringify(input.sessionIds), JSON.stringify(input.sessionIds),
  );
}
