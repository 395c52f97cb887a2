import { statement } from '../../db/statements';
import { randomToken } from '../../db/ids';
import { ACCESS_TOKEN_LENGTH } from '../reporter/wire/auth';
import type { SandboxDb } from './store';

/** Issues a new token (40 characters: 25 random bytes in base32). Earlier tokens stay valid until they expire. */
export function issueToken(db: SandboxDb, now: number, ttlSeconds: number): { accessToken: string; expiresIn: number } {
  const token = randomToken(25).slice(0, ACCESS_TOKEN_LENGTH);
  statement(db, 'INSERT INTO tokens (token, issued_at, expires_at) VALUES (?, ?, ?)').run(token, now, now + ttlSeconds * 1000);
  // Tokens long gone are of no use to anyone; keeping the table small keeps the check cheap.
  statement(db, 'DELETE FROM tokens WHERE expires_at < ?').run(now - 24 * 60 * 60 * 1000);
  return { accessToken: token, expiresIn: ttlSeconds };
}

/** Whether a token was issued here, is not revoked and has not expired. */
export function tokenValid(db: SandboxDb, token: unknown, now: number): boolean {
  if (typeof token !== 'string' || token === '') return false;
  const row = statement(db, 'SELECT expires_at, revoked FROM tokens WHERE token = ?').get(token) as { expires_at: number; revoked: number } | undefined;
  return row !== undefined && row.revoked === 0 && row.expires_at > now;
}

/** Expires every token now (forced expiry, for testing refresh). */
export function revokeAllTokens(db: SandboxDb): number {
  return statement(db, 'UPDATE tokens SET revoked = 1 WHERE revoked = 0').run().changes;
}

/** Token requests answered in the last 24 hours. */
export function tokensIssuedSince(db: SandboxDb, since: number): number {
  return (statement(db, 'SELECT count(*) AS n FROM tokens WHERE issued_at >= ?').get(since) as { n: number }).n;
}
