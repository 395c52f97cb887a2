// Browser-safe (zod only): what a gate device asks for to keep its cache, and the scans it judged offline.
import { z } from 'zod';
import { entityId } from '../../catalog/schemas';
import { VERDICTS, type Verdict } from '../verdicts';

const sessionIds = z.array(entityId).min(1, 'choose at least one session').max(20);
/** A device's or a scan's own id: made on the device, the key that makes an upload count once. */
const clientKey = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, '8 to 64 letters, digits, - or _');

export const gateCacheInput = z.object({
  sessionIds,
  /** The last change the device holds (0: none yet, the whole sessions). */
  after: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(5000).default(5000),
});
export type GateCacheInput = z.output<typeof gateCacheInput>;

/**
 * The layout of a device's cached ticket tuple (cache-page.ts `CachedTicket`). A device whose stored cache has an
 * older one keeps using it (offline it is all there is) and reads its sessions again from the start at its next
 * refresh, so every ticket gains the newer fields. 2: concessions (issue 20).
 */
export const CACHE_FORMAT = 2;

const verdicts = Object.keys(VERDICTS) as [Verdict, ...Verdict[]];

export const offlineScan = z.object({
  clientId: clientKey,
  /** The ticket code judged (normalized); for an entry by ID document alone, the code of the ticket it found. */
  code: z.string().trim().min(1).max(64),
  sessionIds,
  /** When the device judged it (its clock corrected to the core's): the admission's time. */
  scannedAt: z.number().int().min(0),
  verdict: z.enum(verdicts),
  entry: z.enum(['device', 'manual']).default('device'),
  checkingType: z.enum(['code', 'id_document']).default('code'),
});
export type OfflineScan = z.output<typeof offlineScan>;

export const offlineUploadInput = z.object({
  deviceId: clientKey,
  gateName: z.string().trim().min(1, 'required').max(50, 'at most 50 characters'),
  /** In the order the device judged them. */
  scans: z.array(offlineScan).min(1).max(500),
});
export type OfflineUploadInput = z.output<typeof offlineUploadInput>;

export const gateConflictsInput = z.object({ sessionIds });
export type GateConflictsInput = z.output<typeof gateConflictsInput>;
