import { sqliteThread } from './sqlite-thread';
import type { Db } from './open';

// Runs on a thread of its own (sqlite-thread.ts).
const WORKER = `
const { workerData, parentPort } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('busy_timeout = 1000');
let notify = false;
const timer = setInterval(() => {
  try { db.pragma('wal_checkpoint(PASSIVE)'); } catch (error) { parentPort.postMessage(String(error)); }
  if (notify) { notify = false; parentPort.postMessage('checkpointed'); }
}, workerData.intervalMs);
parentPort.on('message', (message) => {
  if (message === 'notify') { notify = true; return; }
  clearInterval(timer); db.close(); parentPort.close();
});
`;

/**
 * Moves WAL checkpoints off the request path: a worker thread with its own connection checkpoints the file
 * every `intervalMs` (PASSIVE: it never blocks a writer), so a sale or a scan never pays for copying the WAL
 * back and syncing the database file. The serving connection keeps only a far-off automatic checkpoint as a
 * safety net, should the worker stop.
 */
export function startBackgroundCheckpointer(
  db: Db,
  options: { intervalMs?: number; safetyNetPages?: number } = {},
): { stop: () => Promise<void>; nextCheckpoint: () => Promise<void> } {
  if (db.memory) return { stop: () => Promise.resolve(), nextCheckpoint: () => Promise.resolve() };
  db.pragma(`wal_autocheckpoint = ${options.safetyNetPages ?? 20_000}`);
  const worker = sqliteThread(WORKER, { file: db.name, intervalMs: options.intervalMs ?? 200 });
  worker.unref();
  // A failed checkpoint (another program's lock, a full disk) is retried at the next interval; a crash of the
  // thread itself must not become an unhandled 'error' event, which would end the core.
  worker.on('message', (message: unknown) => console.error('[checkpointer]', String(message)));
  worker.on('error', (error) => console.error('[checkpointer] stopped:', error));
  return {
    /** Resolves after the next timed checkpoint that starts after this call: everything written before it is in it. */
    nextCheckpoint: () =>
      new Promise<void>((resolve) => {
        worker.ref();
        const heard = (message: unknown) => {
          if (message !== 'checkpointed') return;
          worker.off('message', heard);
          worker.unref();
          resolve();
        };
        worker.on('message', heard);
        worker.postMessage('notify');
      }),
    stop: () =>
      new Promise<void>((resolve) => {
        worker.ref();
        worker.once('exit', () => resolve());
        worker.postMessage('stop');
      }),
  };
}
