import { setTimeout as sleep } from 'node:timers/promises';
import type { Db } from '../../../db/open';
import { storageTrouble } from '../../../db/storage-errors';
import { getRow } from '../../../db/statements';

/** How long an API write keeps trying while another program holds the database's write lock. */
export const BUSY_DEADLINE_MS = 3_000;
const FIRST_WAIT_MS = 50;

const changesSoFar = (db: Db): number => getRow<{ n: number }>(db, 'SELECT total_changes() AS n')?.n ?? 0;

/**
 * Runs an API handler; when it meets another process's write lock (SQLITE_BUSY after the short busy_timeout), it
 * is tried again after a growing pause that does not hold the event loop, until `deadlineMs` has passed; then the
 * busy error goes to the caller (503 DATABASE_BUSY). A handler that already changed something is not run twice:
 * its busy error goes out at once.
 */
export async function retryWhileBusy<T>(db: Db, run: () => Promise<T> | T, options: { deadlineMs?: number; now?: () => number } = {}): Promise<T> {
  const now = options.now ?? Date.now;
  const deadline = now() + (options.deadlineMs ?? BUSY_DEADLINE_MS);
  for (let wait = FIRST_WAIT_MS; ; wait = Math.min(wait * 2, 800)) {
    const before = changesSoFar(db);
    try {
      return await run();
    } catch (error) {
      if (storageTrouble(error) !== 'busy' || changesSoFar(db) !== before || now() + wait > deadline) throw error;
    }
    await sleep(wait);
  }
}
