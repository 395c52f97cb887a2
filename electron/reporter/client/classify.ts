import type { z } from 'zod';
import { envelope } from '../wire/envelope';
import { PLATFORM_CODES, classifyUnknownCode, type CodeClass } from '../wire/inferred';
import { checkWire, describeIssues } from '../wire/issues';
import type { Outcome, Transient } from './outcome';

/** What came back over HTTP, before any interpretation. */
export interface HttpAnswer {
  status: number;
  text: string;
  retryAfterMs?: number;
}

/** Classifies an HTTP answer: the envelope's code first, the HTTP status when there is no envelope. */
export function classifyAnswer<D extends z.ZodType>(answer: HttpAnswer, dataSchema: D): Outcome<z.output<D>> {
  const { status, retryAfterMs } = answer;
  const parsed = parseEnvelope(answer.text);
  if (!parsed) {
    if (status >= 500 || status === 408 || status === 429) {
      return transient('http_status', `HTTP ${status} without a platform envelope`, { httpStatus: status, retryAfterMs, busy: status === 429 });
    }
    if (status >= 400) return { kind: 'permanent', code: `HTTP ${status}`, msg: `HTTP ${status} without a platform envelope`, httpStatus: status };
    return transient('malformed', `HTTP ${status}: the answer is not a platform envelope {code, data, msg, success}`, { httpStatus: status });
  }
  const { code } = parsed;
  const msg = parsed.msg ?? '';
  const known = (PLATFORM_CODES as Record<string, { class: CodeClass; busy?: boolean } | undefined>)[code];
  const codeClass = known?.class ?? classifyUnknownCode(code);
  switch (codeClass) {
    case 'success': {
      if (parsed.success === false) return transient('malformed', `code ${code} with success=false`, { httpStatus: status, code });
      const data = checkWire(dataSchema, parsed.data);
      if (!data.ok) return transient('malformed', `response data: ${describeIssues(data.issues.map((i) => ({ ...i, path: `data.${i.path}`.replace(/\.body$/, '') })))}`, { httpStatus: status, code });
      return { kind: 'success', data: data.value, code, msg, httpStatus: status };
    }
    case 'token_expired':
      return { kind: 'token_expired', code, msg, httpStatus: status };
    case 'credentials_refused':
      return { kind: 'credentials_refused', code, msg, httpStatus: status };
    case 'permanent':
      return { kind: 'permanent', code, msg, httpStatus: status };
    case 'transient': {
      const busy = known?.busy === true;
      const reason = known ? (busy ? 'busy' : 'platform_error') : 'malformed';
      return transient(reason, msg || `platform code ${code}`, { httpStatus: status, code, retryAfterMs, busy });
    }
  }
}

function parseEnvelope(text: string): z.output<typeof envelope> | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const result = envelope.safeParse(json);
  return result.success ? result.data : null;
}

function transient(reason: Transient['reason'], msg: string, extra: Partial<Omit<Transient, 'kind' | 'reason' | 'msg'>> = {}): Transient {
  const out: Transient = { kind: 'transient', reason, msg, busy: extra.busy ?? false };
  if (extra.code !== undefined) out.code = extra.code;
  if (extra.httpStatus !== undefined) out.httpStatus = extra.httpStatus;
  if (extra.retryAfterMs !== undefined) out.retryAfterMs = extra.retryAfterMs;
  return out;
}

const TLS_CODES = /^(CERT_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED|ERR_TLS_|ERR_SSL_|ERR_OSSL_|HOSTNAME_MISMATCH)/;
const TIMEOUT_CODES = new Set(['UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'ETIMEDOUT', 'ESOCKETTIMEDOUT']);

/** Classifies a failure to get any answer: timeouts, resets, refusals, TLS. All transient. */
export function classifyNetworkError(error: unknown): Transient {
  const codes: string[] = [];
  let message = error instanceof Error ? error.message : String(error);
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    const name = (e as { name?: unknown }).name;
    if (typeof code === 'string') codes.push(code);
    if (name === 'TimeoutError' || name === 'AbortError') codes.push('ABORT_TIMEOUT');
    const cause = (e as { cause?: unknown }).cause;
    if (cause instanceof Error && depth === 0) message = `${message} (${cause.message})`;
    e = cause;
  }
  if (codes.some((c) => TLS_CODES.test(c))) return transient('tls', `TLS verification failed: ${message}`);
  if (codes.some((c) => TIMEOUT_CODES.has(c) || c === 'ABORT_TIMEOUT' || c === 'UND_ERR_ABORTED')) return transient('timeout', `timed out: ${message}`);
  return transient('connection', `connection failed${codes.length ? ` (${codes.join(', ')})` : ''}: ${message}`);
}

/** `Retry-After` as milliseconds: delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | string[] | undefined, now: number): number | undefined {
  const raw = Array.isArray(value) ? value[0] : value;
  if (raw === undefined || raw.trim() === '') return undefined;
  if (/^\d+$/.test(raw.trim())) return Number(raw.trim()) * 1000;
  const at = Date.parse(raw);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
