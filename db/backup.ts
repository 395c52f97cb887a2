import { renameSync, rmSync, statSync } from 'node:fs';
import { sqliteThread } from './sqlite-thread';
import { createPrivately } from './open';
import { checkInBackground } from './integrity-check';

// Runs on a thread of its own (sqlite-thread.ts).
const WORKER = `
const { workerData, parentPort } = require('node:worker_threads');
const Database = require(workerData.driver);
(async () => {
  let db;
  try {
    db = new Database(workerData.source, { readonly: true, fileMustExist: true });
    db.pragma('busy_timeout = 5000');
    // After the first (empty) step, every page in one: one read transaction, so one consistent snapshot that the
    // core's writes meanwhile cannot restart.
    const progress = await db.backup(workerData.destination, { progress: () => 0x7fffffff });
    parentPort.postMessage({ pages: progress.totalPages });
  } catch (error) {
    parentPort.postMessage({ error: String(error && error.message ? error.message : error) });
  } finally {
    if (db) db.close();
  }
})();
`;

/**
 * SQLite's online backup of `source` into `destination`, on a thread of its own. Page by page on the serving thread
 * (better-sqlite3's default, 100 pages per turn of the event loop), any commit of the core between two steps made
 * SQLite start the copy again: during an evening of scans the daily backup never finished, and took a quarter of the
 * serving thread's time while it tried. One step copies the file under one read transaction, which in WAL mode
 * blocks no writer.
 */
function copyInBackground(source: string, destination: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const worker = sqliteThread(WORKER, { source, destination });
    worker.once('message', (message: { pages?: number; error?: string }) => {
      if (message.error !== undefined) reject(new Error(message.error));
      else resolve(message.pages ?? 0);
    });
    // A thread that dies is a backup that did not happen, never an 'error' event that ends the core.
    worker.once('error', (error) => reject(error));
    worker.once('exit', (code) => reject(new Error(`the backup's thread ended (code ${code}) before it answered`)));
  });
}

/** Where a copy is written until it is checked: a copy cut short (the core stopped, the disk filled) never bears a backup's name. */
export const PARTIAL_SUFFIX = '.partial';

/**
 * Copies a live database with SQLite's online backup, then checks the copy's integrity (both off the serving thread),
 * and only then gives it its name.
 */
export async function backupDatabase(source: string, destination: string): Promise<{ pages: number; bytes: number }> {
  const partial = `${destination}${PARTIAL_SUFFIX}`;
  rmSync(partial, { force: true });
  // A backup holds what the database holds: its owner's only, like the database.
  createPrivately(partial);
  try {
    const pages = await copyInBackground(source, partial);
    // On a thread of its own: checking the 2 GB copy of a million tickets held the serving thread for a minute.
    const check = await checkInBackground(partial, 'integrity_check', { holdsProcess: true });
    if (check !== 'ok') throw new Error(`the copy failed its integrity check: ${check}`);
    renameSync(partial, destination);
    return { pages, bytes: statSync(destination).size };
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}
