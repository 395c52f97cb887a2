import type { SyncTuning } from './options';

/**
 * Online or offline. A few network failures in a row with no success between mean the platform cannot be
 * reached: records stop being sent, and a probe goes out after a growing interval; the first answer of any
 * kind means it is back.
 */
export class Connectivity {
  state: 'online' | 'offline' = 'online';
  /** When the current state began. */
  since: number;
  nextProbeAt: number | null = null;
  private failures = 0;
  private probeDelay: number;

  constructor(
    private readonly tuning: SyncTuning,
    now: number,
  ) {
    this.since = now;
    this.probeDelay = tuning.probe.initialMs;
  }

  /** An answer came back; true when that ends an offline spell. */
  reached(now: number): boolean {
    this.failures = 0;
    if (this.state === 'online') return false;
    this.state = 'online';
    this.since = now;
    this.nextProbeAt = null;
    this.probeDelay = this.tuning.probe.initialMs;
    return true;
  }

  /** A network failure; true when it switches the worker offline. */
  unreachable(now: number): boolean {
    this.failures++;
    if (this.state === 'offline' || this.failures < this.tuning.offlineAfter) return false;
    this.state = 'offline';
    this.since = now;
    this.probeDelay = this.tuning.probe.initialMs;
    this.nextProbeAt = now + this.probeDelay;
    return true;
  }

  /** A probe found the platform still unreachable: the next one waits longer. */
  probeFailed(now: number): void {
    this.probeDelay = Math.min(this.tuning.probe.maxMs, this.probeDelay * this.tuning.probe.factor);
    this.nextProbeAt = now + this.probeDelay;
  }

  /** "Sync now": probe at once, and from the shortest interval again. */
  probeSoon(now: number): void {
    if (this.state !== 'offline') return;
    this.probeDelay = this.tuning.probe.initialMs;
    this.nextProbeAt = now;
  }
}
