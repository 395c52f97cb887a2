import { getRow } from '../../../db/statements';
import type { DomainContext } from '../context';

/** The manager's setup in order: each step needs the ones before it. */
export const SETUP_STEPS = ['venue', 'hall', 'platform', 'performance', 'session', 'tickets', 'users'] as const;
export type SetupStep = (typeof SETUP_STEPS)[number];

export interface ChecklistView {
  steps: { step: SetupStep; done: boolean; count: number }[];
  /** The first step not done, or null when the box office is ready to sell. */
  next: SetupStep | null;
}

// How many of each a step has: a hall counts once it can be sold (its layout imported, or unseated with places).
const COUNTS: Record<SetupStep, string> = {
  venue: 'SELECT count(*) AS n FROM venues',
  hall: 'SELECT count(*) AS n FROM halls h WHERE h.has_seat = 0 OR EXISTS (SELECT 1 FROM seats s WHERE s.hall_id = h.id)',
  platform: 'SELECT count(*) AS n FROM performance_types',
  performance: 'SELECT count(*) AS n FROM performances',
  session: "SELECT count(*) AS n FROM sessions WHERE status <> 'cancelled'",
  tickets: "SELECT count(*) AS n FROM sessions WHERE status <> 'cancelled' AND tickets_generated_at IS NOT NULL",
  users: "SELECT count(*) AS n FROM users WHERE active = 1 AND role IN ('clerk', 'gate')",
};

/** What of the setup is done (venue → hall and layout → platform → performance → session → tickets → users). */
export function setupChecklist(ctx: DomainContext): ChecklistView {
  const steps = SETUP_STEPS.map((step) => {
    const count = getRow<{ n: number }>(ctx.db, COUNTS[step])?.n ?? 0;
    return { step, done: count > 0, count };
  });
  return { steps, next: steps.find((s) => !s.done)?.step ?? null };
}
