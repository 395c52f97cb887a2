import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

// The worker is plain CommonJS (no TypeScript loader needed in any runtime) and loads the same better-sqlite3, as
// the checkpointer's does (checkpointer.ts).
const WORKER = `
const { workerData, parentPort } = require('node:worker_threads');
const Database = require(workerData.driver);
let result;
try {
  const db = new Database(workerData.file, { readonly: true, fileMustExist: true });
  try { result = String(db.pragma('quick_check', { simple: true })); } finally { db.close(); }
} catch (error) {
  result = 'the check could not run: ' + String(error && error.message ? error.message : error);
}
parentPort.postMessage(result);
`;

/**
 * SQLite's quick_check of a database file on a thread of its own, with its own read-only connection: 'ok' when
 * sound, else SQLite's first finding. It reads every page (20 s for the 2 GB of a million tickets on a busy
 * machine), so it never runs on the thread that serves; in WAL mode it reads one consistent snapshot while the
 * server writes.
 */
export function quickCheckInBackground(file: string): Promise<string> {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  return new Promise((resolve) => {
    const worker = new Worker(WORKER, { eval: true, workerData: { file, driver } });
    worker.unref();
    worker.once('message', (message: unknown) => resolve(String(message)));
    // A thread that dies is a check that did not happen, never an 'error' event that ends the core.
    worker.once('error', (error) => resolve(`the check could not run: ${error.message}`));
  });
}
