import type { Db } from './open';
import { getRow } from './statements';

// Bumped by every write that can end a login or change who a login is (db/users, db/auth-sessions, db/devices).
const generations = new WeakMap<Db, number>();

/** Call after a write that may end a login or change its user or device (logout, PIN reset, deactivation, revocation). */
export function noteAuthChange(db: Db): void {
  generations.set(db, (generations.get(db) ?? 0) + 1);
}

/**
 * A stamp that changes whenever a cached login, user or device may have changed: a write through this connection
 * (noteAuthChange) or any commit by another connection (SQLite's data_version: a restore, a second process).
 * Caches of logins and devices are valid while it stays the same; reading it is one tiny statement.
 */
export function authStamp(db: Db): string {
  const version = getRow<{ data_version: number }>(db, 'PRAGMA data_version')?.data_version ?? 0;
  return `${generations.get(db) ?? 0}:${version}`;
}
