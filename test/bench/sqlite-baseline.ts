import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The physical limit every database benchmark is compared against, measured in the same run:
 * single-row write transactions per second on a WAL file database with synchronous=NORMAL.
 */
export function rawSingleRowTransactionRate(rows = 10_000): number {
  return withRawTransaction((one) => {
    const start = process.hrtime.bigint();
    for (let i = 0; i < rows; i++) one(`row ${i}`);
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    return rows / seconds;
  });
}

/** The same single-row transaction, in CPU microseconds of the whole process each (for figures in CPU time). */
export function rawSingleRowTransactionCpuMicros(rows = 5_000): number {
  return withRawTransaction((one) => {
    const start = process.cpuUsage();
    for (let i = 0; i < rows; i++) one(`row ${i}`);
    const used = process.cpuUsage(start);
    return (used.user + used.system) / rows;
  });
}

function withRawTransaction<T>(measure: (one: (value: string) => void) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'bo-bench-raw-'));
  const db = new Database(join(dir, 'raw.db'));
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL) STRICT');
    const insert = db.prepare('INSERT INTO t (v) VALUES (?)');
    const one = db.transaction((v: string) => insert.run(v));
    return measure((value) => {
      one(value);
    });
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** p-th percentile (0..100) of a list of numbers. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? NaN;
}
