// Browser-safe: zod only.
import { z } from 'zod';
import { entityId } from '../catalog/schemas';

export const holdSeatsInput = z.object({
  sessionId: entityId,
  ticketIds: z.array(entityId).min(1).max(100),
  /** Adds the seats to this hold (the clerk's current selection); a new hold otherwise. */
  holdId: entityId.optional(),
});
export type HoldSeatsInput = z.input<typeof holdSeatsInput>;

export const releaseHoldInput = z.object({
  holdId: entityId,
  /** Only these seats; the whole hold when omitted. */
  ticketIds: z.array(entityId).min(1).max(100).optional(),
});
export type ReleaseHoldInput = z.input<typeof releaseHoldInput>;

export const bestAvailableInput = z.object({
  sessionId: entityId,
  /** Left out: any price (the best seats of the session, whatever their tier). */
  priceTierId: entityId.optional(),
  count: z.number().int().min(1, 'at least 1').max(20, 'at most 20 seats together'),
  /** How many of them must be accessible places; with 0 those are kept for the people who need them. */
  accessible: z.number().int().min(0).max(20).default(0),
  /** Adds the seats found to this hold. */
  holdId: entityId.optional(),
}).refine((q) => q.accessible <= q.count, { path: ['accessible'], error: 'no more accessible places than seats' });
export type BestAvailableInput = z.input<typeof bestAvailableInput>;
