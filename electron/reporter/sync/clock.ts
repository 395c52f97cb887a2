/** Time as the worker sees it: every wait goes through here, so tests can run hours of backoff in seconds. */
export interface Clock {
  now(): number;
  /** Calls `fn` after `ms` milliseconds of this clock's time. */
  setTimer(fn: () => void, ms: number): TimerHandle;
  clearTimer(handle: TimerHandle): void;
}

export type TimerHandle = ReturnType<typeof setTimeout>;

/** The wall clock. */
export const realClock: Clock = {
  now: () => Date.now(),
  setTimer: (fn, ms) => setTimeout(fn, Math.max(0, ms)),
  clearTimer: (handle) => clearTimeout(handle),
};

/**
 * A clock running `factor` times faster than the wall clock from `start` on (tests: a two-minute outage
 * passes in two seconds at factor 60). Give the same clock to the sandbox so both agree on the time.
 */
export function acceleratedClock(factor: number, start: number = Date.now()): Clock {
  const origin = Date.now();
  return {
    now: () => start + Math.round((Date.now() - origin) * factor),
    setTimer: (fn, ms) => setTimeout(fn, Math.max(0, ms / factor)),
    clearTimer: (handle) => clearTimeout(handle),
  };
}
