import type { platformProcedures, PlatformSettingsView } from '../contract/platform';
import { currentPlatform, platformIdentity } from '../../../db/platform-identity';
import type { Core } from '../core';
import { BoxOfficeError } from '../../boxoffice/errors';
import { changePlatform, GoLiveDecisionRequired, type PlatformChangeResult } from '../platform/go-live';
import { checkPlatformSettings, PlatformSettingsError, platformSettingsSummary, readPlatformSettings, type PlatformSettings } from '../platform/settings';
import { testPlatform } from '../platform/test-connection';
import type { Handlers } from './context';

function view(core: Core, notice: string | null = null, change: PlatformChangeResult | null = null): PlatformSettingsView {
  const saved = platformSettingsSummary(core.db);
  const s = change?.switched ?? null;
  const switched = s
    ? {
        from: change?.from ?? '',
        to: change?.to ?? '',
        outcome: s.outcome,
        archivedRecords: s.archivedRecords,
        previouslyDelivered: s.previouslyDelivered,
        codesCleared: s.codesCleared.venues + s.codesCleared.halls + s.codesCleared.sessions,
        trainingOrders: s.trainingArchived.orders ?? 0,
        seatsBackOnSale: s.seatsBackOnSale,
        eventsRequeued: s.eventsRequeued,
      }
    : null;
  return { ...saved, url: core.platform.url, sandbox: core.platform.sandbox, notice, switched };
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
    const change = () => changePlatform(core.db, () => core.cipher, { settings, outcome: input.goLive ?? null, actor: ctx.actor, via: 'window', now: core.clock() });
    let result: PlatformChangeResult;
    try {
      result = await core.sync.switchPlatform(settings, change);
    } catch (error) {
      if (error instanceof GoLiveDecisionRequired) throw new BoxOfficeError('GO_LIVE_DECISION_REQUIRED', error.message, { from: error.from, to: error.to, plan: error.plan });
      throw error;
    }
    // on connecting to another platform its type list is downloaded at once; offline, the manager does it later
    if (result.switched) await testPlatform(core.platform, { client: core.sync.connection.client, data: { db: core.db, cacheTypes: true } });
    return view(core, null, result);
  },

  'platform.test': async (input, ctx) => {
    const { core } = ctx;
    if (input.url === undefined && input.appId === undefined && input.secret === undefined) {
      // the live client: its cached token is reused, so testing spends no token request when one is held
      return testPlatform(core.platform, { client: core.sync.connection.client, data: { db: core.db, cacheTypes: true } });
    }
    const current = readPlatformSettings(core.db, () => core.cipher);
    const url = input.url ?? (current.mode === 'platform' ? current.url : '');
    const appId = input.appId ?? (current.mode === 'platform' ? current.appId : '');
    const typed = completed(core, { url, appId, secret: input.secret });
    // a platform not yet saved: its list is only compared, and the answer says what going live on it would do
    return testPlatform({ ...typed, sandbox: false }, { data: { db: core.db, cacheTypes: currentPlatform(core.db) === platformIdentity({ mode: 'platform', url: typed.url }) } });
  },
};
