import { statement } from '../../db/statements';
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadMigrations, migrate } from '../../db/migrate';
import { seedReferenceData, type SeedOptions } from './seed/apply';

export type SandboxDb = Database.Database;

// Beside this module in the source tree; the build copies the folder beside the bundle. Its name
// differs from db/'s `migrations/` because both resolve against the same bundle file once bundled.
export const SANDBOX_MIGRATIONS_DIR = fileURLToPath(new URL('./sandbox-migrations/', import.meta.url));

/** Opens (creating and seeding if needed) the sandbox's own SQLite file, with the box office's pragmas. */
export function openSandboxDb(file: string, options: { readonly?: boolean; now?: number; seed?: SeedOptions } = {}): SandboxDb {
  const readonly = options.readonly ?? false;
  if (file !== ':memory:' && !readonly) mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file, { readonly, fileMustExist: readonly });
  try {
    if (!readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
    }
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma('temp_store = MEMORY');
    if (!readonly) {
      migrate(db, loadMigrations(SANDBOX_MIGRATIONS_DIR));
      seedReferenceData(db, options.now ?? Date.now(), options.seed);
    }
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** A meta value (JSON), or undefined. */
export function readMeta(db: SandboxDb, key: string): string | undefined {
  const row = statement(db, 'SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value;
}

export function writeMeta(db: SandboxDb, key: string, value: string): void {
  statement(db, 'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
}
