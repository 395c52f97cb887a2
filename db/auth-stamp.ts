import type { Db } from './open';
import { getRow } from './statements';

// Bumped by every write that can end a login or change who a login is (db/users, db/auth-sessions, db/devices).
const generations = new WeakMap<Db, number>();
// SQLite's data_version as read in this turn of the event loop (forgotten at the next turn).
const versionsThisTurn = new WeakMap<Db, number>();

/** Call after a write that may end a login or change its user or device (logout, PIN reset, deactivation, revocation). */
export function noteAuthChange(db: Db): void {
  generations.set(db, (generations.get(db) ?? 0) + 1);
}

/**
 * A stamp that changes whenever a cached login, user or device may have changed: a write through this connection
 * (noteAuthChange, at once) or a commit by another connection (SQLite's data_version: a restore, a second process),
 * seen from the next turn of the event loop. The requests of one turn are answered as of its start: a commit by
 * another process during the turn is ordered after them, and 16 gates scanning together read data_version once.
 */
export function authStamp(db: Db): string {
  let version = versionsThisTurn.get(db);
  if (version === undefined) {
    version = getRow<{ data_version: number }>(db, 'PRAGMA data_version')?.data_version ?? 0;
    versionsThisTurn.set(db, version);
    setImmediate(() => versionsThisTurn.delete(db));
  }
  return `${generations.get(db) ?? 0}:${version}`;
}
