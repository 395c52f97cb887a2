import Database from 'better-sqlite3';
import { chmodSync, closeSync, mkdirSync, openSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrate, type MigrationReport } from './migrate';

export type Db = Database.Database;

export interface OpenOptions {
  /** `FULL` survives power loss on every commit; `NORMAL` (the default) only loses the last commits on power loss, never on a process crash. */
  synchronous?: 'NORMAL' | 'FULL';
  /** Apply pending migrations (default true). */
  migrate?: boolean;
  readonly?: boolean;
  /**
   * How long one statement waits for another process's write lock. It blocks the event loop meanwhile, so the
   * core keeps it short and retries later (see storage-errors.ts); one-shot tools may wait longer.
   */
  busyTimeoutMs?: number;
}

/** The core's wait for a lock held by another process, per attempt. */
export const CORE_BUSY_TIMEOUT_MS = 200;

/** Opens (creating if needed) a box-office database with the pragmas every connection needs, then migrates it. */
export function openDatabase(file: string, options: OpenOptions = {}): { db: Db; migration: MigrationReport | null } {
  if (file !== ':memory:' && !options.readonly) {
    mkdirSync(dirname(file), { recursive: true });
    createPrivately(file);
  }
  const db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  try {
    applyPragmas(db, options.synchronous ?? 'NORMAL', options.busyTimeoutMs ?? 5000);
    const migration = options.migrate === false || options.readonly ? null : migrate(db);
    return { db, migration };
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Names, ID numbers and sessions live in this file: it is created readable by its owner only (0600). SQLite gives
 * the -wal and -shm files the database file's mode, so they follow.
 */
export function createPrivately(file: string): void {
  closeSync(openSync(file, 'a', 0o600));
  // A file of an older version (0644) is tightened too; one owned by another user is left as it is.
  if (process.platform !== 'win32' && (statSync(file).mode & 0o077) !== 0) {
    try {
      chmodSync(file, 0o600);
    } catch {
      /* not ours to change */
    }
  }
}

function applyPragmas(db: Db, synchronous: 'NORMAL' | 'FULL', busyTimeoutMs: number): void {
  // WAL lets gates read while the window writes; busy_timeout makes several processes on one file wait instead of failing.
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${synchronous}`);
  db.pragma('foreign_keys = ON');
  db.pragma(`busy_timeout = ${Math.max(0, Math.floor(busyTimeoutMs))}`);
  db.pragma('temp_store = MEMORY');
  // After a checkpoint the WAL is cut back to 64 MiB: a burst must not leave a file that never shrinks on a full disk.
  db.pragma('journal_size_limit = 67108864');
  // 64 MiB of page cache instead of SQLite's 2 MiB: a scan's lookup touches ~20 pages of a database that is
  // hundreds of MB at 100,000 tickets; with the default most come from the OS (a read call each) and a check-in
  // took twice as long. A ceiling, not an allocation: a small database uses little.
  db.pragma('cache_size = -65536');
}
