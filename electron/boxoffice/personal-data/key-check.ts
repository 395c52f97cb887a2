import type { Db } from '../../../db/open';
import { readSetting, writeSetting } from '../../../db/settings';
import type { PersonalDataCipher } from './cipher';

const KEY_CHECK = 'personal_data.key_check';

/** The database's data was encrypted with another key than the one this process holds. */
export class DataKeyMismatchError extends Error {
  constructor(where: string) {
    super(
      `this database was encrypted with another personal-data key than ${where}: names, ID numbers and the platform secret could not be read, so nothing was changed. ` +
        'A database of the desktop app keeps its key in the system keychain; use the app (or a backup taken with its key file) instead.',
    );
    this.name = 'DataKeyMismatchError';
  }
}

/**
 * Makes sure a process only ever writes a database with the key its data was encrypted with. The first process
 * stores a keyed hash of a constant (it reveals nothing about the key); every later one compares. Without it, a tool
 * run beside the desktop app's database would quietly make a key of its own and write data nobody could read.
 */
export function verifyDataKey(db: Db, cipher: PersonalDataCipher, where: string, now: number = Date.now()): void {
  const expected = keyCheckOf(cipher);
  const stored = readKeyCheck(db);
  if (stored === undefined || stored === null) {
    // A database from before the check: its first encrypted name (or the platform secret) decides, so a wrong key
    // is never recorded as the right one.
    const name = db.prepare('SELECT name_enc FROM persons LIMIT 1').get() as { name_enc: Buffer } | undefined;
    const platform = readSetting(db, 'platform.settings');
    const secret = typeof platform === 'object' && platform !== null && 'secretEnc' in platform && typeof platform.secretEnc === 'string' ? platform.secretEnc : null;
    try {
      if (name) cipher.decrypt(name.name_enc, 'name');
      else if (secret) cipher.decrypt(Buffer.from(secret, 'base64'), 'platform_secret');
    } catch {
      throw new DataKeyMismatchError(where);
    }
    writeSetting(db, KEY_CHECK, expected, now);
    return;
  }
  if (stored !== expected) throw new DataKeyMismatchError(where);
}

/** The keyed hash a database records of the key its data is encrypted with (it reveals nothing about the key). */
export function keyCheckOf(cipher: PersonalDataCipher): string {
  return cipher.hash('boxoffice personal-data key', 'key_check');
}

/** The key check a database (a live one or a backup) recorded, if any. */
export function readKeyCheck(db: Db): unknown {
  return readSetting(db, KEY_CHECK);
}
