/**
 * Runs requests one after the other, in the order they were asked for, so the core sees a clerk's holds and
 * releases in the clerk's order. A failed request does not stop the ones after it (its caller hears of it).
 * `lastSettledAt` tells a reload scheduler when this window last changed seats itself.
 */
export interface RequestQueue {
  run<T>(task: () => Promise<T>): Promise<T>;
  /** When the last request settled (the clock's ms), 0 before any. */
  readonly lastSettledAt: number;
}

export function createRequestQueue(now: () => number = Date.now): RequestQueue {
  let tail: Promise<unknown> = Promise.resolve();
  let lastSettledAt = 0;
  return {
    run<T>(task: () => Promise<T>): Promise<T> {
      const run = tail.then(task).finally(() => {
        lastSettledAt = now();
      });
      tail = run.catch(() => undefined);
      return run;
    },
    get lastSettledAt() {
      return lastSettledAt;
    },
  };
}

/** Right after this window's own change, the echo is mostly its own: wait longer, so a clicking clerk is not slowed by a reload per click. */
export const RELOAD_AFTER_OWN_MS = 900;
export const RELOAD_DEBOUNCE_MS = 200;
/** Whatever happens, another window's change shows within this. */
export const RELOAD_MAX_WAIT_MS = 2000;

/** How long to wait before reloading the map, given when a reload was first wanted and when this window last changed seats. */
export function reloadDelay(now: number, wantedSince: number, lastOwnChange: number): number {
  const wait = now - lastOwnChange < RELOAD_AFTER_OWN_MS ? RELOAD_AFTER_OWN_MS : RELOAD_DEBOUNCE_MS;
  return Math.max(0, Math.min(wait, wantedSince + RELOAD_MAX_WAIT_MS - now));
}
