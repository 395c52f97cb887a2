// Which platform the box office reports to, as one name: 'sandbox' for the built-in sandbox (its port changes
// from run to run), otherwise the platform's base URL. Codes and delivery state are labelled with it, so a
// code one platform issued is never sent to another. New credentials for the same URL are the same platform.
import type { Db } from './open';
import { getRow } from './statements';

/** The settings row that says where reports go (written by electron/server/platform/settings.ts). */
export const PLATFORM_SETTINGS_KEY = 'platform.settings';

export const SANDBOX_PLATFORM = 'sandbox';

/** The identity of a platform setting. */
export const platformIdentity = (settings: { mode: 'sandbox' } | { mode: 'platform'; url: string }): string =>
  settings.mode === 'sandbox' ? SANDBOX_PLATFORM : settings.url;

/** The current platform's identity as an SQL expression, so a code lookup needs no second query. */
export const CURRENT_PLATFORM_SQL = `coalesce((SELECT CASE json_extract(value, '$.mode') WHEN 'platform' THEN json_extract(value, '$.url') ELSE '${SANDBOX_PLATFORM}' END
  FROM settings WHERE key = '${PLATFORM_SETTINGS_KEY}'), '${SANDBOX_PLATFORM}')`;

/** The identity of the platform reports go to now. */
export function currentPlatform(db: Db): string {
  return getRow<{ identity: string }>(db, `SELECT ${CURRENT_PLATFORM_SQL} AS identity`)?.identity ?? SANDBOX_PLATFORM;
}
