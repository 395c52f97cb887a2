import type { Core } from '../core';

/**
 * Tells the gate screens and the manager that a session's counters moved (an admission, an exit, an offline
 * upload). Folded per session (EventBus.publishFolded): during a rush each screen hears of a session at most every
 * FOLD_MS, named by the gate of the latest change, and it re-reads its counters then.
 */
export function announceAdmission(core: Core, sessionId: string, gateName: string): void {
  core.events.publishFolded('gate.admitted', sessionId, { sessionId, gateName });
}
