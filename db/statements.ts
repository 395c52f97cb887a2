import type Database from 'better-sqlite3';
import type { Db } from './open';

const caches = new WeakMap<Db, Map<string, Database.Statement>>();

/** A prepared statement, cached per connection: the hot paths (sell, check-in) prepare nothing twice. */
export function statement(db: Db, sql: string): Database.Statement {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let prepared = cache.get(sql);
  if (!prepared) {
    prepared = db.prepare(sql);
    cache.set(sql, prepared);
  }
  return prepared;
}

/** One row, typed by the caller (the SQL and the type sit side by side in each query module). */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the row type is the caller's statement about its SQL
export function getRow<T>(db: Db, sql: string, ...params: unknown[]): T | undefined {
  return statement(db, sql).get(...params) as T | undefined;
}

export function allRows<T>(db: Db, sql: string, ...params: unknown[]): T[] {
  return statement(db, sql).all(...params) as T[];
}

export function run(db: Db, sql: string, ...params: unknown[]): Database.RunResult {
  return statement(db, sql).run(...params);
}
