// Pure (no DOM): the gate's setup, kept per device (a gate PC or phone stays "东门" across logins and restarts).

export interface GateSetup {
  gateName: string;
  sessionIds: string[];
  /** An exit gate scans tickets going out (issue 20); absent means an entrance. */
  direction?: 'entry' | 'exit';
}

/** The part of `localStorage` used here, so tests can pass a map. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export const SETUP_KEY = 'boxoffice.gate.setup';
export const EMPTY_SETUP: GateSetup = { gateName: '', sessionIds: [] };

/** What was saved, or nothing: a damaged or foreign value must not keep the gate from starting. */
export function readSetup(store: KeyValueStore): GateSetup {
  let value: unknown;
  try {
    value = JSON.parse(store.getItem(SETUP_KEY) ?? 'null');
  } catch {
    return EMPTY_SETUP;
  }
  if (typeof value !== 'object' || value === null) return EMPTY_SETUP;
  const { gateName, sessionIds, direction } = value as Record<string, unknown>;
  return {
    ...(direction === 'exit' && { direction: 'exit' as const }),
    gateName: typeof gateName === 'string' ? gateName.trim().slice(0, 50) : '',
    sessionIds: Array.isArray(sessionIds) ? sessionIds.filter((id): id is string => typeof id === 'string').slice(0, 20) : [],
  };
}

export function writeSetup(store: KeyValueStore, setup: GateSetup): void {
  try {
    store.setItem(SETUP_KEY, JSON.stringify({ gateName: setup.gateName.trim(), sessionIds: setup.sessionIds, ...(setup.direction === 'exit' && { direction: 'exit' }) }));
  } catch {
    // Private mode or a full quota: the setup lasts until the page is reloaded.
  }
}

/** A gate is ready to scan once it has a name and at least one session that still exists. */
export const isReady = (setup: GateSetup): boolean => setup.gateName.trim() !== '' && setup.sessionIds.length > 0;
