import type { Core } from '../core';
import { SYSTEM_ACTOR } from '../auth/actor';
import type { DomainContext } from '../../boxoffice/context';
import { nextReleaseAt, releaseDueHolds } from '../../boxoffice/named-holds/release-due';

export interface ReleaseTimerOptions {
  /** Releases what is due; answers the sessions whose seats changed. */
  release: () => { sessionIds: string[] };
  /** When the next release is due (maybe past), or null. */
  next: () => number | null;
  clock: () => number;
  onReleased: (sessionIds: string[]) => void;
  onError: (error: unknown) => void;
  /** The longest sleep: a session moved or a clock changed is seen within it. */
  maxWaitMs?: number;
}

const MAX_WAIT_MS = 30_000;

/**
 * Sleeps until the next named hold is due to go back on sale, releases it, and sleeps again. Woken early when
 * holds change (`poke`). Nothing it does can end the core: a failure (a locked database) is reported and the
 * next look comes after the usual wait.
 */
export class NamedHoldReleaseTimer {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private stopped = true;

  constructor(private readonly options: ReleaseTimerOptions) {}

  start(): void {
    this.stopped = false;
    this.tick();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** Holds changed: look again now rather than at the end of the current sleep. */
  poke(): void {
    if (!this.stopped) this.schedule();
  }

  /** One look: release what is due, then sleep until the next. Public for tests that move the clock. */
  tick(): void {
    try {
      const { sessionIds } = this.options.release();
      if (sessionIds.length > 0) this.options.onReleased(sessionIds);
    } catch (error) {
      this.report(error);
    }
    this.schedule();
  }

  private schedule(): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    const maxWait = this.options.maxWaitMs ?? MAX_WAIT_MS;
    let wait = maxWait;
    try {
      const next = this.options.next();
      if (next !== null) wait = Math.min(maxWait, Math.max(0, next - this.options.clock()));
    } catch (error) {
      this.report(error);
    }
    this.timer = setTimeout(() => this.tick(), wait);
    this.timer.unref();
  }

  private report(error: unknown): void {
    try {
      this.options.onError(error);
    } catch {
      // The report itself failed: nothing more to do here; the next look still comes.
    }
  }
}

const timers = new WeakMap<Core, NamedHoldReleaseTimer>();

/** Starts the core's release timer (the composition root calls it once); answers how to stop it. */
export function startNamedHoldReleases(core: Core): () => void {
  const ctx: DomainContext = { db: core.db, clock: core.clock, cipher: core.cipher, actor: SYSTEM_ACTOR };
  const timer = new NamedHoldReleaseTimer({
    release: () => releaseDueHolds(ctx),
    next: () => nextReleaseAt(ctx),
    clock: core.clock,
    onReleased: (sessionIds) => {
      for (const sessionId of sessionIds) core.events.publish('seats.changed', { sessionId });
    },
    onError: (error) => console.error('[named holds] the automatic release failed; it is tried again shortly:', error),
  });
  timers.set(core, timer);
  timer.start();
  return () => timer.stop();
}

/** Wakes the core's release timer after holds changed (a new release time may be sooner). */
export function pokeNamedHoldReleases(core: Core): void {
  timers.get(core)?.poke();
}
