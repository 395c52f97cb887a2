// The settings large mode forces stay forced: a performance update cannot relax them while the mode is on.
import { getLargeState } from '../../../db/large';
import type { DomainContext } from '../context';
import { BoxOfficeError } from '../errors';

const FORCED = { realNameMode: 'per_ticket', gateIdCheck: true, limitPerIdSession: 1 } as const;

/** Refuses LARGE_MODE_RULE when `next` (the performance as it would be) breaks a rule of its large mode. */
export function assertLargeRulesKept(ctx: DomainContext, performanceId: string, next: { realNameMode: string; gateIdCheck: boolean; limitPerIdSession: number | null }): void {
  if (getLargeState(ctx.db, performanceId)?.large !== 1) return;
  const field = (Object.keys(FORCED) as (keyof typeof FORCED)[]).find((key) => next[key] !== FORCED[key]);
  if (field === undefined) return;
  throw new BoxOfficeError(
    'LARGE_MODE_RULE',
    'This is a large performance: tickets are sold with one ID per ticket, one ticket per ID per session, and the gate checks the ID. Switch large mode off first to change that.',
    { rule: 'large_mode', field, required: FORCED[field] },
  );
}
