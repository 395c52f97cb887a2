import { allRows, getRow, run } from '../../../db/statements';
import type { DomainContext } from '../context';
import { audit, inTransaction } from '../service';
import { holdColumns, releaseSeats, type NamedHoldRow } from './named-holds';

// A hold is due when its session's start less its minutes has come, it still holds seats, and the session is on.
const DUE = `FROM named_holds h JOIN sessions s ON s.id = h.session_id
  WHERE h.release_minutes_before_start IS NOT NULL AND s.status <> 'cancelled'
    AND EXISTS (SELECT 1 FROM named_hold_tickets n JOIN tickets k ON k.id = n.ticket_id WHERE n.hold_id = h.id AND k.status = 'reserved')`;
const RELEASE_AT = 's.starts_at - h.release_minutes_before_start * 60000';

/**
 * Releases every hold whose time before curtain has come, each in its own transaction (one that fails leaves the
 * others released). The system acts, and says so in the audit log. Answers the sessions whose seats changed.
 */
export function releaseDueHolds(ctx: DomainContext): { sessionIds: string[]; released: number } {
  const now = ctx.clock();
  const due = allRows<NamedHoldRow>(ctx.db, `SELECT ${holdColumns('h.')} ${DUE} AND ${RELEASE_AT} <= ?`, now);
  const sessionIds = new Set<string>();
  let released = 0;
  for (const hold of due) {
    const count = inTransaction(ctx, () => {
      const n = releaseSeats(ctx, hold, undefined);
      run(ctx.db, 'UPDATE named_holds SET auto_released_at = ?, updated_at = ? WHERE id = ?', now, now, hold.id);
      audit(ctx, 'named_hold.auto_release', hold.id, { sessionId: hold.sessionId, tickets: n });
      return n;
    });
    released += count;
    sessionIds.add(hold.sessionId);
  }
  return { sessionIds: [...sessionIds], released };
}

/** When the next automatic release is due (possibly already past), or null when no hold waits for one. */
export function nextReleaseAt(ctx: DomainContext): number | null {
  return getRow<{ at: number | null }>(ctx.db, `SELECT MIN(${RELEASE_AT}) AS at ${DUE}`)?.at ?? null;
}
