import Database from 'better-sqlite3';
import { loadMigrations } from './migrate';

/** What a backup file holds, checked before anything is overwritten. */
export function inspectBackup(file: string): { schemaVersion: number; integrity: string } {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return { schemaVersion: db.pragma('user_version', { simple: true }) as number, integrity: String(db.pragma('integrity_check', { simple: true })) };
  } finally {
    db.close();
  }
}

/**
 * Copies a backup over the live database with SQLite's backup API, page by page under SQLite's own
 * locks, so connections that stay open (the core's) see the restored content at their next read.
 * Refuses a damaged backup or one written by a newer app; nothing is changed then.
 */
export async function restoreDatabase(backupFile: string, liveFile: string): Promise<{ pages: number }> {
  const { schemaVersion, integrity } = inspectBackup(backupFile);
  if (integrity !== 'ok') throw new Error(`the backup is damaged (integrity check: ${integrity}); nothing was restored`);
  const known = loadMigrations().at(-1)?.version ?? 0;
  if (schemaVersion > known) throw new Error(`the backup was made by a newer boxoffice (schema ${schemaVersion}, this app knows ${known}); nothing was restored`);
  const source = new Database(backupFile, { readonly: true, fileMustExist: true });
  try {
    const progress = await source.backup(liveFile);
    return { pages: progress.totalPages };
  } finally {
    source.close();
  }
}
