import { z } from 'zod';
import type { Db } from '../../../db/open';
import { PLATFORM_SETTINGS_KEY as SETTINGS_KEY } from '../../../db/platform-identity';
import { readSetting, writeSetting } from '../../../db/settings';
import type { PersonalDataCipher } from '../../boxoffice/personal-data/cipher';
import { charLength, checkPlatformUrl } from '../../reporter';

const stored = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('sandbox'), updatedAt: z.number() }),
  // the secret is an AES-256-GCM blob (base64) made with the database's key file; never stored in clear
  z.object({ mode: z.literal('platform'), url: z.string(), appId: z.string(), secretEnc: z.string(), updatedAt: z.number() }),
]);

/** Where reports go: the built-in sandbox, or a real platform with its credentials (the secret in clear, in memory only). */
export type PlatformSettings = { mode: 'sandbox' } | { mode: 'platform'; url: string; appId: string; secret: string };

/** The settings as shown to a manager: never the secret. */
export interface PlatformSettingsSummary {
  mode: 'sandbox' | 'platform';
  url: string | null;
  appId: string | null;
  hasSecret: boolean;
  updatedAt: number | null;
}

/** The stored settings, without decrypting anything. */
export function platformSettingsSummary(db: Db): PlatformSettingsSummary {
  const saved = stored.safeParse(readSetting(db, SETTINGS_KEY));
  if (!saved.success) return { mode: 'sandbox', url: null, appId: null, hasSecret: false, updatedAt: null };
  if (saved.data.mode === 'sandbox') return { mode: 'sandbox', url: null, appId: null, hasSecret: false, updatedAt: saved.data.updatedAt };
  return { mode: 'platform', url: saved.data.url, appId: saved.data.appId, hasSecret: true, updatedAt: saved.data.updatedAt };
}

/** The settings with the secret decrypted (the sandbox until a manager entered a platform). */
export function readPlatformSettings(db: Db, cipher: () => PersonalDataCipher): PlatformSettings {
  const saved = stored.safeParse(readSetting(db, SETTINGS_KEY));
  if (!saved.success || saved.data.mode === 'sandbox') return { mode: 'sandbox' };
  const secret = cipher().decrypt(Buffer.from(saved.data.secretEnc, 'base64'), 'platform_secret');
  return { mode: 'platform', url: saved.data.url, appId: saved.data.appId, secret };
}

/** Refused settings: the message says what to fix (never repeating the secret). */
export class PlatformSettingsError extends Error {
  override name = 'PlatformSettingsError';
}

/** Checks a real platform's settings: https (http only to this machine), an appId and a secret within the standard's lengths. */
export function checkPlatformSettings(settings: { url: string; appId: string; secret: string }): { url: string; appId: string; secret: string } {
  let url: string;
  try {
    url = checkPlatformUrl(settings.url.trim()).toString().replace(/\/+$/, '');
  } catch (error) {
    throw new PlatformSettingsError(error instanceof Error ? error.message : String(error));
  }
  const appId = settings.appId.trim();
  if (appId === '' || charLength(appId) > 32) throw new PlatformSettingsError('the appId must be 1 to 32 characters');
  if (settings.secret === '' || charLength(settings.secret) > 100) throw new PlatformSettingsError('the secret must be 1 to 100 characters');
  return { url, appId, secret: settings.secret };
}

/** Stores the settings; a real platform's secret is encrypted with the database's key. */
export function writePlatformSettings(db: Db, cipher: () => PersonalDataCipher, settings: PlatformSettings, now: number): void {
  if (settings.mode === 'sandbox') {
    writeSetting(db, SETTINGS_KEY, { mode: 'sandbox', updatedAt: now }, now);
    return;
  }
  const checked = checkPlatformSettings(settings);
  const secretEnc = cipher().encrypt(checked.secret, 'platform_secret').toString('base64');
  writeSetting(db, SETTINGS_KEY, { mode: 'platform', url: checked.url, appId: checked.appId, secretEnc, updatedAt: now }, now);
}
