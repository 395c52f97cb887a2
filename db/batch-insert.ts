import type { Db } from './open';
import { statement } from './statements';

/** Rows per statement: large enough that the per-call cost vanishes, small enough to stay far below SQLite's 32,766 parameters. */
const ROWS_PER_STATEMENT = 100;

/**
 * Inserts many rows with multi-row INSERT statements (prepared once per batch size and cached): a stadium's
 * 100,000 seats or tickets are a thousand calls instead of 100,000. Call inside the caller's transaction.
 */
export function insertMany(db: Db, table: string, columns: readonly string[], rows: readonly (readonly unknown[])[]): void {
  const one = `(${columns.map(() => '?').join(', ')})`;
  for (let at = 0; at < rows.length; at += ROWS_PER_STATEMENT) {
    const batch = rows.slice(at, at + ROWS_PER_STATEMENT);
    const sql = `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${Array.from({ length: batch.length }, () => one).join(', ')}`;
    statement(db, sql).run(batch.flat());
  }
}
