// Browser-safe (no imports but the rules' types): exits, and what a ticket's last scan says of re-entry. The core
// judges with it online (exit.ts, check-in.ts through rules.ts) and a gate device judges from its cache with the
// same functions offline, so the two agree on who may go out and who may come back in.
import type { GateTicketFacts } from './rules';

/** An entry: when and at which gate. */
export interface Passage {
  at: number;
  gateName: string;
}

/**
 * The entry a ticket is inside on, if any: its last entry when no exit came after it. The last scan decides
 * (entered → inside; went out → outside, until it enters again).
 */
export function insideOn(lastEntry: Passage | null, lastExitAt: number | null): Passage | null {
  if (lastEntry === null) return null;
  return lastExitAt === null || lastEntry.at > lastExitAt ? lastEntry : null;
}

export type ExitDecision =
  | { verdict: 'wrong_session' | 'refunded' }
  /** No entry since its last exit (or never entered): nothing to record. */
  | { verdict: 'not_inside'; lastExitAt: number | null }
  /** Going out: `exit` may come back (the session allows re-entry), `exit_final` may not. */
  | { verdict: 'exit' | 'exit_final' };

/** The verdict for a ticket scanned at an exit gate of `sessionIds`. Exits are judged at any hour (people leave when they leave). */
export function decideExit(t: Pick<GateTicketFacts, 'sessionId' | 'lineStatus' | 'allowReentry' | 'inside'>, sessionIds: readonly string[], lastExitAt: number | null): ExitDecision {
  if (!sessionIds.includes(t.sessionId)) return { verdict: 'wrong_session' };
  if (t.lineStatus === 'refunded') return { verdict: 'refunded' };
  if (t.inside === null) return { verdict: 'not_inside', lastExitAt };
  return { verdict: t.allowReentry ? 'exit' : 'exit_final' };
}

/** Re-entry without going out first is refused: a ticket passed back over the fence must not bring in a second person. */
export function stillInside(t: Pick<GateTicketFacts, 'firstEntry' | 'allowReentry' | 'inside'>): { verdict: 'still_inside'; lastEntry: Passage } | null {
  return t.firstEntry !== null && t.allowReentry && t.inside !== null ? { verdict: 'still_inside', lastEntry: t.inside } : null;
}
