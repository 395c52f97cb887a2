import { LoginThrottle, PER_ADDRESS, PER_USER, type ThrottleOptions } from './login-throttle';

/**
 * Per username across every source: past `freeAttempts` failures in the window, PIN checks of that username from
 * sources it never logged in from are spaced out (baseLockMs doubling up to maxLockMs) instead of locked, so a
 * guesser spread over many addresses is slowed to a crawl while no one can lock the real user out.
 */
export const PER_USER_GLOBAL: ThrottleOptions = { freeAttempts: 10, windowMs: 15 * 60_000, baseLockMs: 1_000, maxLockMs: 30_000 };

export interface LoginAttempt {
  username: string;
  /** See loginSource(): the device or address the attempt comes from. */
  source: string;
  address: string;
  /** This username has logged in from this source before: the global slow-down does not apply to it. */
  knownSource: boolean;
}

export type LoginRefusal = { reason: 'locked' | 'slowed' | 'busy'; retryAfterMs: number };

/** The slot of one PIN check: finish() with its outcome, exactly once. */
export interface LoginTicket {
  finish(success: boolean): void;
}

const userSourceKey = (username: string, source: string) => `${username.toLowerCase()}\n${source}`;

/**
 * Login throttling that holds under parallel load and cannot be turned against users:
 * - the attempt is counted as failed before the PIN is checked, and given back only when it succeeds, so
 *   requests racing the scrypt wait cannot slip past the count;
 * - one PIN check per username at a time: a parallel attempt for the same username is refused, not queued;
 * - the lock is per username and source: wrong PINs from one device do not lock the user on another;
 * - per username globally, a slow-down (never a lock) for sources the user never logged in from;
 * - per address, a looser lock across usernames (one device trying many names).
 */
export class LoginGuard {
  private readonly perUserSource = new LoginThrottle(PER_USER);
  private readonly perAddress = new LoginThrottle(PER_ADDRESS);
  private readonly perUser = new LoginThrottle(PER_USER_GLOBAL);
  private readonly checking = new Set<string>();
  private readonly lastCheckAt = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Takes the one PIN-check slot of this username, counting the attempt as failed until finished; or says why not. */
  begin(attempt: LoginAttempt): LoginTicket | LoginRefusal {
    const now = this.now();
    const user = attempt.username.toLowerCase();
    const pair = userSourceKey(user, attempt.source);
    const locked = Math.max(this.perUserSource.retryAfter(pair, now), this.perAddress.retryAfter(attempt.address, now));
    if (locked > 0) return { reason: 'locked', retryAfterMs: locked };
    if (!attempt.knownSource) {
      const gap = this.slowDownGap(user, now);
      const wait = (this.lastCheckAt.get(user) ?? Number.NEGATIVE_INFINITY) + gap - now;
      if (wait > 0) return { reason: 'slowed', retryAfterMs: wait };
    }
    if (this.checking.has(user)) return { reason: 'busy', retryAfterMs: 1_000 };
    this.checking.add(user);
    this.lastCheckAt.set(user, now);
    this.perUserSource.recordFailure(pair, now);
    this.perAddress.recordFailure(attempt.address, now);
    this.perUser.recordFailure(user, now);
    let finished = false;
    return {
      finish: (success) => {
        if (finished) return;
        finished = true;
        this.checking.delete(user);
        if (!success) return;
        this.perUserSource.recordSuccess(pair);
        this.perAddress.forgiveOne(attempt.address);
        this.perUser.forgiveOne(user);
      },
    };
  }

  /** A manager lifts every lock and slow-down of a username. */
  unlock(username: string): void {
    const user = username.toLowerCase();
    this.perUserSource.clear((key) => key.startsWith(`${user}\n`));
    this.perUser.clear((key) => key === user);
    this.lastCheckAt.delete(user);
  }

  /** The spacing now required between PIN checks of a username from unknown sources (0 while under the free attempts). */
  private slowDownGap(user: string, now: number): number {
    const over = this.perUser.failures(user, now) - PER_USER_GLOBAL.freeAttempts;
    return over > 0 ? Math.min(PER_USER_GLOBAL.maxLockMs, PER_USER_GLOBAL.baseLockMs * 2 ** Math.min(over - 1, 30)) : 0;
  }
}
