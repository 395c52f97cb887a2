// Browser-safe: zod only. Exit scans and the inside counts (issue 20).
import { z } from 'zod';
import { checkInInput } from './schemas';
import { entityId } from '../catalog/schemas';

/** A ticket scanned at an exit gate: the same fields as an entry scan, without the ID document (nobody checks it going out). */
export const checkOutInput = checkInInput.pick({ gateName: true, sessionIds: true, entry: true, code: true });
export type CheckOutInput = z.input<typeof checkOutInput>;
export type ExitScan = z.output<typeof checkOutInput>;

/** Exits a gate device judged offline, uploaded once each by the device's id for the scan. */
export const uploadOfflineExitsInput = z.object({
  gateName: checkInInput.shape.gateName,
  exits: z
    .array(z.object({ clientId: z.string().min(8).max(64), code: z.string().trim().min(1).max(200), exitedAt: z.number().int().nonnegative() }))
    .min(1)
    .max(500),
});
export type UploadOfflineExitsInput = z.output<typeof uploadOfflineExitsInput>;

export const gatePresenceInput = z.object({ sessionIds: z.array(entityId).min(1).max(50) });
export type GatePresenceInput = z.output<typeof gatePresenceInput>;
