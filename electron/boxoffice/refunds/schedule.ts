import type { z } from 'zod';
import { getPerformance } from '../../../db/catalog';
import { hasLiveTickets, listRefundSteps, replaceRefundSteps } from '../../../db/refunds';
import type { DomainContext } from '../context';
import { BoxOfficeError, notFound } from '../errors';
import { audit, inTransaction } from '../service';
import { sortSteps, worseForBuyers, type RefundStep } from './fee-steps';
import type { setRefundScheduleInput } from './schemas';

export interface RefundScheduleView {
  performanceId: string;
  /** Earliest step first; empty: refunds carry no fee. */
  steps: RefundStep[];
}

/**
 * Sets a performance's refund fee schedule (published to buyers). Once tickets are sold it can only change in the
 * buyers' favour: they bought under the schedule they were shown. Manager only; audited.
 */
export function setRefundSchedule(ctx: DomainContext, input: z.output<typeof setRefundScheduleInput>): RefundScheduleView {
  const { performanceId, steps } = input;
  return inTransaction(ctx, () => {
    if (!getPerformance(ctx.db, performanceId)) throw notFound('performance', performanceId);
    const current = listRefundSteps(ctx.db, performanceId);
    const next = sortSteps(steps);
    if (hasLiveTickets(ctx.db, performanceId)) {
      const worse = worseForBuyers(current, next);
      if (worse) {
        throw new BoxOfficeError(
          'REFUND_SCHEDULE_LOCKED',
          `Tickets were already sold under the published schedule: it can only change in the buyers' favour, and ${worse.hoursBefore} hours before the start this refunds ${worse.newPercent}% instead of ${worse.currentPercent}%.`,
          { field: 'steps', ...worse },
        );
      }
    }
    replaceRefundSteps(ctx.db, performanceId, next);
    audit(ctx, 'performance.refund_schedule', performanceId, { from: current, to: next });
    return { performanceId, steps: listRefundSteps(ctx.db, performanceId) };
  });
}
