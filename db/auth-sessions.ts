import { statement } from './statements';
import type { Db } from './open';
import { noteAuthChange } from './auth-stamp';

export interface AuthSessionRow {
  tokenHash: string;
  userId: string;
  createdAt: number;
  lastSeenAt: number;
  expiresAt: number;
  address: string;
  /** The paired device the login was made on; null for the core's own PC. */
  deviceId: string | null;
}

export function insertAuthSession(db: Db, row: AuthSessionRow & { userAgent: string }): void {
  statement(
    db,
    `INSERT INTO auth_sessions (token_hash, user_id, created_at, last_seen_at, expires_at, address, user_agent, device_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(row.tokenHash, row.userId, row.createdAt, row.lastSeenAt, row.expiresAt, row.address, row.userAgent, row.deviceId);
}

export function findAuthSession(db: Db, tokenHash: string): AuthSessionRow | undefined {
  const row = statement(db, 'SELECT token_hash, user_id, created_at, last_seen_at, expires_at, address, device_id FROM auth_sessions WHERE token_hash = ?')
    .get(tokenHash) as
    | { token_hash: string; user_id: string; created_at: number; last_seen_at: number; expires_at: number; address: string; device_id: string | null }
    | undefined;
  return (
    row && {
      tokenHash: row.token_hash,
      userId: row.user_id,
      createdAt: row.created_at,
      lastSeenAt: row.last_seen_at,
      expiresAt: row.expires_at,
      address: row.address,
      deviceId: row.device_id,
    }
  );
}

export function touchAuthSession(db: Db, tokenHash: string, lastSeenAt: number, expiresAt: number): void {
  statement(db, 'UPDATE auth_sessions SET last_seen_at = ?, expires_at = ? WHERE token_hash = ?').run(lastSeenAt, expiresAt, tokenHash);
}

export function deleteAuthSession(db: Db, tokenHash: string): void {
  noteAuthChange(db);
  statement(db, 'DELETE FROM auth_sessions WHERE token_hash = ?').run(tokenHash);
}

export function deleteAuthSessionsOfUser(db: Db, userId: string): void {
  noteAuthChange(db);
  statement(db, 'DELETE FROM auth_sessions WHERE user_id = ?').run(userId);
}

export function deleteExpiredAuthSessions(db: Db, now: number): number {
  noteAuthChange(db);
  return statement(db, 'DELETE FROM auth_sessions WHERE expires_at <= ?').run(now).changes;
}

/** Ends a user's sessions on one paired device: a new login there replaces them. */
export function deleteAuthSessionsOfUserOnDevice(db: Db, userId: string, deviceId: string): number {
  noteAuthChange(db);
  return statement(db, 'DELETE FROM auth_sessions WHERE user_id = ? AND device_id = ?').run(userId, deviceId).changes;
}
