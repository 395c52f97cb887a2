import Database from 'better-sqlite3';
import { statSync } from 'node:fs';
import { createPrivately } from './open';

/** Copies a live database with SQLite's online backup, then checks the copy's integrity. */
export async function backupDatabase(source: string, destination: string): Promise<{ pages: number; bytes: number }> {
  const db = new Database(source, { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  try {
    // A backup holds what the database holds: its owner's only, like the database.
    createPrivately(destination);
    const progress = await db.backup(destination);
    const copy = new Database(destination, { readonly: true });
    try {
      const check = copy.pragma('integrity_check', { simple: true });
      if (check !== 'ok') throw new Error(`the copy failed its integrity check: ${String(check)}`);
    } finally {
      copy.close();
    }
    return { pages: progress.totalPages, bytes: statSync(destination).size };
  } finally {
    db.close();
  }
}
