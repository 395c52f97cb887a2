import Database from 'better-sqlite3';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Db } from '../../../db/open';
import { deleteSetting, readSetting, writeSetting } from '../../../db/settings';
import { createPersonalDataCipher } from '../../boxoffice/personal-data/cipher';
import { keyCheckOf, readKeyCheck } from '../../boxoffice/personal-data/key-check';
import { unwrapKey, wrapKey, wrappedKeySchema, type WrappedKey } from '../../boxoffice/personal-data/key-wrap';

const WRAPPED_KEY = 'backups.wrapped_key';

/** The file beside a backup that holds its wrapped key (never the key itself). */
export const wrappedKeyFileOf = (backupFile: string): string => backupFile.replace(/\.db$/, '.key.json');

/** The data key wrapped with the manager's backup passphrase, or null when backups carry no key. */
export function readWrappedKey(db: Db): WrappedKey | null {
  const parsed = wrappedKeySchema.safeParse(readSetting(db, WRAPPED_KEY));
  return parsed.success ? parsed.data : null;
}

/** Sets (or with null, removes) the passphrase backups wrap the key with; only the wrapped key is stored. */
export function setBackupPassphrase(db: Db, dataKey: Buffer, passphrase: string | null): void {
  if (passphrase === null) deleteSetting(db, WRAPPED_KEY);
  else writeSetting(db, WRAPPED_KEY, wrapKey(dataKey, passphrase));
}

/** Writes the wrapped key beside a new backup, readable by its owner only. */
export function writeWrappedKeyFile(backupFile: string, wrapped: WrappedKey): void {
  writeFileSync(wrappedKeyFileOf(backupFile), JSON.stringify(wrapped), { mode: 0o600, flag: 'wx' });
}

/** The wrapped key beside a backup, if it has one. */
export function readWrappedKeyFile(backupFile: string): WrappedKey | null {
  const file = wrappedKeyFileOf(backupFile);
  return existsSync(file) ? wrappedKeySchema.parse(JSON.parse(readFileSync(file, 'utf8'))) : null;
}

/** The key check recorded in a backup file (null for a backup without personal data yet). */
export function backupKeyCheck(backupFile: string): string | null {
  const db = new Database(backupFile, { readonly: true, fileMustExist: true });
  try {
    const check = readKeyCheck(db);
    return typeof check === 'string' ? check : null;
  } finally {
    db.close();
  }
}

/** Whether `key` is the one a backup's data was encrypted with (true when the backup recorded none). */
export function keyFitsBackup(backupFile: string, key: Buffer): boolean {
  const check = backupKeyCheck(backupFile);
  return check === null || check === keyCheckOf(createPersonalDataCipher(key));
}

/** Opens a backup's wrapped key with the passphrase, and makes sure it is the key of that backup's data. */
export function keyOfBackup(backupFile: string, passphrase: string): Buffer {
  const wrapped = readWrappedKeyFile(backupFile);
  if (!wrapped) throw new Error(`the backup ${backupFile} carries no key: it can only be restored where its key file (or the app's keychain) is`);
  const key = unwrapKey(wrapped, passphrase);
  if (!keyFitsBackup(backupFile, key)) throw new Error('the key beside this backup is not the key of its data');
  return key;
}
