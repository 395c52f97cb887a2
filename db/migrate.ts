import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export interface MigrationReport {
  from: number;
  to: number;
  applied: string[];
}

/** Raised when the file was written by a newer boxoffice: opening it with this one could corrupt it. */
export class DatabaseTooNewError extends Error {
  constructor(
    readonly fileVersion: number,
    readonly appVersion: number,
  ) {
    super(
      `This database has schema version ${fileVersion}, but this boxoffice only knows up to ${appVersion}. ` +
        'It was written by a newer version: install that version (or newer) to open it. Nothing was changed.',
    );
    this.name = 'DatabaseTooNewError';
  }
}

const FILE_PATTERN = /^(\d{4})-([a-z0-9-]+)\.sql$/;

// In the source tree this module sits beside migrations/; in the bundle the build copies them beside the bundle.
const defaultDir = fileURLToPath(new URL('./migrations/', import.meta.url));

/** Reads the numbered migrations (`0010-name.sql`, steps of 10) in order. */
export function loadMigrations(dir: string = defaultDir): Migration[] {
  const migrations = readdirSync(dir)
    .map((file) => ({ file, match: FILE_PATTERN.exec(file) }))
    .filter((entry): entry is { file: string; match: RegExpExecArray } => entry.match !== null)
    .map(({ file, match }) => ({
      version: Number(match[1]),
      name: match[2] ?? file,
      sql: readFileSync(`${dir}/${file}`, 'utf8'),
    }))
    .sort((a, b) => a.version - b.version);
  for (let i = 1; i < migrations.length; i++) {
    const previous = migrations[i - 1];
    const current = migrations[i];
    if (previous && current && previous.version === current.version) {
      throw new Error(`Two migrations share version ${current.version}: ${previous.name} and ${current.name}`);
    }
  }
  return migrations;
}

/** Applies every pending migration in one transaction and records the last one in `PRAGMA user_version`. */
export function migrate(db: Database.Database, migrations: Migration[] = loadMigrations(), upTo = Infinity): MigrationReport {
  const from = db.pragma('user_version', { simple: true }) as number;
  const known = migrations.at(-1)?.version ?? 0;
  if (from > known) throw new DatabaseTooNewError(from, known);
  const pending = migrations.filter((m) => m.version > from && m.version <= upTo);
  if (pending.length === 0) return { from, to: from, applied: [] };
  const apply = db.transaction(() => {
    for (const migration of pending) db.exec(migration.sql);
    const last = pending.at(-1);
    if (last) db.pragma(`user_version = ${last.version}`);
  });
  apply.immediate();
  return { from, to: pending.at(-1)?.version ?? from, applied: pending.map((m) => `${m.version}-${m.name}`) };
}
