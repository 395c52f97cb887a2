import { sqliteThread } from './sqlite-thread';

// Runs on a thread of its own (sqlite-thread.ts).
const WORKER = `
const { workerData, parentPort } = require('node:worker_threads');
const Database = require(workerData.driver);
let result;
try {
  const db = new Database(workerData.file, { readonly: true, fileMustExist: true });
  try { result = String(db.pragma(workerData.pragma, { simple: true })); } finally { db.close(); }
} catch (error) {
  result = 'the check could not run: ' + String(error && error.message ? error.message : error);
}
parentPort.postMessage(result);
`;

/**
 * SQLite's check of a database file (`quick_check`, or the slower `integrity_check` that also matches every index
 * to its table) on a thread of its own, with its own read-only connection: 'ok' when sound, else SQLite's findings.
 * Either reads every page (quick_check: 20 s for the 2 GB of a million tickets on a busy machine), so it never runs
 * on the thread that serves; in WAL mode it reads one consistent snapshot while the server writes.
 */
export function checkInBackground(file: string, pragma: 'quick_check' | 'integrity_check', options: { holdsProcess: boolean }): Promise<string> {
  return new Promise((resolve) => {
    const worker = sqliteThread(WORKER, { file, pragma });
    // A check beside a running core must not keep a stopped one from exiting; a backup command waits for its check.
    if (!options.holdsProcess) worker.unref();
    worker.once('message', (message: unknown) => resolve(String(message)));
    // A thread that dies is a check that did not happen, never an 'error' event that ends the core.
    worker.once('error', (error) => resolve(`the check could not run: ${error.message}`));
  });
}
