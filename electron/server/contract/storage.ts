import { z } from 'zod';
import { procedure } from './procedure';

/** Something no handler caught, as the manager's health view shows it. */
export interface UnhandledReport {
  at: number;
  kind: 'unhandledRejection' | 'uncaughtException';
  message: string;
}

/** The database's disk as the manager's banner shows it. */
export interface StorageStatus {
  /** ok; low (< 1 GB free); critical (< 200 MB); full (a write failed for lack of space). */
  level: 'ok' | 'low' | 'critical' | 'full';
  freeBytes: number | null;
  checkedAt: number;
  fullSince: number | null;
  /** Since when another program has held the database's write lock (null when not seen in the last minute). */
  busySince: number | null;
  /** The last error nothing else caught (logged, the core kept running). */
  lastUnhandled: UnhandledReport | null;
}

export const storageProcedures = {
  'system.storage': procedure<StorageStatus>()({ roles: ['manager'], input: z.object({}) }),
};
