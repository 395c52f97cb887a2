import { app, safeStorage } from 'electron';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The personal-data key under the desktop app: 32 random bytes kept encrypted by the operating
 * system's keychain (Electron safeStorage) in the user data folder, never in the database.
 * Resolves null where no keychain is available; the core then keeps a 0600 key file instead.
 */
export async function loadDataKey(): Promise<Buffer | null> {
  if (!(await safeStorage.isAsyncEncryptionAvailable())) return null;
  const file = join(app.getPath('userData'), 'personal-data.key.enc');
  if (existsSync(file)) {
    const { result, shouldReEncrypt } = await safeStorage.decryptStringAsync(readFileSync(file));
    // The keychain rotated its own key: store ours again under the new one.
    if (shouldReEncrypt) writeFileSync(file, await safeStorage.encryptStringAsync(result), { mode: 0o600 });
    return Buffer.from(result, 'base64');
  }
  const key = randomBytes(32);
  writeFileSync(file, await safeStorage.encryptStringAsync(key.toString('base64')), { mode: 0o600, flag: 'wx' });
  return key;
}
