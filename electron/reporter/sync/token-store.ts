import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Db } from '../../../db/open';
import { deleteSetting, readSetting, writeSetting } from '../../../db/settings';
import type { CachedToken, TokenManagerOptions } from '../client/token-manager';

const TOKEN_KEY = 'platform.token';

const stored = z.object({ target: z.string(), token: z.string().min(1), expiresAt: z.number(), sealed: z.boolean().default(false) });

/**
 * Encrypts the token at rest with the database's key (the core passes its cipher): a copied database file
 * then carries no usable platform credential. Without one (tests, tools) the token is stored as issued.
 */
export interface TokenSealer {
  seal(token: string): string;
  /** Throws when the value was sealed with another key. */
  open(sealed: string): string;
}

function unseal(sealer: TokenSealer | undefined, value: { token: string; sealed: boolean }): string | null {
  if (!value.sealed) return value.token;
  if (!sealer) return null;
  try {
    return sealer.open(value.token);
  } catch {
    // Another key (a database restored under another installation): ask the platform for a new token.
    return null;
  }
}

/** Which platform account a token belongs to: a hash of the URL and appId, so a token never crosses platforms. */
export function targetFingerprint(url: string, appId: string): string {
  return createHash('sha256').update(`${url}\u0000${appId}`).digest('base64url').slice(0, 22);
}

/**
 * The token manager hooks that keep the platform token between runs, so a restart does not spend one of
 * the day's token requests (the standard suggests about 24 a day). The token is short-lived and bound to
 * the platform account; it is never logged.
 */
export function persistedToken(db: Db, url: string, appId: string, options: { now?: () => number; sealer?: TokenSealer } = {}): Pick<TokenManagerOptions, 'initial' | 'onIssued'> {
  const { now = Date.now, sealer } = options;
  const target = targetFingerprint(url, appId);
  const saved = stored.safeParse(readSetting(db, TOKEN_KEY));
  const token = saved.success && saved.data.target === target && saved.data.expiresAt > now() ? unseal(sealer, saved.data) : null;
  const initial: CachedToken | undefined = token !== null && saved.success ? { token, expiresAt: saved.data.expiresAt } : undefined;
  return {
    ...(initial ? { initial } : {}),
    onIssued: (issued) =>
      writeSetting(db, TOKEN_KEY, { target, token: sealer ? sealer.seal(issued.token) : issued.token, sealed: sealer !== undefined, expiresAt: issued.expiresAt }, now()),
  };
}

/** Forgets the saved token (new credentials). */
export function forgetToken(db: Db): void {
  deleteSetting(db, TOKEN_KEY);
}
