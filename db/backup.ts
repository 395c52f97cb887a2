import Database from 'better-sqlite3';
import { statSync } from 'node:fs';
import { createPrivately } from './open';
import { checkInBackground } from './integrity-check';

/** Copies a live database with SQLite's online backup, then checks the copy's integrity. */
export async function backupDatabase(source: string, destination: string): Promise<{ pages: number; bytes: number }> {
  const db = new Database(source, { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  try {
    // A backup holds what the database holds: its owner's only, like the database.
    createPrivately(destination);
    const progress = await db.backup(destination);
    // On a thread of its own: checking the 2 GB copy of a million tickets held the serving thread for a minute.
    const check = await checkInBackground(destination, 'integrity_check', { holdsProcess: true });
    if (check !== 'ok') throw new Error(`the copy failed its integrity check: ${check}`);
    return { pages: progress.totalPages, bytes: statSync(destination).size };
  } finally {
    db.close();
  }
}
