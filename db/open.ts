import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrate, type MigrationReport } from './migrate';

export type Db = Database.Database;

export interface OpenOptions {
  /** `FULL` survives power loss on every commit; `NORMAL` (the default) only loses the last commits on power loss, never on a process crash. */
  synchronous?: 'NORMAL' | 'FULL';
  /** Apply pending migrations (default true). */
  migrate?: boolean;
  readonly?: boolean;
}

/** Opens (creating if needed) a box-office database with the pragmas every connection needs, then migrates it. */
export function openDatabase(file: string, options: OpenOptions = {}): { db: Db; migration: MigrationReport | null } {
  if (file !== ':memory:' && !options.readonly) mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  try {
    applyPragmas(db, options.synchronous ?? 'NORMAL');
    const migration = options.migrate === false || options.readonly ? null : migrate(db);
    return { db, migration };
  } catch (error) {
    db.close();
    throw error;
  }
}

function applyPragmas(db: Db, synchronous: 'NORMAL' | 'FULL'): void {
  // WAL lets gates read while the window writes; busy_timeout makes several processes on one file wait instead of failing.
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${synchronous}`);
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma('temp_store = MEMORY');
  // 64 MiB of page cache instead of SQLite's 2 MiB: a scan's lookup touches ~20 pages of a database that is
  // hundreds of MB at 100,000 tickets; with the default most come from the OS (a read call each) and a check-in
  // took twice as long. A ceiling, not an allocation: a small database uses little.
  db.pragma('cache_size = -65536');
}
