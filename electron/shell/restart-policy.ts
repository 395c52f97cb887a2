/** How the desktop shell restarts a core that exits on its own. */
export interface RestartPolicy {
  /** The wait before the first restart; doubled after each fast failure. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** A core that ran less than this before exiting failed fast (it will likely fail again). */
  fastFailureMs: number;
  /** After this many fast failures in a row, the window tells the user (the restarts go on). */
  alertAfter: number;
}

export const DEFAULT_RESTART_POLICY: RestartPolicy = { baseDelayMs: 1_000, maxDelayMs: 30_000, fastFailureMs: 60_000, alertAfter: 3 };

/** What to do about one exit. */
export interface RestartDecision {
  delayMs: number;
  /** Fast failures in a row so far (0 after a core that ran a good while). */
  fastFailures: number;
  /** Tell the person at the window: the core keeps failing (first reached at `alertAfter`). */
  alert: boolean;
}

/**
 * Backoff for restarting the core: a core that ran a good while is restarted after the base delay; one that keeps
 * failing soon after start waits longer each time (doubling, capped), and after `alertAfter` such failures in a
 * row the window says so, once per streak. Pure, so it is tested without Electron.
 */
export class RestartTracker {
  private fast = 0;

  constructor(private readonly policy: RestartPolicy = DEFAULT_RESTART_POLICY) {}

  exited(startedAt: number, exitedAt: number): RestartDecision {
    const ranMs = exitedAt - startedAt;
    this.fast = ranMs < this.policy.fastFailureMs ? this.fast + 1 : 0;
    const delayMs = this.fast === 0 ? this.policy.baseDelayMs : Math.min(this.policy.maxDelayMs, this.policy.baseDelayMs * 2 ** Math.min(this.fast - 1, 20));
    return { delayMs, fastFailures: this.fast, alert: this.fast === this.policy.alertAfter };
  }
}
