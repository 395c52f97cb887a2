import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import type { Db } from '../../../db/open';
import { createPersonalDataCipher, type PersonalDataCipher } from '../../boxoffice/personal-data/cipher';
import { verifyDataKey } from '../../boxoffice/personal-data/key-check';
import { loadOrCreateKeyFile } from '../../boxoffice/personal-data/key-file';

/** The box office's key file: beside the database, as `FILE.key` (mode 0600), never inside it. */
export const keyFileFor = (dbFile: string): string => `${dbFile}.key`;

/**
 * The cipher for secrets at rest (personal data, the platform secret), keyed by the database's key file and
 * checked against the key the database's data was written with. A key file made just now for a database that
 * already has another key (the desktop app's, in the system keychain) is removed again, so it cannot mislead.
 */
export function loadCoreCipher(dbFile: string, db: Db): PersonalDataCipher {
  if (dbFile === ':memory:') return createPersonalDataCipher(randomBytes(32));
  const path = keyFileFor(dbFile);
  const { key, created } = loadOrCreateKeyFile(path);
  const cipher = createPersonalDataCipher(key);
  try {
    verifyDataKey(db, cipher, `the key file ${path}`);
  } catch (error) {
    if (created) rmSync(path, { force: true });
    throw error;
  }
  return cipher;
}

/** For tools that need the key only on some paths (a sandbox needs none): loaded and checked once, on first use. */
export function lazyCoreCipher(dbFile: string, db: Db): () => PersonalDataCipher {
  let cipher: PersonalDataCipher | undefined;
  return () => (cipher ??= loadCoreCipher(dbFile, db));
}
