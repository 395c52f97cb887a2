import { z } from 'zod';
import { procedure, MANAGER } from './procedure';
import type { BackupEntry } from '../backups/backup-service';
import type { BackupSettings } from '../backups/settings';

const dailyAt = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
  .nullable();

export const backupProcedures = {
  'backups.list': procedure<{ dir: string; settings: BackupSettings; backups: BackupEntry[] }>()({ roles: MANAGER, input: z.object({}) }),
  'backups.run': procedure<BackupEntry>()({ roles: MANAGER, input: z.object({}) }),
  'backups.saveSettings': procedure<BackupSettings>()({ roles: MANAGER, input: z.object({ dailyAt, keep: z.number().int().min(1).max(365) }) }),
  /** Replaces the live data with a backup, after a safety copy of the present state; `confirm` must be true. */
  'backups.restore': procedure<{ safetyCopy: BackupEntry }>()({
    roles: MANAGER,
    input: z.object({ name: z.string().min(1).max(100), confirm: z.literal(true) }),
  }),
};

export type { BackupEntry, BackupSettings };
