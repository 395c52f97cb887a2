import { randomBytes } from 'node:crypto';
import { createPersonalDataCipher, type PersonalDataCipher } from '../../boxoffice/personal-data/cipher';
import { loadOrCreateKeyFile } from '../../boxoffice/personal-data/key-file';

/** The box office's key file: beside the database, as `FILE.key` (mode 0600), never inside it. */
export const keyFileFor = (dbFile: string): string => `${dbFile}.key`;

/** The cipher for secrets at rest (personal data, the platform secret), keyed by the database's key file. */
export function loadCoreCipher(dbFile: string): PersonalDataCipher {
  if (dbFile === ':memory:') return createPersonalDataCipher(randomBytes(32));
  return createPersonalDataCipher(loadOrCreateKeyFile(keyFileFor(dbFile)).key);
}
