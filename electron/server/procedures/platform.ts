import type { platformProcedures, PlatformSettingsView } from '../contract/platform';
import { appendAudit } from '../../../db/audit';
import type { Core } from '../core';
import { BoxOfficeError } from '../../boxoffice/errors';
import { checkPlatformSettings, PlatformSettingsError, platformSettingsSummary, readPlatformSettings, writePlatformSettings, type PlatformSettings } from '../platform/settings';
import { testPlatform } from '../platform/test-connection';
import type { Handlers } from './context';

function view(core: Core, notice: string | null = null): PlatformSettingsView {
  const saved = platformSettingsSummary(core.db);
  return { ...saved, url: core.platform.url, sandbox: core.platform.sandbox, notice };
}

/** The settings a manager typed, completed with the stored secret when they left it out. */
function completed(core: Core, input: { url: string; appId: string; secret?: string | undefined }): { url: string; appId: string; secret: string } {
  let secret = input.secret;
  if (secret === undefined) {
    const stored = readPlatformSettings(core.db, () => core.cipher);
    if (stored.mode !== 'platform') throw new BoxOfficeError('VALIDATION', 'secret: required for a new platform', { issues: [{ path: 'secret', message: 'required for a new platform' }] });
    secret = stored.secret;
  }
  try {
    return checkPlatformSettings({ url: input.url, appId: input.appId, secret });
  } catch (error) {
    if (error instanceof PlatformSettingsError) throw new BoxOfficeError('VALIDATION', error.message, { issues: [{ path: /appId/.test(error.message) ? 'appId' : /secret/.test(error.message) ? 'secret' : 'url', message: error.message }] });
    throw error;
  }
}

export const platformHandlers: Handlers<keyof typeof platformProcedures> = {
  'platform.get': (_input, ctx) => view(ctx.core),

  'platform.set': async (input, ctx) => {
    const { core } = ctx;
    const settings: PlatformSettings = input.mode === 'sandbox' ? { mode: 'sandbox' } : { mode: 'platform', ...completed(core, input) };
    writePlatformSettings(core.db, () => core.cipher, settings, Date.now());
    const { notice } = await core.sync.applySettings(settings);
    appendAudit(core.db, {
      userId: ctx.actor.userId,
      username: ctx.actor.username,
      action: 'platform.set',
      target: settings.mode === 'platform' ? settings.url : 'sandbox',
      outcome: 'ok',
      // never the secret; only whether a new one was entered
      detail: settings.mode === 'platform' ? { mode: 'platform', url: settings.url, appId: settings.appId, newSecret: input.mode === 'platform' && input.secret !== undefined } : { mode: 'sandbox' },
      address: ctx.address,
    });
    return view(core, notice);
  },

  'platform.test': async (input, ctx) => {
    const { core } = ctx;
    if (input.url === undefined && input.appId === undefined && input.secret === undefined) {
      // the live client: its cached token is reused, so testing spends no token request when one is held
      return testPlatform(core.platform, { client: core.sync.connection.client });
    }
    const current = readPlatformSettings(core.db, () => core.cipher);
    const url = input.url ?? (current.mode === 'platform' ? current.url : '');
    const appId = input.appId ?? (current.mode === 'platform' ? current.appId : '');
    return testPlatform({ ...completed(core, { url, appId, secret: input.secret }), sandbox: false });
  },
};
