import { createHmac, randomBytes } from 'node:crypto';
import { getRow, run } from '../../../../db/statements';
import type { Db } from '../../../../db/open';
import { normalizeIdNumber } from '../../personal-data/id-document';

/**
 * The ID hash a gate device holds for a ticket: HMAC-SHA256 under the session's own random key of
 * `idType:number`, first 16 hex characters. The device computes the same of a shown document (WebCrypto,
 * renderer/src/gate/offline/id-hash.ts) and compares; it never holds the number nor the core's hashing key.
 */
export function deviceIdHash(keyHex: string, idType: string, idNumber: string): string {
  return createHmac('sha256', Buffer.from(keyHex, 'hex')).update(`${idType}:${normalizeIdNumber(idNumber)}`).digest('hex').slice(0, 16);
}

/** The session's device hash key, made on first use. Inside a transaction. */
export function sessionHashKey(db: Db, sessionId: string): string {
  const found = getRow<{ key: string }>(db, 'SELECT hash_key AS key FROM gate_session_keys WHERE session_id = ?', sessionId);
  if (found) return found.key;
  const key = randomBytes(32).toString('hex');
  run(db, 'INSERT INTO gate_session_keys (session_id, hash_key) VALUES (?, ?)', sessionId, key);
  return key;
}
