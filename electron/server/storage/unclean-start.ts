import { closeSync, existsSync, openSync, rmSync } from 'node:fs';
import type { Db } from '../../../db/open';

/** What a start after a crash found. */
export interface StartCheck {
  /** The previous run did not stop cleanly (its marker file was still there). */
  unclean: boolean;
  /** SQLite's quick_check after an unclean stop ('ok' when sound); null after a clean one. */
  integrity: string | null;
}

/**
 * A marker file beside the database says a core is (or was) running on it. Found at start, it means the last
 * core exited without stopping (a crash, a kill, power loss): the database is checked (quick_check) before
 * anything is served, and the sync worker resumes the rows that were in flight, as after any start.
 */
export function checkAfterUncleanStop(db: Db, dbFile: string): { check: StartCheck; cleanStop: () => void } {
  const marker = `${dbFile}.running`;
  const unclean = existsSync(marker);
  const integrity = unclean ? String(db.pragma('quick_check', { simple: true })) : null;
  if (unclean) console.error(`[core] the previous run did not stop cleanly; database check: ${integrity}`);
  closeSync(openSync(marker, 'w', 0o600));
  return { check: { unclean, integrity }, cleanStop: () => rmSync(marker, { force: true }) };
}
