import type { WireIssue } from '../wire/issues';

/** Why a call may succeed if tried again later. */
export type TransientReason =
  | 'platform_error' // 5000
  | 'busy' // 5100
  | 'http_status' // HTTP 5xx, 408, 429
  | 'timeout'
  | 'connection'
  | 'tls'
  | 'malformed';

export interface Success<T> {
  kind: 'success';
  data: T;
  code: string;
  msg: string;
  httpStatus: number;
}

/** The body broke its schema: nothing was sent. */
export interface RefusedLocally {
  kind: 'refused_locally';
  /** The first field at fault, e.g. `ticketOrderList[2].ticketId`. */
  field: string;
  /** `ticketOrderList[2].ticketId: at most 50 characters` (and the others). */
  message: string;
  issues: WireIssue[];
}

/** 4200, still there after one refresh and one retry. */
export interface TokenExpired {
  kind: 'token_expired';
  code: string;
  msg: string;
  httpStatus: number;
}

/** 4100: a manager must fix appId/secret; nothing more is sent until then. */
export interface CredentialsRefused {
  kind: 'credentials_refused';
  code: string;
  msg: string;
  httpStatus?: number;
}

/** 4000, 4300, 4400 (or an HTTP 4xx without an envelope): do not resend as is. */
export interface Permanent {
  kind: 'permanent';
  /** The platform code, or `HTTP 404` when the answer had no envelope. */
  code: string;
  msg: string;
  httpStatus: number;
}

/** Try again later, with backoff; longer when `busy`, and not before `retryAfterMs` when given. */
export interface Transient {
  kind: 'transient';
  reason: TransientReason;
  msg: string;
  code?: string;
  httpStatus?: number;
  retryAfterMs?: number;
  /** The platform said it is busy / rate limited (5100, HTTP 429). */
  busy: boolean;
}

export type Failure = RefusedLocally | TokenExpired | CredentialsRefused | Permanent | Transient;

/** Every way a call to the platform can end. */
export type Outcome<T> = Success<T> | Failure;

export type OutcomeKind = Outcome<unknown>['kind'];

/** Whether trying the same request again later can succeed (transient, or an expired token). */
export function isRetryable(outcome: Outcome<unknown>): boolean {
  return outcome.kind === 'transient' || outcome.kind === 'token_expired';
}

/** A one-line English account of an outcome, for logs and the sync screen. */
export function describeOutcome(outcome: Outcome<unknown>): string {
  switch (outcome.kind) {
    case 'success':
      return 'accepted';
    case 'refused_locally':
      return `refused before sending: ${outcome.message}`;
    case 'token_expired':
      return `token refused (${outcome.code}) after a refresh: ${outcome.msg}`;
    case 'credentials_refused':
      return `credentials refused (${outcome.code}): ${outcome.msg}`;
    case 'permanent':
      return `refused by the platform (${outcome.code}): ${outcome.msg}`;
    case 'transient': {
      const code = outcome.code ? ` ${outcome.code}` : '';
      const after = outcome.retryAfterMs === undefined ? '' : `, retry after ${Math.ceil(outcome.retryAfterMs / 1000)} s`;
      return `temporary failure (${outcome.reason}${code}): ${outcome.msg}${after}`;
    }
  }
}
