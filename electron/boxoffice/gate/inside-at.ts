import { getRow } from '../../../db/statements';
import type { Db } from '../../../db/open';
import { insideOn, type Passage } from './exit-rules';

/**
 * The entry a ticket was inside on at `at`, by the passages the core holds up to that instant (exit-rules.ts: the last
 * scan decides). Scans judged offline arrive late and out of order: each is judged at its own time, so an exit
 * uploaded after a later re-entry from another gate still counts where it happened.
 */
export function insideAt(db: Db, orderLineId: string, at: number): Passage | null {
  const entry = getRow<Passage>(
    db,
    'SELECT checked_at AS at, gate_name AS gateName FROM check_ins WHERE order_line_id = ? AND checked_at <= ? ORDER BY checked_at DESC, entry_no DESC LIMIT 1',
    orderLineId, at,
  );
  const exit = getRow<{ at: number | null }>(db, 'SELECT max(exited_at) AS at FROM gate_exits WHERE order_line_id = ? AND exited_at <= ?', orderLineId, at);
  return insideOn(entry ?? null, exit?.at ?? null);
}

/** The ticket's last exit up to `at`, if any. */
export function lastExitAt(db: Db, orderLineId: string, at: number): { at: number; gateName: string } | null {
  return getRow<{ at: number; gateName: string }>(
    db,
    'SELECT exited_at AS at, gate_name AS gateName FROM gate_exits WHERE order_line_id = ? AND exited_at <= ? ORDER BY exited_at DESC LIMIT 1',
    orderLineId, at,
  ) ?? null;
}
