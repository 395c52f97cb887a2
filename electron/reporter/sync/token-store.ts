import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Db } from '../../../db/open';
import { deleteSetting, readSetting, writeSetting } from '../../../db/settings';
import type { CachedToken, TokenManagerOptions } from '../client/token-manager';

const TOKEN_KEY = 'platform.token';

const stored = z.object({ target: z.string(), token: z.string().min(1), expiresAt: z.number() });

/** Which platform account a token belongs to: a hash of the URL and appId, so a token never crosses platforms. */
export function targetFingerprint(url: string, appId: string): string {
  return createHash('sha256').update(`${url}\u0000${appId}`).digest('base64url').slice(0, 22);
}

/**
 * The token manager hooks that keep the platform token between runs, so a restart does not spend one of
 * the day's token requests (the standard suggests about 24 a day). The token is short-lived and bound to
 * the platform account; it is never logged.
 */
export function persistedToken(db: Db, url: string, appId: string, now: () => number = Date.now): Pick<TokenManagerOptions, 'initial' | 'onIssued'> {
  const target = targetFingerprint(url, appId);
  const saved = stored.safeParse(readSetting(db, TOKEN_KEY));
  const initial: CachedToken | undefined = saved.success && saved.data.target === target && saved.data.expiresAt > now() ? { token: saved.data.token, expiresAt: saved.data.expiresAt } : undefined;
  return {
    ...(initial ? { initial } : {}),
    onIssued: (token) => writeSetting(db, TOKEN_KEY, { target, token: token.token, expiresAt: token.expiresAt }, now()),
  };
}

/** Forgets the saved token (new credentials). */
export function forgetToken(db: Db): void {
  deleteSetting(db, TOKEN_KEY);
}
