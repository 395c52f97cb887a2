// Browser-safe: zod only.
import { z } from 'zod';
import { entityId } from '../catalog/schemas';

export const refundInput = z.object({
  orderId: entityId,
  /** Some tickets of the order; all its live tickets when omitted. */
  orderLineIds: z.array(entityId).min(1).max(50).optional(),
  /** Reported to the platform (`reason`, at most 200 characters). */
  reason: z.string().trim().min(1, 'required').max(200, 'at most 200 characters'),
});
export type RefundInput = z.input<typeof refundInput>;
