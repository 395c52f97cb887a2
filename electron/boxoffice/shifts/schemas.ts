// Browser-safe: zod only.
import { z } from 'zod';
import { entityId, fen } from '../catalog/schemas';

export const openShiftInput = z.object({ floatFen: fen.max(100_000_000) });
export type OpenShiftInput = z.input<typeof openShiftInput>;

/** The actor's open shift when `shiftId` is omitted. */
export const shiftReportInput = z.object({ shiftId: entityId.optional() });
export type ShiftReportInput = z.input<typeof shiftReportInput>;

export const closeShiftInput = z.object({
  shiftId: entityId.optional(),
  /** The cash counted in the drawer at closing. */
  countedCashFen: fen.max(100_000_000),
  note: z.string().trim().max(200, 'at most 200 characters').default(''),
});
export type CloseShiftInput = z.input<typeof closeShiftInput>;
