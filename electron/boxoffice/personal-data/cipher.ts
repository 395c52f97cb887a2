import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

/** What each encrypted or hashed value is, bound into the ciphertext so one column's value cannot be replayed in another. */
export type Purpose = 'name' | 'id_number' | 'phone' | 'id_document' | 'id_last4' | 'id_last6' | 'phone_last4' | 'platform_secret' | 'platform_token' | 'key_check' | 'sms_secret';

/** Encrypts personal data at rest and hashes it for search; the key lives outside the database. */
export interface PersonalDataCipher {
  encrypt(plaintext: string, purpose: Purpose): Buffer;
  /** Throws when the blob was altered, or was made with another key or for another purpose. */
  decrypt(blob: Uint8Array, purpose: Purpose): string;
  /** A keyed hash (HMAC-SHA256, 128 bits, base64url): equal inputs give equal hashes, and nobody without the key can test a guess. */
  hash(value: string, purpose: Purpose): string;
}

const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;
export const KEY_BYTES = 32;

/** AES-256-GCM with a random 96-bit nonce per value; blob = version ‖ nonce ‖ tag ‖ ciphertext. */
export function createPersonalDataCipher(key: Uint8Array): PersonalDataCipher {
  if (key.length !== KEY_BYTES) throw new Error(`the personal-data key must be ${KEY_BYTES} bytes, got ${key.length}`);
  // Separate subkeys, so the search hashes reveal nothing about the encryption key and vice versa.
  const encryptionKey = Buffer.from(hkdfSync('sha256', key, 'boxoffice', 'personal-data aes-256-gcm v1', KEY_BYTES));
  const hashKey = Buffer.from(hkdfSync('sha256', key, 'boxoffice', 'personal-data hmac-sha256 v1', KEY_BYTES));
  return {
    encrypt(plaintext, purpose) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', encryptionKey, iv);
      cipher.setAAD(Buffer.from(purpose));
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return Buffer.concat([Buffer.of(VERSION), iv, cipher.getAuthTag(), body]);
    },
    decrypt(blob, purpose) {
      const data = Buffer.from(blob.buffer, blob.byteOffset, blob.byteLength);
      if (data.length < 1 + IV_BYTES + TAG_BYTES || data[0] !== VERSION) throw new Error('not a personal-data ciphertext');
      const decipher = createDecipheriv('aes-256-gcm', encryptionKey, data.subarray(1, 1 + IV_BYTES));
      decipher.setAAD(Buffer.from(purpose));
      decipher.setAuthTag(data.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES));
      return Buffer.concat([decipher.update(data.subarray(1 + IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
    },
    hash(value, purpose) {
      return createHmac('sha256', hashKey).update(`${purpose}\u0000${value}`).digest().subarray(0, 16).toString('base64url');
    },
  };
}
