import type { IncomingMessage, ServerResponse } from 'node:http';
import { INTERFACES, interfaceAt, type InterfaceName } from '../reporter/wire/interfaces';
import type { PlatformCode } from '../reporter/wire/inferred';
import { checkWire, describeIssues } from '../reporter/wire/issues';
import type { FaultController } from './faults/controller';
import type { HandlerContext, HandlerResult } from './handlers/context';
import { HANDLERS } from './handlers';
import { BodyTooLarge, envelopeOf, gatewayPage, readBody, sendHtml, sendJson } from './http-io';
import { recordReceived, type ReceivedResult } from './received';
import { Refusal } from './refusal';
import type { SandboxDb } from './store';
import { issueToken, revokeAllTokens, tokenValid, tokensIssuedSince } from './tokens';
import { getAccessTokenBody } from '../reporter/wire/auth';

/** What the platform side of the sandbox needs to know. */
export interface PlatformConfig {
  appId: string;
  secret: string;
  tokenTtlSeconds: number;
  /** Token requests allowed per 24 hours (5100 beyond), or null for no cap. */
  tokenDailyCap: number | null;
  maxBodyBytes: number;
  now: () => number;
}

interface Answer {
  status: number;
  code: PlatformCode;
  data: unknown;
  detail?: string;
  result: ReceivedResult;
  items: number;
  duplicateItems: number;
}

type AnyHandler = (ctx: HandlerContext, body: unknown) => HandlerResult;

/**
 * The platform's twelve interfaces over HTTP: faults first, then the token, then the wire schema
 * (4000 naming the field), then the rules of each interface inside one transaction.
 */
export class SandboxPlatform {
  private closing = false;
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(
    private readonly db: SandboxDb,
    private readonly config: PlatformConfig,
    private readonly faults: FaultController,
  ) {}

  /** Answers one platform request. */
  async handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const name = interfaceAt(url.pathname);
    let raw: string;
    try {
      raw = await readBody(req, this.config.maxBodyBytes);
    } catch (error) {
      if (error instanceof BodyTooLarge && !this.closing) this.reject(res, name ?? 'unknown', 413, '4000', `body: ${error.message}`);
      else req.socket.destroy();
      return;
    }
    if (!name) return this.reject(res, 'unknown', 404, '4000', `no interface at ${url.pathname}`);
    const spec = INTERFACES[name];
    if (req.method !== spec.method) {
      return this.reject(res, name, 405, '4000', `${spec.path} takes ${spec.method}, not ${req.method ?? '?'}`, { allow: spec.method });
    }
    const decision = this.faults.decide();
    if (decision.delayMs > 0) await this.sleep(decision.delayMs);
    if (this.closing) return;
    const slow = decision.slow ? 'slow' : null;
    if (decision.outageEnd !== null) {
      this.record(name, 'fault', 503, null, null, 'outage');
      const seconds = Math.max(1, Math.ceil((decision.outageEnd - this.config.now()) / 1000));
      return sendHtml(res, 503, gatewayPage(503), { 'retry-after': String(seconds) });
    }
    switch (decision.fault) {
      case 'hang':
        // Never answered: the connection stays open until the client gives up or the sandbox closes.
        this.record(name, 'fault', 0, null, null, 'hang');
        return;
      case 'reset':
        this.record(name, 'fault', 0, null, null, 'reset');
        req.socket.resetAndDestroy();
        return;
      case '5000':
      case '5100':
        this.record(name, 'fault', 200, decision.fault, null, decision.fault);
        return sendJson(res, 200, envelopeOf(decision.fault, null));
      case '500':
      case '502':
      case '503':
      case '504': {
        const status = Number(decision.fault);
        this.record(name, 'fault', status, null, null, decision.fault);
        return sendHtml(res, status, gatewayPage(status), status === 503 ? { 'retry-after': '1' } : {});
      }
      case 'garbage': {
        this.record(name, 'fault', 200, null, null, 'garbage');
        const text = '{"code":"200","data":{"dataL';
        res.writeHead(200, { 'content-type': 'application/json;charset=UTF-8', 'content-length': Buffer.byteLength(text) });
        res.end(text);
        return;
      }
      case 'lost':
      case null:
        break;
    }
    // The call's effects and its line in `received` commit together: one commit per call, not two.
    const answer = this.db.transaction(() => {
      const processed = this.process(name, raw, url);
      this.record(name, processed.result, processed.status, processed.code, processed.detail ?? null, decision.fault ?? slow, processed.items, processed.duplicateItems);
      return processed;
    })();
    if (decision.fault === 'lost') {
      // Applied, but the answer never arrives: the client must retry with the same ids.
      req.socket.resetAndDestroy();
      return;
    }
    sendJson(res, answer.status, envelopeOf(answer.code, answer.data, answer.detail));
  }

  /** Stops answering: delayed answers are dropped. */
  close(): void {
    this.closing = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  private process(name: InterfaceName, raw: string, url: URL): Answer {
    const spec = INTERFACES[name];
    let body: unknown;
    if (spec.method === 'GET') {
      body = Object.fromEntries(url.searchParams);
    } else {
      try {
        body = JSON.parse(raw);
      } catch {
        return refusal('4000', 'body: not valid JSON');
      }
      if (body === null || typeof body !== 'object' || Array.isArray(body)) return refusal('4000', 'body: must be a JSON object');
    }
    const now = this.config.now();
    if (name === 'getAccessToken') return this.token(body, now);
    if (this.faults.countAuthenticatedCall()) revokeAllTokens(this.db);
    const token = (body as { accessToken?: unknown }).accessToken;
    if (!tokenValid(this.db, token, now)) {
      return refusal('4200', token === undefined || token === '' ? 'accessToken: required' : 'accessToken: expired or unknown');
    }
    const checked = checkWire(spec.body, body);
    if (!checked.ok) return refusal('4000', describeIssues(checked.issues));
    const handler = HANDLERS[name] as unknown as AnyHandler;
    try {
      const result = this.db.transaction(() => handler({ db: this.db, now }, checked.value))();
      return { status: 200, code: '200', data: result.data, result: result.duplicate ? 'duplicate' : 'accepted', items: result.items, duplicateItems: result.duplicateItems };
    } catch (error) {
      if (error instanceof Refusal) return refusal(error.code, error.detail);
      throw error;
    }
  }

  private token(body: unknown, now: number): Answer {
    const checked = checkWire(getAccessTokenBody, body);
    if (!checked.ok) return refusal('4000', describeIssues(checked.issues));
    if (checked.value.appId !== this.config.appId || checked.value.secret !== this.config.secret) {
      return refusal('4100', 'appId or secret not accepted');
    }
    const cap = this.config.tokenDailyCap;
    if (cap !== null && tokensIssuedSince(this.db, now - 24 * 60 * 60 * 1000) >= cap) {
      return refusal('5100', `token request limit reached (${cap} in 24 hours); reuse the token until it expires`);
    }
    const data = issueToken(this.db, now, this.config.tokenTtlSeconds);
    return { status: 200, code: '200', data, result: 'accepted', items: 1, duplicateItems: 0 };
  }

  private reject(res: ServerResponse, name: string, status: number, code: PlatformCode, detail: string, headers: Record<string, string> = {}): void {
    this.record(name, 'rejected', status, code, detail, null);
    sendJson(res, status, envelopeOf(code, null, detail), headers);
  }

  private record(name: string, result: ReceivedResult, status: number, code: string | null, detail: string | null, fault: string | null, items = 0, duplicateItems = 0): void {
    if (this.closing) return;
    recordReceived(this.db, { at: this.config.now(), interface: name, result, httpStatus: status, code, msg: detail, fault, items, duplicateItems });
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        resolve();
      }, ms);
      this.timers.add(timer);
    });
  }
}

function refusal(code: Exclude<PlatformCode, '200'>, detail: string): Answer {
  return { status: 200, code, data: null, detail, result: 'rejected', items: 0, duplicateItems: 0 };
}
