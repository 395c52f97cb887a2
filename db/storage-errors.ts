/**
 * Local storage trouble is a state of the machine, not a bug of the request: another program holds the
 * database's write lock (busy), or the disk is full. Both pass; callers answer "try again" and keep running.
 */
export type StorageTrouble = 'busy' | 'full';

const BUSY_CODES = /^SQLITE_(BUSY|LOCKED)(_|$)/;
const FULL_CODES = /^SQLITE_FULL$|^SQLITE_IOERR_(WRITE|FSYNC|SHMSIZE|TRUNCATE)$/;

/** 'busy', 'full', or null for any other error (better-sqlite3 and Node both put the reason in `code`). */
export function storageTrouble(error: unknown): StorageTrouble | null {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (BUSY_CODES.test(code)) return 'busy';
  if (FULL_CODES.test(code) || code === 'ENOSPC' || code === 'EDQUOT') return 'full';
  return null;
}
