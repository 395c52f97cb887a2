import { createHash } from 'node:crypto';
import { randomToken } from '../../../db/ids';
import type { Db } from '../../../db/open';
import { deleteAuthSession, deleteAuthSessionsOfUserOnDevice, deleteExpiredAuthSessions, findAuthSession, insertAuthSession, touchAuthSession, type AuthSessionRow } from '../../../db/auth-sessions';
import { findUserById, type UserRow } from '../../../db/users';
import { storageTrouble } from '../../../db/storage-errors';
import { authStamp } from '../../../db/auth-stamp';

/** A login lasts while it is used: 12 idle hours cover the longest shift, then it ends. */
export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000;
/** However busy, a login ends 12 hours after it began: a stolen cookie is not good for ever. */
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
// Writing last_seen on every request would cost a write per scan at the gate; once a minute is enough.
const TOUCH_EVERY_MS = 60 * 1000;

/** The stored form of a bearer secret (session cookie, device credential, pairing code): its SHA-256. */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('base64url');

export interface LiveSession {
  tokenHash: string;
  user: UserRow;
  expiresAt: number;
  /** The paired device the login belongs to; null for the core's own PC. */
  deviceId: string | null;
}

/**
 * Login sessions kept in SQLite (they survive a restart of the core); only a hash of the cookie is stored. Every
 * request resolves its login, so live ones are also kept in memory with their user: the memory is dropped whenever
 * a logout, PIN reset, deactivation, revocation or another process may have changed them (db/auth-stamp.ts), and
 * expiry is judged on every request from the kept times, as from the row.
 */
export class SessionStore {
  // Keyed by the cookie's value, so a kept login costs no hash either (the value is in memory with every request anyway).
  private readonly live = new Map<string, { tokenHash: string; row: AuthSessionRow; user: UserRow }>();
  private stamp = '';

  constructor(private readonly db: Db) {}

  /** `deviceId`: the paired device the login is made on (null on the core's own PC); the login is valid there only. */
  create(userId: string, address: string, userAgent: string, now = Date.now(), deviceId: string | null = null): { token: string; expiresAt: number } {
    const token = randomToken(32);
    const expiresAt = now + Math.min(SESSION_IDLE_MS, SESSION_ABSOLUTE_MS);
    // One live login per user per paired device: logging in again ends the one left open there. The core's own PC
    // (no device) may hold several windows of one user (the desktop app, a browser, two gates on one screen): theirs
    // end by logout, PIN reset or the 12-hour limit. An address and browser name cannot tell two of them apart.
    if (deviceId !== null) deleteAuthSessionsOfUserOnDevice(this.db, userId, deviceId);
    insertAuthSession(this.db, { tokenHash: hashToken(token), userId, createdAt: now, lastSeenAt: now, expiresAt, address, userAgent: userAgent.slice(0, 200), deviceId });
    return { token, expiresAt };
  }

  /** The live session of a cookie value, sliding its expiry; undefined when unknown, expired or the user is deactivated. */
  resolve(token: string | undefined, now = Date.now()): LiveSession | undefined {
    if (!token || token.length > 100) return undefined;
    const stamp = authStamp(this.db);
    if (stamp !== this.stamp) {
      this.live.clear();
      this.stamp = stamp;
    }
    const kept = this.live.get(token);
    const tokenHash = kept?.tokenHash ?? hashToken(token);
    const row = kept?.row ?? findAuthSession(this.db, tokenHash);
    if (!row) return undefined;
    if (row.expiresAt <= now || now - row.createdAt >= SESSION_ABSOLUTE_MS) {
      this.live.delete(token);
      try {
        deleteAuthSession(this.db, tokenHash);
      } catch (error) {
        if (!storageTrouble(error)) throw error;
      }
      return undefined;
    }
    const user = kept?.user ?? findUserById(this.db, row.userId);
    if (!user?.active) return undefined;
    if (!kept) this.live.set(token, { tokenHash, row, user });
    if (now - row.lastSeenAt >= TOUCH_EVERY_MS) {
      // A read must work while another program holds the write lock or the disk is full: the touch waits for later.
      const next = Math.min(now + SESSION_IDLE_MS, row.createdAt + SESSION_ABSOLUTE_MS);
      try {
        touchAuthSession(this.db, tokenHash, now, next);
        // The kept row follows the stored one (a touch changes no one's rights, so it leaves the stamp alone).
        this.live.set(token, { tokenHash, row: { ...row, lastSeenAt: now, expiresAt: next }, user });
        return { tokenHash, user, expiresAt: next, deviceId: row.deviceId };
      } catch (error) {
        if (!storageTrouble(error)) throw error;
      }
    }
    return { tokenHash, user, expiresAt: row.expiresAt, deviceId: row.deviceId };
  }

  end(tokenHash: string): void {
    for (const [token, kept] of this.live) if (kept.tokenHash === tokenHash) this.live.delete(token);
    deleteAuthSession(this.db, tokenHash);
  }

  sweep(now = Date.now()): number {
    return deleteExpiredAuthSessions(this.db, now);
  }
}
