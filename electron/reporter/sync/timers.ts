import type { Clock, TimerHandle } from './clock';

/** The worker's timers by name: one of each at a time, all cleared at once when it stops. */
export class NamedTimers {
  private readonly handles = new Map<string, TimerHandle>();

  constructor(
    private readonly clock: Clock,
    /** Timers are only set while this holds (the worker runs). */
    private readonly active: () => boolean,
    /** What a timer's error becomes: a timer never throws into the event loop (that would end the process). */
    private readonly onError: (error: unknown) => void = (error) => console.error('[sync] timer failed:', error),
  ) {}

  /** Calls `fn` after `ms`, replacing a timer of the same name. */
  later(name: string, ms: number, fn: () => void): void {
    if (!this.active()) return;
    this.cancel(name);
    this.handles.set(
      name,
      this.clock.setTimer(() => {
        this.handles.delete(name);
        try {
          fn();
        } catch (error) {
          this.onError(error);
        }
      }, ms),
    );
  }

  /** Calls `fn` every `ms` until cancelled. */
  repeat(name: string, ms: number, fn: () => void): void {
    this.later(name, ms, () => {
      // Set again first: a round that fails must not end the repetition.
      this.repeat(name, ms, fn);
      fn();
    });
  }

  has(name: string): boolean {
    return this.handles.has(name);
  }

  cancel(name: string): void {
    const handle = this.handles.get(name);
    if (handle === undefined) return;
    this.clock.clearTimer(handle);
    this.handles.delete(name);
  }

  clearAll(): void {
    for (const handle of this.handles.values()) this.clock.clearTimer(handle);
    this.handles.clear();
  }
}

/** Calls `push` at most once per `intervalMs`, however often it is poked; `now()` pushes at once. */
export class Throttle {
  private last = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly timers: NamedTimers,
    private readonly name: string,
    private readonly intervalMs: number,
    private readonly clock: Clock,
    private readonly push: () => void,
  ) {}

  poke(): void {
    if (this.timers.has(this.name)) return;
    this.timers.later(this.name, Math.max(0, this.last + this.intervalMs - this.clock.now()), () => this.emit());
  }

  now(): void {
    this.timers.cancel(this.name);
    this.emit();
  }

  private emit(): void {
    this.last = this.clock.now();
    this.push();
  }
}

/** Runs `fn` in a later turn of the event loop (`setImmediate`), once however often it is asked for before then. */
export class NextTurn {
  private scheduled = false;

  constructor(private readonly fn: () => void) {}

  request(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.fn();
    });
  }
}
