import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import { z } from 'zod';

/**
 * The personal-data key as a backup may carry it: encrypted (AES-256-GCM) under a key derived with scrypt from a
 * passphrase the manager chose and keeps apart from the backups. Without the passphrase the backup's names and ID
 * numbers stay unreadable; with it, a backup can be restored on a new machine.
 */
export const wrappedKeySchema = z.object({
  v: z.literal(1),
  kdf: z.literal('scrypt'),
  N: z.number().int().min(1024),
  r: z.number().int().min(1),
  p: z.number().int().min(1),
  salt: z.string(),
  iv: z.string(),
  tag: z.string(),
  data: z.string(),
});
export type WrappedKey = z.infer<typeof wrappedKeySchema>;

// 64 MiB and ≈ 0.2 s per attempt: cheap once per backup setting or restore, dear for a guesser.
const PARAMS = { N: 1 << 16, r: 8, p: 1 } as const;
const AAD = Buffer.from('boxoffice personal-data key v1');

export class WrongPassphraseError extends Error {
  override name = 'WrongPassphraseError';
  constructor() {
    super('the passphrase does not open this backup’s key');
  }
}

function derive(passphrase: string, salt: Buffer, params: { N: number; r: number; p: number }): Buffer {
  return scryptSync(passphrase.normalize('NFKC'), salt, 32, { ...params, maxmem: 256 * params.N * params.r });
}

export function wrapKey(key: Buffer, passphrase: string): WrappedKey {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', derive(passphrase, salt, PARAMS), iv);
  cipher.setAAD(AAD);
  const data = Buffer.concat([cipher.update(key), cipher.final()]);
  const b64 = (b: Buffer) => b.toString('base64');
  return { v: 1, kdf: 'scrypt', ...PARAMS, salt: b64(salt), iv: b64(iv), tag: b64(cipher.getAuthTag()), data: b64(data) };
}

/** The key inside, or WrongPassphraseError (GCM's tag makes a wrong passphrase certain, never a wrong key). */
export function unwrapKey(wrapped: WrappedKey, passphrase: string): Buffer {
  const buf = (s: string) => Buffer.from(s, 'base64');
  const decipher = createDecipheriv('aes-256-gcm', derive(passphrase, buf(wrapped.salt), wrapped), buf(wrapped.iv));
  decipher.setAAD(AAD);
  decipher.setAuthTag(buf(wrapped.tag));
  try {
    return Buffer.concat([decipher.update(buf(wrapped.data)), decipher.final()]);
  } catch {
    throw new WrongPassphraseError();
  }
}
