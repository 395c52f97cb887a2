import { statement } from './statements';
import type { Db } from './open';

/** Reads a setting's raw JSON value; callers validate it with their own schema. */
export function readSetting(db: Db, key: string): unknown {
  const row = statement(db, 'SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
  return row ? (JSON.parse(row.value) as unknown) : undefined;
}

export function writeSetting(db: Db, key: string, value: unknown, now: number = Date.now()): void {
  statement(
    db,
    `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  ).run(key, JSON.stringify(value), now);
}

export function deleteSetting(db: Db, key: string): void {
  statement(db, 'DELETE FROM settings WHERE key = ?').run(key);
}
