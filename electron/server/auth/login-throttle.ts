/**
 * Failed-login throttling: after `freeAttempts` failures of one key within the window, each
 * further failure locks that key for a doubling period (30 s, 60 s, ... 15 min).
 * Kept in memory: a restart forgives, but the audit log keeps every failure.
 */
export interface ThrottleOptions {
  freeAttempts: number;
  windowMs: number;
  baseLockMs: number;
  maxLockMs: number;
}

/** Per username: a PIN of 4 digits must not be guessable. */
export const PER_USER: ThrottleOptions = { freeAttempts: 5, windowMs: 15 * 60_000, baseLockMs: 30_000, maxLockMs: 15 * 60_000 };
/**
 * Per address: looser, because every user of one PC shares 127.0.0.1 and one clerk's typos must not
 * lock the whole window; it still stops one device from trying many usernames.
 */
export const PER_ADDRESS: ThrottleOptions = { freeAttempts: 20, windowMs: 15 * 60_000, baseLockMs: 30_000, maxLockMs: 15 * 60_000 };

interface Entry {
  failures: number;
  firstAt: number;
  lockedUntil: number;
}

export class LoginThrottle {
  private readonly entries = new Map<string, Entry>();
  private readonly options: ThrottleOptions;

  constructor(options: ThrottleOptions) {
    this.options = options;
  }

  /** Milliseconds until a login may be tried for this key; 0 when allowed. */
  retryAfter(key: string, now = Date.now()): number {
    return Math.max(0, (this.entries.get(key)?.lockedUntil ?? 0) - now);
  }

  recordFailure(key: string, now = Date.now()): void {
    let entry = this.entries.get(key);
    if (!entry || now - entry.firstAt > this.options.windowMs) entry = { failures: 0, firstAt: now, lockedUntil: 0 };
    entry.failures += 1;
    const over = entry.failures - this.options.freeAttempts;
    if (over > 0) entry.lockedUntil = now + Math.min(this.options.maxLockMs, this.options.baseLockMs * 2 ** (over - 1));
    this.entries.set(key, entry);
    if (this.entries.size > 10_000) this.prune(now);
  }

  recordSuccess(key: string): void {
    this.entries.delete(key);
  }

  /** Takes back one failure counted ahead of a check that then succeeded (and the lock it alone caused). */
  forgiveOne(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    entry.failures = Math.max(0, entry.failures - 1);
    if (entry.failures <= this.options.freeAttempts) entry.lockedUntil = 0;
  }

  /** Failures of this key in its current window. */
  failures(key: string, now = Date.now()): number {
    const entry = this.entries.get(key);
    return entry && now - entry.firstAt <= this.options.windowMs ? entry.failures : 0;
  }

  /** Forgets every key for which `matches` holds (a manager unlocked a user). */
  clear(matches: (key: string) => boolean): void {
    for (const key of [...this.entries.keys()]) if (matches(key)) this.entries.delete(key);
  }

  private prune(now: number): void {
    for (const [key, entry] of this.entries) {
      if (entry.lockedUntil < now && now - entry.firstAt > this.options.windowMs) this.entries.delete(key);
    }
  }
}
