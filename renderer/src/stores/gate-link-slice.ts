import { ApiClientError } from '../api/client';
import { call } from '../api/client';
import { LinkHealth } from '../gate/offline/link-health';
import type { GateSlice, GateState } from './gate-store';

export type CoreLink = 'unknown' | 'ok' | 'lost';

export interface GateLinkSlice {
  /** Whether this screen can reach the core (the gate may be a tablet on the venue LAN, the core on another PC). */
  core: CoreLink;
  lostSince: number | null;
  /** Whether the core's event stream (live counters) is connected. */
  pushLive: boolean;
  /** Server clock minus this device's clock: the chart's "now" follows the core. */
  clockOffset: number;
  /** Asks the core for its time: a heartbeat that also corrects the clock. */
  ping: () => Promise<void>;
  setPushLive: (live: boolean) => void;
  /** Every call of the gate reports here whether the core answered, and how fast. */
  noteOutcome: (error: unknown, ms: number) => void;
}

export const createGateLinkSlice: GateSlice<GateLinkSlice> = (set, get) => {
  const health = new LinkHealth();
  return {
    core: 'unknown',
    lostSince: null,
    pushLive: false,
    clockOffset: 0,
    ping: async () => {
      const sent = Date.now();
      try {
        const { now } = await tracked(get, call('sessions.now', {}));
        // The answer was made somewhere between sending and receiving: assume the middle.
        set({ clockOffset: now - (sent + Date.now()) / 2 });
      } catch {
        // tracked() has recorded a lost link; anything else (a login gone) is handled by the frame.
      }
    },
    setPushLive: (live) => {
      if (get().pushLive !== live) set({ pushLive: live });
    },
    noteOutcome: (error, ms) => {
      // Any answer from the core, even a refusal, proves the link; only a failed request (NETWORK) does not. Slow
      // answers count against it too (link-health.ts): the gate then judges from its cache.
      const failed = error instanceof ApiClientError && error.code === 'NETWORK';
      if (!health.record({ ok: !failed, ms })) return;
      if (health.online === false) set({ core: 'lost', lostSince: Date.now() });
      else set({ core: 'ok', lostSince: null });
    },
  };
};

/** Runs a call of the gate, recording whether the core answered. */
export async function tracked<T>(get: () => GateState, work: Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    const result = await work;
    get().noteOutcome(null, performance.now() - started);
    return result;
  } catch (error) {
    get().noteOutcome(error, performance.now() - started);
    throw error;
  }
}

export { coreNow } from '../gate/core-clock';
