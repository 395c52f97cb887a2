// Browser-safe: zod and the fee arithmetic only.
import { z } from 'zod';
import { entityId, fen } from '../catalog/schemas';
import { MAX_REFUND_STEPS, scheduleIssues } from './fee-steps';

const reason = z.string().trim().min(1, 'required').max(200, 'at most 200 characters');

const refundSelection = {
  orderId: entityId,
  /** Some tickets of the order; all its live tickets when omitted. */
  orderLineIds: z.array(entityId).min(1).max(50).optional(),
};

export const refundInput = z.object({
  ...refundSelection,
  /** Reported to the platform (`reason`, at most 200 characters). */
  reason,
  /** The scheduled fee of the quote shown to the buyer (refunds.quote): refused with FEE_CHANGED if a fee step passed since. */
  expectedFeeFen: fen.optional(),
  /** A manager's fee for the whole refund instead of the schedule's (at most the scheduled fee), with the reason: audited. */
  feeOverride: z.object({ feeFen: fen, reason }).optional(),
});
export type RefundInput = z.input<typeof refundInput>;

/** What a refund of these tickets would pay back and keep, before it is confirmed. */
export const refundQuoteInput = z.object(refundSelection);
export type RefundQuoteInput = z.input<typeof refundQuoteInput>;

export const refundStepInput = z.object({
  hoursBefore: z.number().int('whole hours').min(0, 'cannot be negative').max(8784, 'at most a year'),
  refundPercent: z.number().int('a whole percent').min(0, 'at least 0').max(100, 'at most 100'),
});

/**
 * A performance's refund fee schedule, e.g. 168 h → 100%, 72 h → 80%, 24 h → 50% (nothing after that).
 * Empty: no fee. Once tickets are sold, it can only change in the buyers' favour.
 */
export const setRefundScheduleInput = z
  .object({ performanceId: entityId, steps: z.array(refundStepInput).max(MAX_REFUND_STEPS, `at most ${MAX_REFUND_STEPS} steps`) })
  .superRefine((input, ctx) => {
    for (const issue of scheduleIssues(input.steps)) ctx.addIssue({ code: 'custom', path: issue.path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)), message: issue.message });
  });
export type SetRefundScheduleInput = z.input<typeof setRefundScheduleInput>;
