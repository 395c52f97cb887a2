import Database from 'better-sqlite3';
import { loadMigrations, migrate } from '../../db/migrate';
import type { Db } from '../../db/open';

/** An in-memory database migrated up to (and including) `version`, or fully. */
export function memoryDb(version = Infinity): Db {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, loadMigrations(), version);
  return db;
}

export function tableNames(db: Db): string[] {
  return (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map(
    (row) => row.name,
  );
}

export function columnNames(db: Db, table: string): string[] {
  return (db.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as { name: string }[]).map((row) => row.name);
}
