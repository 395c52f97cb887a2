// Browser-safe: zod only.
import { z } from 'zod';
import { timestamp } from '../catalog/schemas';

export const salesReportInput = z
  .object({
    from: timestamp,
    to: timestamp,
    /** Width of the check-in chart's intervals. */
    bucketMinutes: z.number().int().min(1).max(240).default(15),
  })
  .refine((range) => range.to > range.from, { path: ['to'], error: 'the end must come after the start' })
  .refine((range) => range.to - range.from <= 366 * 86_400_000, { path: ['to'], error: 'at most a year at a time' });
export type SalesReportInput = z.input<typeof salesReportInput>;
