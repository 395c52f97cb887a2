import { ApiClientError } from '../api/client';
import { call } from '../api/client';
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
  /** Every call of the gate reports here whether the core answered. */
  noteOutcome: (error: unknown) => void;
}

export const createGateLinkSlice: GateSlice<GateLinkSlice> = (set, get) => ({
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
  noteOutcome: (error) => {
    // Any answer from the core, even a refusal, proves the link; only a failed request (NETWORK) does not.
    const lost = error instanceof ApiClientError && error.code === 'NETWORK';
    const { core } = get();
    if (lost && core !== 'lost') set({ core: 'lost', lostSince: Date.now() });
    if (!lost && core !== 'ok') set({ core: 'ok', lostSince: null });
  },
});

/** Runs a call of the gate, recording whether the core answered. */
export async function tracked<T>(get: () => GateState, work: Promise<T>): Promise<T> {
  try {
    const result = await work;
    get().noteOutcome(null);
    return result;
  } catch (error) {
    get().noteOutcome(error);
    throw error;
  }
}

/** This device's clock, corrected to the core's. */
export const coreNow = (state: Pick<GateState, 'clockOffset'>): number => Date.now() + state.clockOffset;
