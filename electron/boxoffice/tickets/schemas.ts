// Browser-safe: zod only.
import { z } from 'zod';
import { entityId } from '../catalog/schemas';

export const reprintInput = z.object({
  orderLineIds: z.array(entityId).min(1).max(50),
  reason: z.string().trim().min(1, 'required').max(200, 'at most 200 characters'),
  /** A lost ticket: the old code stops working at the gate and a new one is printed. */
  voidPrevious: z.boolean().default(false),
});
export type ReprintInput = z.input<typeof reprintInput>;

export const exchangeInput = z.object({ orderLineIds: z.array(entityId).min(1).max(50) });
export type ExchangeInput = z.input<typeof exchangeInput>;
