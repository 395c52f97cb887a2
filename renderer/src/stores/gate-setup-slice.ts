import { call } from '../api/client';
import type { SessionListItem } from '../../../electron/server/contract';
import { EMPTY_SETUP, readSetup, writeSetup, type GateSetup } from '../gate/setup/setup-storage';
import { coreNow, tracked } from './gate-link-slice';
import type { GateSlice } from './gate-store';

const HOUR = 3_600_000;

export interface GateSetupSlice {
  /** This gate's name and the sessions it admits, as saved on this device. */
  setup: GateSetup;
  /** Sessions a gate may admit: from those started half a day ago to a week ahead; null until loaded. */
  sessions: SessionListItem[] | null;
  /** The core's time when they were read: their entry states are as of then. */
  sessionsAt: number;
  sessionsError: unknown;
  loadSessions: () => Promise<void>;
  saveSetup: (setup: GateSetup) => void;
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export const createGateSetupSlice: GateSlice<GateSetupSlice> = (set, get) => {
  const store = storage();
  return {
    setup: store ? readSetup(store) : EMPTY_SETUP,
    sessions: null,
    sessionsAt: 0,
    sessionsError: null,
    loadSessions: async () => {
      const now = coreNow(get());
      try {
        const sessions = await tracked(get, call('sessions.list', { from: now - 12 * HOUR, to: now + 7 * 24 * HOUR }));
        set({ sessions, sessionsAt: now, sessionsError: null });
      } catch (error) {
        set({ sessionsError: error });
      }
    },
    saveSetup: (setup) => {
      const clean = { gateName: setup.gateName.trim(), sessionIds: [...new Set(setup.sessionIds)], ...(setup.direction === 'exit' && { direction: 'exit' as const }) };
      if (store) writeSetup(store, clean);
      // New sessions or a new name: the old counters and the last verdict belong to the old setup.
      set({ setup: clean, stats: null, statsAt: null, shown: null });
    },
  };
};
