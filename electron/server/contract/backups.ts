import { z } from 'zod';
import { procedure, MANAGER } from './procedure';

/** Backup passphrases shorter than this are refused: they would be guessed offline. */
export const MIN_PASSPHRASE_LENGTH = 10;
import type { BackupEntry } from '../backups/backup-service';
import type { BackupSettings } from '../backups/settings';

const dailyAt = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
  .nullable();

export const backupProcedures = {
  'backups.list': procedure<{ dir: string; settings: BackupSettings; backups: BackupEntry[]; /** Backups carry the key wrapped with the manager's passphrase. */ passphraseSet: boolean }>()({ roles: MANAGER, input: z.object({}) }),
  /** Sets the passphrase the personal-data key is wrapped with beside each new backup; null: backups carry no key. */
  'backups.setPassphrase': procedure<{ passphraseSet: boolean }>()({
    roles: MANAGER,
    input: z.object({ passphrase: z.string().min(MIN_PASSPHRASE_LENGTH).max(200).nullable() }),
  }),
  'backups.run': procedure<BackupEntry>()({ roles: MANAGER, input: z.object({}) }),
  'backups.saveSettings': procedure<BackupSettings>()({ roles: MANAGER, input: z.object({ dailyAt, keep: z.number().int().min(1).max(365) }) }),
  /** Replaces the live data with a backup, after a safety copy of the present state; `confirm` must be true. */
  'backups.restore': procedure<{ safetyCopy: BackupEntry }>()({
    roles: MANAGER,
    input: z.object({ name: z.string().min(1).max(100), confirm: z.literal(true) }),
  }),
};

export type { BackupEntry, BackupSettings };
