import type { z } from 'zod';
// Large-performance mode: a manager's choice (auto, on, off) and the approved audiences of the sessions decide it;
// switching it on forces one ID per ticket, one ticket per ID per session and the ID check at the gate.
import { getSession } from '../../../db/catalog';
import { duplicateIdsOf, getLargeState, listLargeSessionsOf, setApprovedAudience as storeAudience, setLargeInForce, setLargeModeChoice } from '../../../db/large';
import { getRow } from '../../../db/statements';
import type { DomainContext } from '../context';
import { BoxOfficeError, notFound } from '../errors';
import { audit, inTransaction } from '../service';
import { assertWithinCap } from './held-share';
import { largeByAudience, rulesView, type PerformanceRulesView } from './rules';
import type { setApprovedAudienceInput, setLargeModeInput } from './schemas';
import { LARGE_AUDIENCE_THRESHOLD } from './schemas';

/** Sold tickets must already obey the rules before they are switched on: they cannot be applied to the past. */
function assertCompatible(ctx: DomainContext, performanceId: string, realNameMode: string): void {
  const orders = getRow<{ n: number }>(ctx.db, 'SELECT count(*) AS n FROM orders WHERE performance_id = ?', performanceId)?.n ?? 0;
  if (orders > 0 && realNameMode !== 'per_ticket') {
    throw new BoxOfficeError(
      'LARGE_MODE_CONFLICT',
      `${orders} orders of this performance were sold without one ID per ticket: large-performance mode can no longer be switched on. Set it off, with a reason, if the rules do not apply.`,
      { reason: 'real_name_mode', realNameMode, orders },
    );
  }
  const duplicate = duplicateIdsOf(ctx.db, performanceId)[0];
  if (duplicate) {
    const orderIds = JSON.parse(duplicate.orderIds) as string[];
    throw new BoxOfficeError(
      'LARGE_MODE_CONFLICT',
      'One ID document already holds several tickets of one session: large-performance mode (one ticket per ID per session) can only be switched on once those are refunded.',
      { reason: 'one_ticket_per_id', sessionId: duplicate.sessionId, orderIds },
    );
  }
}

/**
 * Inside a transaction: puts the rules in force, or lifts them, as the choice and the audiences now say.
 * Refuses (rolling back whatever changed them) when sold tickets or held counts contradict the rules.
 */
export function applyLargeMode(ctx: DomainContext, performanceId: string): boolean {
  const state = getLargeState(ctx.db, performanceId);
  if (!state) throw notFound('performance', performanceId);
  const large = state.largeMode === 'on' || (state.largeMode === 'auto' && largeByAudience(state));
  if (large === (state.large === 1)) return large;
  if (large) assertCompatible(ctx, performanceId, state.realNameMode);
  setLargeInForce(ctx.db, performanceId, large, ctx.clock());
  if (large) {
    for (const session of listLargeSessionsOf(ctx.db, performanceId)) if (session.status === 'normal') assertWithinCap(ctx, session.sessionId);
  }
  audit(ctx, large ? 'performance.large_on' : 'performance.large_off', performanceId, { mode: state.largeMode, maxApprovedAudience: state.maxAudience });
  return large;
}

/** A manager's choice of mode; `off` needs a reason when an approved audience reaches 5,000. Audited. */
export function setLargeMode(ctx: DomainContext, input: z.output<typeof setLargeModeInput>): PerformanceRulesView {
  const { performanceId, mode, reason } = input;
  return inTransaction(ctx, () => {
    const state = getLargeState(ctx.db, performanceId);
    if (!state) throw notFound('performance', performanceId);
    if (mode === 'off' && largeByAudience(state) && reason === '') {
      const message = `An approved audience of ${state.maxAudience ?? 0} (${LARGE_AUDIENCE_THRESHOLD} or more) puts this performance under the large-performance rules: say why they do not apply.`;
      throw new BoxOfficeError('VALIDATION', `reason: ${message}`, { issues: [{ path: 'reason', message }] });
    }
    setLargeModeChoice(ctx.db, performanceId, mode, reason, ctx.clock());
    audit(ctx, 'performance.large_mode', performanceId, { mode, reason });
    applyLargeMode(ctx, performanceId);
    return rulesView(ctx, performanceId);
  });
}

/** The approved audience of a session (the permit's figure): the base of its 15% cap and of the mode on `auto`. Audited. */
export function setApprovedAudience(ctx: DomainContext, input: z.output<typeof setApprovedAudienceInput>): PerformanceRulesView {
  const { sessionId, approvedAudience } = input;
  return inTransaction(ctx, () => {
    const session = getSession(ctx.db, sessionId);
    if (!session) throw notFound('session', sessionId);
    storeAudience(ctx.db, sessionId, approvedAudience, ctx.clock());
    audit(ctx, 'session.approved_audience', sessionId, { approvedAudience });
    applyLargeMode(ctx, session.performanceId);
    assertWithinCap(ctx, sessionId);
    return rulesView(ctx, session.performanceId);
  });
}
