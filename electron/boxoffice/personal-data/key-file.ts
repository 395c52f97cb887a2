import { randomBytes } from 'node:crypto';
import { closeSync, fstatSync, openSync, readFileSync, statSync, writeSync } from 'node:fs';
import { KEY_BYTES } from './cipher';

/**
 * The personal-data key for headless mode: 32 random bytes in a file of its own, created with
 * mode 0600 and never inside the database. A key file that other users can read is refused on POSIX.
 */
export function loadOrCreateKeyFile(path: string): { key: Buffer; created: boolean } {
  let created = false;
  try {
    const fd = openSync(path, 'wx', 0o600);
    try {
      writeSync(fd, randomBytes(KEY_BYTES));
      // umask can only remove bits, but make sure no looser mode came from elsewhere
      if (process.platform !== 'win32' && (fstatSync(fd).mode & 0o077) !== 0) throw new Error(`could not restrict ${path} to its owner`);
    } finally {
      closeSync(fd);
    }
    created = true;
  } catch (error) {
    if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error;
  }
  if (process.platform !== 'win32') {
    const mode = statSync(path).mode & 0o777;
    if ((mode & 0o077) !== 0) {
      throw new Error(
        `the key file ${path} is readable by other users (mode ${mode.toString(8).padStart(4, '0')}); ` +
          `restrict it with "chmod 600 ${path}" and check who may have copied it`,
      );
    }
  }
  const key = readFileSync(path);
  if (key.length !== KEY_BYTES) throw new Error(`the key file ${path} holds ${key.length} bytes, not ${KEY_BYTES}: it is not a boxoffice key`);
  return { key, created };
}
