import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * A thread of its own for SQLite work that must stay off the serving thread (checkpoints, integrity checks, backups).
 * `source` is plain CommonJS, so no TypeScript loader is needed in any runtime; it finds the same better-sqlite3 this
 * process loads at `workerData.driver`, beside `data`.
 */
export function sqliteThread(source: string, data: Record<string, unknown>): Worker {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  return new Worker(source, { eval: true, workerData: { ...data, driver } });
}
