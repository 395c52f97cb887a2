// How the worker reads a failed call: whose fault it is, how long a record waits, what the manager is told.
import type { TokenExpired, Transient } from '../client/outcome';
import type { SyncTuning } from './options';

/** A failure that may pass if the same request is sent again later. */
export type Retryable = Transient | TokenExpired;

/** The link or the platform's front door is down: the worker goes offline and probes. */
export function isNetworkFailure(outcome: Retryable): boolean {
  if (outcome.kind !== 'transient') return false;
  if (outcome.reason === 'connection' || outcome.reason === 'timeout' || outcome.reason === 'tls') return true;
  return outcome.reason === 'http_status' && [502, 503, 504].includes(outcome.httpStatus ?? 0);
}

/** The platform is struggling (5100, 5000, timeouts): fewer requests at a time. */
export function isCongestion(outcome: Retryable): boolean {
  return outcome.kind === 'transient' && (outcome.busy || outcome.reason === 'platform_error' || outcome.reason === 'timeout');
}

/** The code stored with a retried row: the platform's code, `HTTP 503`, or the kind of network failure. */
export function failureCode(outcome: Retryable): string {
  if (outcome.kind === 'token_expired') return outcome.code;
  if (outcome.code !== undefined) return outcome.code;
  if (outcome.httpStatus !== undefined && outcome.httpStatus > 0) return `HTTP ${outcome.httpStatus}`;
  return outcome.reason;
}

/** Codes of rows that failed only because the link was down: they go at once when it comes back. */
export const NETWORK_FAILURE_CODES = ['connection', 'timeout', 'tls', 'HTTP 502', 'HTTP 503', 'HTTP 504'] as const;

/**
 * The wait before a record is tried again: base × 2^(attempts−1), capped, longer when the platform said it is
 * busy, with "equal jitter" (half fixed, half random) so retries of a burst spread out; never before Retry-After.
 */
export function retryDelay(attempts: number, outcome: Retryable, tuning: SyncTuning, random: () => number, manual: boolean): number {
  const { baseMs, capMs, busyFactor } = tuning.backoff;
  const busy = outcome.kind === 'transient' && outcome.busy;
  let delay = Math.min(capMs, baseMs * 2 ** Math.min(30, Math.max(0, attempts - 1)) * (busy ? busyFactor : 1));
  if (manual) delay = Math.min(delay, tuning.manualRetryCapMs);
  const jittered = delay / 2 + random() * (delay / 2);
  const retryAfter = outcome.kind === 'transient' ? (outcome.retryAfterMs ?? 0) : 0;
  return Math.round(Math.max(jittered, retryAfter));
}
