import { EXCLUSIVE_FAULTS, NO_FAULTS, checkTotal, formatFaultSpec, parseFaultSpec, type ExclusiveFault, type FaultSpec } from './spec';
import { mulberry32 } from '../../seeded-random';

/** What happens to one platform call. */
export interface FaultDecision {
  /** Inside an outage window: HTTP 503 until `outageEnd`. */
  outageEnd: number | null;
  fault: ExclusiveFault | null;
  /** Latency plus a slow answer, if drawn. */
  delayMs: number;
  slow: boolean;
}

/**
 * The sandbox's fault injection, changeable while it runs (in-process, or through the admin
 * endpoint). Decides per call which fault, if any, replaces the platform's answer.
 */
export class FaultController {
  private current: FaultSpec = NO_FAULTS;
  private random: () => number = Math.random;
  private authenticatedCalls = 0;
  private readonly expireListeners: (() => void)[] = [];

  constructor(
    spec: string | FaultSpec = NO_FAULTS,
    private readonly now: () => number = Date.now,
  ) {
    this.set(spec);
  }

  /** The spec in force. */
  get spec(): FaultSpec {
    return this.current;
  }

  /** The spec in force, in the `--faults` grammar. */
  describe(): string {
    return formatFaultSpec(this.current);
  }

  /** Replaces the whole spec. */
  set(spec: string | FaultSpec): void {
    const next = typeof spec === 'string' ? parseFaultSpec(spec, this.now()) : spec;
    checkTotal(next);
    this.current = next;
    this.random = next.seed === null ? Math.random : mulberry32(next.seed);
    this.authenticatedCalls = 0;
  }

  /** Changes only the items given; outage windows are added to the existing ones. */
  merge(spec: string): void {
    const given = parseFaultSpec(spec, this.now());
    const mentioned = (key: string): boolean => new RegExp(`(^|,)\\s*${key}\\s*=`).test(spec);
    const merged: FaultSpec = {
      rates: { ...this.current.rates, ...given.rates },
      slow: mentioned('slow') ? given.slow : this.current.slow,
      latencyMs: mentioned('latency') ? given.latencyMs : this.current.latencyMs,
      expireEvery: mentioned('expire-every') ? given.expireEvery : this.current.expireEvery,
      outages: [...this.current.outages, ...given.outages],
      seed: mentioned('seed') ? given.seed : this.current.seed,
    };
    this.set(merged);
  }

  /** No faults at all. */
  clear(): void {
    this.set(NO_FAULTS);
  }

  /** Sets the latency added to every call (the sync benchmark uses 20 ms). */
  setLatency(ms: number): void {
    this.set({ ...this.current, latencyMs: Math.max(0, Math.round(ms)) });
  }

  /** Expires every token now; the next authenticated call gets 4200. */
  expireTokensNow(): void {
    for (const listener of this.expireListeners) listener();
  }

  /** Registers what "expire every token" means (the server revokes them in its store). */
  onExpireTokens(listener: () => void): void {
    this.expireListeners.push(listener);
  }

  /** Draws the fault for one platform call. */
  decide(): FaultDecision {
    const now = this.now();
    const outage = this.current.outages.find((o) => now >= o.start && now < o.end);
    if (outage) return { outageEnd: outage.end, fault: null, delayMs: this.current.latencyMs, slow: false };
    let fault: ExclusiveFault | null = null;
    let draw = this.random();
    for (const kind of EXCLUSIVE_FAULTS) {
      const rate = this.current.rates[kind] ?? 0;
      if (draw < rate) {
        fault = kind;
        break;
      }
      draw -= rate;
    }
    const slow = this.current.slow.rate > 0 && this.random() < this.current.slow.rate;
    return { outageEnd: null, fault, delayMs: this.current.latencyMs + (slow ? this.current.slow.ms : 0), slow };
  }

  /** Counts an authenticated call; true when this one is the N-th of `expire-every=N`. */
  countAuthenticatedCall(): boolean {
    if (this.current.expireEvery <= 0) return false;
    this.authenticatedCalls++;
    return this.authenticatedCalls % this.current.expireEvery === 0;
  }
}
