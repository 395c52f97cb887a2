// Browser-safe: zod only.
import { z } from 'zod';
import { entityId } from '../catalog/schemas';
import { ID_TYPES } from '../personal-data/id-document';

const gateFields = {
  /** The name of this gate (东门, 2号口...), kept per device by the gate screen. */
  gateName: z.string().trim().min(1, 'required').max(50, 'at most 50 characters'),
  /** The sessions this gate admits. */
  sessionIds: z.array(entityId).min(1, 'choose at least one session').max(20),
  /** How the code or document reached us: a scanner or reader (authType 2 device) or typed by hand (authType 1 manual). */
  entry: z.enum(['device', 'manual']).default('device'),
  /** After the warning "this document already entered with another ticket": the gate admits anyway (refused at large performances). */
  allowSameId: z.boolean().optional(),
};

export const checkInInput = z.object({
  ...gateFields,
  /** What the scanner read or the gate typed: the ticket code, dashes and spaces allowed. */
  code: z.string().trim().min(1, 'required').max(200),
  /** For a real-name performance: the holder's document as entered or read at the gate, checked against the ticket. */
  idType: z.enum(ID_TYPES).optional(),
  idNumber: z.string().trim().min(1).max(32).optional(),
});
export type CheckInInput = z.input<typeof checkInInput>;
/** A scan as the boundary parsed it: what checkIn judges. */
export type Scan = z.output<typeof checkInInput>;

export const checkInBatchInput = z.object({ scans: z.array(checkInInput).min(1).max(200) });
export type CheckInBatchInput = z.input<typeof checkInBatchInput>;
export type ScanBatch = z.output<typeof checkInBatchInput>;

/** Entry by ID document alone (real-name performances): the holder's next unused ticket is admitted. */
export const checkInByIdInput = z.object({ ...gateFields, idType: z.enum(ID_TYPES), idNumber: z.string().trim().min(1).max(32) });
export type CheckInByIdInput = z.input<typeof checkInByIdInput>;

export const gateStatsInput = z.object({ gateName: gateFields.gateName, sessionIds: gateFields.sessionIds, bucketMinutes: z.number().int().min(1).max(60).default(5) });
export type GateStatsInput = z.input<typeof gateStatsInput>;

/** The manager's choice: gate verdicts show holders' full names instead of masked ones (default masked). */
export const gateHolderNameInput = z.object({ fullName: z.boolean() });
export type GateHolderNameSetting = z.output<typeof gateHolderNameInput>;
