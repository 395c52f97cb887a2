import { z } from 'zod';
import type { Db } from '../../../db/open';
import { readSetting, writeSetting } from '../../../db/settings';

export const backupSettingsSchema = z.object({
  /** The daily backup's time of day, China time ("02:30"); null: no daily backup. */
  dailyAt: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time such as 02:30')
    .nullable(),
  /** How many backups to keep; the oldest go first. */
  keep: z.number().int().min(1).max(365),
});
export type BackupSettings = z.infer<typeof backupSettingsSchema>;

export const DEFAULT_BACKUP_SETTINGS: BackupSettings = { dailyAt: '03:00', keep: 30 };

const KEY = 'backups';

export function readBackupSettings(db: Db): BackupSettings {
  const parsed = backupSettingsSchema.safeParse(readSetting(db, KEY));
  return parsed.success ? parsed.data : DEFAULT_BACKUP_SETTINGS;
}

export function writeBackupSettings(db: Db, settings: BackupSettings): void {
  writeSetting(db, KEY, backupSettingsSchema.parse(settings));
}
