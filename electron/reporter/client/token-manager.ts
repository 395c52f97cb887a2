import type { GetAccessTokenData } from '../wire/auth';
import { TOKEN_DAILY_CAP } from '../wire/inferred';
import type { Failure, Outcome } from './outcome';

/** A token and when it stops being used. */
export interface CachedToken {
  token: string;
  /** UTC ms when the platform said it expires (request time + expiresIn). */
  expiresAt: number;
}

export interface TokenManagerOptions {
  /** Stop using a token this long before its expiry (capped at a tenth of its lifetime). Default 60 s. */
  refreshMarginMs?: number;
  now?: () => number;
  /** A token saved by an earlier run, so a restart does not spend one of the day's token requests. */
  initial?: CachedToken;
  /** Called with every new token, e.g. to save it for the next run. */
  onIssued?: (token: CachedToken) => void;
}

export interface TokenStats {
  /** Token requests sent since this manager was made. */
  tokenRequests: number;
  /** Token requests sent in the last 24 hours, against the inferred daily cap. */
  requestsLast24h: number;
  dailyCap: number;
  expiresAt: number | null;
  /** The platform refused the credentials; nothing is requested until `reset()`. */
  credentialsRefused: boolean;
}

export type TokenOutcome = { kind: 'success'; token: string } | Failure;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Holds the platform token: reuses it until shortly before it expires, fetches a new one only
 * then or after a 4200, and lets every concurrent caller share one fetch (single-flight), so a
 * burst of expired requests costs one token request, never one per request.
 */
export class TokenManager {
  private cached: (CachedToken & { refreshAt: number }) | null = null;
  private inflight: Promise<TokenOutcome> | null = null;
  private refused: Failure | null = null;
  private requestTimes: number[] = [];
  private total = 0;
  private readonly now: () => number;

  constructor(
    private readonly fetchToken: () => Promise<Outcome<GetAccessTokenData>>,
    private readonly options: TokenManagerOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    if (options.initial) this.cache(options.initial, null);
  }

  /** A usable token: the cached one, or the result of the one fetch in flight. */
  current(): Promise<TokenOutcome> {
    if (this.refused) return Promise.resolve(this.refused);
    if (this.cached && this.now() < this.cached.refreshAt) return Promise.resolve({ kind: 'success', token: this.cached.token });
    this.inflight ??= this.fetch().finally(() => {
      this.inflight = null;
    });
    return this.inflight;
  }

  /** Drops `token` after the platform answered 4200 with it; a newer token is kept. */
  invalidate(token: string): void {
    if (this.cached?.token === token) this.cached = null;
  }

  /** Forgets the token and a credentials refusal (after the credentials were changed). */
  reset(): void {
    this.cached = null;
    this.refused = null;
  }

  get stats(): TokenStats {
    const since = this.now() - DAY_MS;
    this.requestTimes = this.requestTimes.filter((t) => t > since);
    return {
      tokenRequests: this.total,
      requestsLast24h: this.requestTimes.length,
      dailyCap: TOKEN_DAILY_CAP,
      expiresAt: this.cached?.expiresAt ?? null,
      credentialsRefused: this.refused !== null,
    };
  }

  private async fetch(): Promise<TokenOutcome> {
    const sentAt = this.now();
    this.total++;
    this.requestTimes.push(sentAt);
    const outcome = await this.fetchToken();
    if (outcome.kind === 'success') {
      // Counting the lifetime from when the request left errs on the early side.
      const issued = { token: outcome.data.accessToken, expiresAt: sentAt + outcome.data.expiresIn * 1000 };
      this.cache(issued, sentAt);
      this.options.onIssued?.(issued);
      return { kind: 'success', token: issued.token };
    }
    if (outcome.kind === 'credentials_refused') this.refused = outcome;
    return outcome;
  }

  private cache(token: CachedToken, issuedAt: number | null): void {
    const lifetime = token.expiresAt - (issuedAt ?? this.now());
    const margin = Math.min(this.options.refreshMarginMs ?? 60_000, Math.max(0, lifetime / 10));
    this.cached = { ...token, refreshAt: token.expiresAt - margin };
  }
}
