import { z } from 'zod';
import type { Db } from '../../../db/open';
import { readSetting, writeSetting } from '../../../db/settings';
import type { PersonalDataCipher } from '../../boxoffice/personal-data/cipher';
import { BoxOfficeError } from '../../boxoffice/errors';
import type { SmsSettings } from '../../boxoffice/eticket/schemas';

export const SMS_SETTINGS_KEY = 'eticket.sms';

const stored = z.discriminatedUnion('provider', [
  z.object({ provider: z.literal('recorder'), updatedAt: z.number() }),
  // the AccessKey secret is an AES-256-GCM blob (base64) made with the database's key, like the platform's secret
  z.object({ provider: z.literal('aliyun'), accessKeyId: z.string(), secretEnc: z.string(), signName: z.string(), templateCode: z.string(), endpoint: z.string(), updatedAt: z.number() }),
]);

/** The provider with its secret in clear (in memory only, for the sender). */
export type SmsProviderSettings = { provider: 'recorder'; updatedAt: number } | { provider: 'aliyun'; accessKeyId: string; accessKeySecret: string; signName: string; templateCode: string; endpoint: string; updatedAt: number };

/** The settings as a manager sees them: never the secret, only whether one is stored. */
export interface SmsSettingsView {
  provider: 'recorder' | 'aliyun';
  accessKeyId: string | null;
  signName: string | null;
  templateCode: string | null;
  endpoint: string | null;
  hasSecret: boolean;
  updatedAt: number | null;
  /** Training (the sandbox platform): every message goes to the recorder whatever is set. */
  training: boolean;
}

export function smsSettingsView(db: Db, training: boolean): SmsSettingsView {
  const saved = stored.safeParse(readSetting(db, SMS_SETTINGS_KEY));
  if (!saved.success || saved.data.provider === 'recorder') {
    return { provider: 'recorder', accessKeyId: null, signName: null, templateCode: null, endpoint: null, hasSecret: false, updatedAt: saved.success ? saved.data.updatedAt : null, training };
  }
  const s = saved.data;
  return { provider: 'aliyun', accessKeyId: s.accessKeyId, signName: s.signName, templateCode: s.templateCode, endpoint: s.endpoint, hasSecret: true, updatedAt: s.updatedAt, training };
}

/** The stored provider with its secret decrypted; the recorder until a manager chose another. */
export function readSmsSettings(db: Db, cipher: PersonalDataCipher): SmsProviderSettings {
  const saved = stored.safeParse(readSetting(db, SMS_SETTINGS_KEY));
  if (!saved.success || saved.data.provider === 'recorder') return { provider: 'recorder', updatedAt: saved.success ? saved.data.updatedAt : 0 };
  const { secretEnc, ...rest } = saved.data;
  return { ...rest, accessKeySecret: cipher.decrypt(Buffer.from(secretEnc, 'base64'), 'sms_secret') };
}

/** Stores a manager's settings; an empty secret keeps the stored one (the screen never holds it), a first one is required. */
export function writeSmsSettings(db: Db, cipher: PersonalDataCipher, input: SmsSettings, now: number): void {
  if (input.provider === 'recorder') {
    writeSetting(db, SMS_SETTINGS_KEY, { provider: 'recorder', updatedAt: now }, now);
    return;
  }
  const url = new URL(input.endpoint);
  const loopback = ['127.0.0.1', '[::1]', 'localhost'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new BoxOfficeError('SMS_SETTINGS_INVALID', 'The SMS API address must be https (http only to this PC).', { field: 'endpoint' });
  }
  const previous = stored.safeParse(readSetting(db, SMS_SETTINGS_KEY));
  const kept = previous.success && previous.data.provider === 'aliyun' ? previous.data.secretEnc : null;
  const secretEnc = input.accessKeySecret !== '' ? cipher.encrypt(input.accessKeySecret, 'sms_secret').toString('base64') : kept;
  if (secretEnc === null) throw new BoxOfficeError('SMS_SETTINGS_INVALID', 'Enter the AccessKey secret.', { field: 'accessKeySecret' });
  writeSetting(
    db,
    SMS_SETTINGS_KEY,
    { provider: 'aliyun', accessKeyId: input.accessKeyId, secretEnc, signName: input.signName, templateCode: input.templateCode, endpoint: url.toString().replace(/\/+$/, ''), updatedAt: now },
    now,
  );
}
