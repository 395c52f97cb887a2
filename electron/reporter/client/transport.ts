import { EventEmitter } from 'node:events';
import { Pool } from 'undici';
import type { InterfaceName } from '../wire/interfaces';
import { INTERFACES } from '../wire/interfaces';
import { checkPlatformUrl } from './address';
import { classifyAnswer, classifyNetworkError, parseRetryAfter, type HttpAnswer } from './classify';
import type { Outcome, OutcomeKind } from './outcome';
import { redactJson, redactText } from './redact';

/**
 * Every limit on one exchange, in milliseconds; all configurable so tests stay fast. undici runs
 * the header and body timeouts on a coarse clock (about a second); `totalMs` is exact.
 */
export interface Timeouts {
  /** TCP + TLS handshake. */
  connectMs: number;
  /** From the request being sent until the response headers. */
  headersMs: number;
  /** Longest silence while the response body arrives. */
  bodyMs: number;
  /** The whole exchange, whatever happens. */
  totalMs: number;
}

export const DEFAULT_TIMEOUTS: Timeouts = { connectMs: 5_000, headersMs: 20_000, bodyMs: 20_000, totalMs: 30_000 };

/** One line of the request log; bodies and paths are already redacted. */
export interface RequestLogEntry {
  at: number;
  interface: InterfaceName;
  method: 'GET' | 'POST';
  path: string;
  requestBody: unknown;
  httpStatus?: number;
  responseBody?: unknown;
  outcome: OutcomeKind;
  code?: string;
  durationMs: number;
}

export interface TransportOptions {
  baseUrl: string;
  timeouts?: Partial<Timeouts>;
  /** Parallel connections kept to the platform. */
  connections?: number;
  /** How long an idle keep-alive connection is kept. */
  keepAliveMs?: number;
  /** Extra trust roots (PEM) for a platform with a private CA. Verification itself is never turned off. */
  ca?: string | string[];
  maxResponseBytes?: number;
  userAgent?: string;
  onRequestLog?: (entry: RequestLogEntry) => void;
  now?: () => number;
}

const LOGGED_TEXT_LIMIT = 4_096;

/** The HTTP side of the client: one keep-alive pool to the platform's origin, one classified outcome per exchange. */
export class Transport {
  private readonly pool: Pool;
  private readonly prefix: string;
  private readonly timeouts: Timeouts;
  private readonly now: () => number;

  constructor(private readonly options: TransportOptions) {
    const url = checkPlatformUrl(options.baseUrl);
    this.prefix = url.pathname.replace(/\/+$/, '');
    this.timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
    this.now = options.now ?? Date.now;
    this.pool = new Pool(url.origin, {
      connections: options.connections ?? 4,
      pipelining: 1,
      keepAliveTimeout: options.keepAliveMs ?? 30_000,
      keepAliveMaxTimeout: Math.max(options.keepAliveMs ?? 30_000, 60_000),
      headersTimeout: this.timeouts.headersMs,
      bodyTimeout: this.timeouts.bodyMs,
      // rejectUnauthorized is spelled out so no default or environment variable can turn verification off.
      connect: { timeout: this.timeouts.connectMs, rejectUnauthorized: true, ...(options.ca ? { ca: options.ca } : {}) },
    });
  }

  /** Sends one already-validated body (with its token, if any) and classifies the answer. */
  async exchange(name: InterfaceName, body: Record<string, unknown>, token?: string, secrets: readonly string[] = []): Promise<Outcome<unknown>> {
    const spec = INTERFACES[name];
    const started = this.now();
    const wireBody = token === undefined ? body : { accessToken: token, ...body };
    const query = spec.method === 'GET' && token !== undefined ? `?${new URLSearchParams({ accessToken: token }).toString()}` : '';
    const path = `${this.prefix}${spec.path}${query}`;
    let answer: HttpAnswer | undefined;
    let outcome: Outcome<unknown>;
    try {
      answer = await this.send(spec.method, path, spec.method === 'POST' ? JSON.stringify(wireBody) : undefined);
      outcome = classifyAnswer(answer, spec.data);
    } catch (error) {
      outcome = classifyNetworkError(error);
    }
    this.log({ name, method: spec.method, path, wireBody, answer, outcome, started, secrets: [...secrets, token] });
    return outcome;
  }

  /** Closes the pool, waiting for exchanges in flight. */
  async close(): Promise<void> {
    await this.pool.close();
  }

  /** Closes the pool at once, failing exchanges in flight. */
  async destroy(): Promise<void> {
    await this.pool.destroy();
  }

  private async send(method: 'GET' | 'POST', path: string, body: string | undefined): Promise<HttpAnswer> {
    const deadline = new Deadline(this.timeouts.totalMs);
    try {
      return await this.answer(deadline, method, path, body);
    } finally {
      deadline.clear();
    }
  }

  private async answer(deadline: Deadline, method: 'GET' | 'POST', path: string, body: string | undefined): Promise<HttpAnswer> {
    const response = await this.pool.request({
      method,
      path,
      body: body ?? null,
      headers: {
        accept: 'application/json',
        'user-agent': this.options.userAgent ?? 'boxoffice-reporter',
        ...(body === undefined ? {} : { 'content-type': 'application/json;charset=UTF-8' }),
      },
      signal: deadline,
    });
    const limit = this.options.maxResponseBytes ?? 16 * 1024 * 1024;
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of response.body) {
      const buffer = chunk as Buffer;
      size += buffer.length;
      if (size > limit) {
        response.body.destroy();
        return { status: response.statusCode, text: '' };
      }
      chunks.push(buffer);
    }
    const retryAfterMs = parseRetryAfter(response.headers['retry-after'], this.now());
    return { status: response.statusCode, text: Buffer.concat(chunks).toString('utf8'), ...(retryAfterMs === undefined ? {} : { retryAfterMs }) };
  }

  private log(e: {
    name: InterfaceName;
    method: 'GET' | 'POST';
    path: string;
    wireBody: Record<string, unknown>;
    answer: HttpAnswer | undefined;
    outcome: Outcome<unknown>;
    started: number;
    secrets: readonly (string | undefined)[];
  }): void {
    const hook = this.options.onRequestLog;
    if (!hook) return;
    const entry: RequestLogEntry = {
      at: e.started,
      interface: e.name,
      method: e.method,
      path: redactText(e.path, e.secrets),
      requestBody: redactJson(e.wireBody, e.secrets),
      outcome: e.outcome.kind,
      durationMs: this.now() - e.started,
    };
    if (e.answer) {
      entry.httpStatus = e.answer.status;
      entry.responseBody = redactAnswer(e.answer.text, e.secrets);
    }
    if ('code' in e.outcome && e.outcome.code !== undefined) entry.code = e.outcome.code;
    try {
      hook(entry);
    } catch {
      // A broken log hook must not turn a delivered report into a failure.
    }
  }
}

/**
 * The whole exchange's limit (`totalMs`), as the signal undici takes: an emitter that aborts the request (and its
 * body) when the time is up, its timer cleared once the answer is read. `AbortSignal.timeout` per call cost a third
 * of the client's own work in a drain (a weak reference and a finalizer registration per call, its timer left to run
 * out), for a limit that almost never fires.
 */
class Deadline extends EventEmitter {
  aborted = false;
  reason: Error | undefined;
  private readonly timer: ReturnType<typeof setTimeout>;

  constructor(ms: number) {
    super();
    this.timer = setTimeout(() => {
      this.aborted = true;
      // Named as AbortSignal.timeout names its reason: classifyNetworkError reads it as a timeout.
      this.reason = new DOMException(`the exchange took longer than ${ms} ms`, 'TimeoutError');
      this.emit('abort');
    }, ms);
    this.timer.unref();
  }

  clear(): void {
    clearTimeout(this.timer);
  }
}

function redactAnswer(text: string, secrets: readonly (string | undefined)[]): unknown {
  try {
    return redactJson(JSON.parse(text), secrets);
  } catch {
    const clipped = text.length > LOGGED_TEXT_LIMIT ? `${text.slice(0, LOGGED_TEXT_LIMIT)}…` : text;
    return redactText(clipped, secrets);
  }
}
