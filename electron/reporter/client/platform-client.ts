import type { GetAccessTokenData } from '../wire/auth';
import { INTERFACES, type BodyOf, type DataOf, type InterfaceName } from '../wire/interfaces';
import { checkWire, describeIssues } from '../wire/issues';
import type { Outcome } from './outcome';
import { TokenManager, type TokenManagerOptions } from './token-manager';
import { Transport, type TransportOptions } from './transport';

export interface PlatformClientOptions extends TransportOptions {
  appId: string;
  secret: string;
  token?: TokenManagerOptions;
}

type ReportName = Exclude<InterfaceName, 'getAccessToken'>;

/**
 * The platform client: one typed method per interface of Annex A. Each checks its body against
 * the wire schema before anything is sent, adds the token, and returns a classified Outcome;
 * it never throws for a platform or network failure.
 */
export class PlatformClient {
  readonly tokens: TokenManager;
  private readonly transport: Transport;
  private credentials: { appId: string; secret: string };

  constructor(options: PlatformClientOptions) {
    this.transport = new Transport(options);
    this.credentials = { appId: options.appId, secret: options.secret };
    this.tokens = new TokenManager(() => this.getAccessToken(), options.token);
  }

  /** New credentials entered by a manager: the old token and any refusal are forgotten. */
  setCredentials(appId: string, secret: string): void {
    this.credentials = { appId, secret };
    this.tokens.reset();
  }

  /** A.3.1 `POST /getAccessToken`. Sends a token request every time: use `tokens` for a cached one. */
  async getAccessToken(): Promise<Outcome<GetAccessTokenData>> {
    const body = this.credentials;
    const checked = checkWire(INTERFACES.getAccessToken.body, body);
    if (!checked.ok) {
      // Bad credentials are a configuration problem, not a problem of the report waiting for the token.
      return { kind: 'credentials_refused', code: 'local', msg: `refused before sending: ${describeIssues(checked.issues)}` };
    }
    return (await this.transport.exchange('getAccessToken', checked.value, undefined, [body.secret])) as Outcome<GetAccessTokenData>;
  }

  /** A.3.2.1 `GET /standard/performance/type/list`. */
  performanceTypeList(): Promise<Outcome<DataOf<'performanceTypeList'>>> {
    return this.call('performanceTypeList', {});
  }

  /** A.3.2.2 `POST /standard/venue/list` (paged, `pageSize` ≤ 200). */
  venueList(body: BodyOf<'venueList'>): Promise<Outcome<DataOf<'venueList'>>> {
    return this.call('venueList', body);
  }

  /** A.3.2.3 `POST /standard/venue/save`: a new venue (empty `venueCode`) or a hall of a venue. */
  venueSave(body: BodyOf<'venueSave'>): Promise<Outcome<DataOf<'venueSave'>>> {
    return this.call('venueSave', body);
  }

  /** A.3.3.1 `POST /performance/code`: session codes, every sent `sessionId` mapped to its `sessionCode`. */
  async performanceCode(body: BodyOf<'performanceCode'>): Promise<Outcome<DataOf<'performanceCode'>>> {
    const outcome = await this.call('performanceCode', body);
    if (outcome.kind !== 'success') return outcome;
    const sent = body.sessionList;
    const missing = sent.map((s) => s.sessionId).filter((id) => typeof outcome.data[id] !== 'string');
    if (missing.length > 0) {
      return { kind: 'transient', reason: 'malformed', busy: false, code: outcome.code, httpStatus: outcome.httpStatus, msg: `response data: no sessionCode for sessionId ${missing.join(', ')}` };
    }
    return outcome;
  }

  /** A.3.3.2 `POST /report/performance/update`. */
  performanceUpdate(body: BodyOf<'performanceUpdate'>): Promise<Outcome<true>> {
    return this.call('performanceUpdate', body);
  }

  /** A.3.3.3 `POST /report/session/update` (also reports a cancellation). */
  sessionUpdate(body: BodyOf<'sessionUpdate'>): Promise<Outcome<true>> {
    return this.call('sessionUpdate', body);
  }

  /** A.3.3.4 `POST /report/inventory`: the latest price tiers and stock of a session. */
  reportInventory(body: BodyOf<'inventory'>): Promise<Outcome<true>> {
    return this.call('inventory', body);
  }

  /** A.3.3.5 `POST /report/ticket`: up to 200 tickets of one price tier. */
  reportTicket(body: BodyOf<'ticket'>): Promise<Outcome<true>> {
    return this.call('ticket', body);
  }

  /** A.3.3.6 `POST /report/order`: one paid order. */
  reportOrder(body: BodyOf<'order'>): Promise<Outcome<true>> {
    return this.call('order', body);
  }

  /** A.3.3.7 `POST /report/refundOrder`: one refund of a reported order. */
  reportRefundOrder(body: BodyOf<'refundOrder'>): Promise<Outcome<true>> {
    return this.call('refundOrder', body);
  }

  /** A.3.3.8 `POST /report/checking`: up to 200 gate check-ins. */
  reportChecking(body: BodyOf<'checking'>): Promise<Outcome<true>> {
    return this.call('checking', body);
  }

  /**
   * Any authenticated interface by name: validates, sends with the cached token, and on 4200
   * refreshes the token once (shared with concurrent callers) and retries once.
   */
  async call<N extends ReportName>(name: N, body: BodyOf<N>): Promise<Outcome<DataOf<N>>> {
    const checked = checkWire(INTERFACES[name].body, body);
    if (!checked.ok) {
      const first = checked.issues[0];
      return { kind: 'refused_locally', field: first?.path ?? 'body', message: describeIssues(checked.issues), issues: checked.issues };
    }
    // Nulls are dropped: the schema tolerates them on receipt, but a strict platform may not.
    return this.exchange(name, withoutNulls(body));
  }

  /**
   * Sends a body that its builder already held to the wire's rules, with no null in it: the sync worker's reports,
   * built from payloads parsed with those rules at their claim (electron/reporter/sync/sendable.ts). Checking them
   * again here was a copy of that check. Otherwise as `call`.
   */
  sendBuilt<N extends ReportName>(name: N, body: BodyOf<N>): Promise<Outcome<DataOf<N>>> {
    return this.exchange(name, body);
  }

  /** Sends with the cached token; on 4200 refreshes it once (shared with concurrent callers) and retries once. */
  private async exchange<N extends ReportName>(name: N, wire: Record<string, unknown>): Promise<Outcome<DataOf<N>>> {
    let token = await this.tokens.current();
    if (token.kind !== 'success') return token;
    let outcome = await this.transport.exchange(name, wire, token.token, [this.credentials.secret]);
    if (outcome.kind === 'token_expired') {
      this.tokens.invalidate(token.token);
      token = await this.tokens.current();
      if (token.kind !== 'success') return token;
      outcome = await this.transport.exchange(name, wire, token.token, [this.credentials.secret]);
    }
    return outcome as Outcome<DataOf<N>>;
  }

  /** Closes the connection pool, letting exchanges in flight finish. */
  close(): Promise<void> {
    return this.transport.close();
  }

  /** Closes the connection pool at once, failing exchanges in flight. */
  destroy(): Promise<void> {
    return this.transport.destroy();
  }
}

function withoutNulls(value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    if (inner === null || inner === undefined) continue;
    out[key] = Array.isArray(inner)
      ? inner.map((item: unknown) => (item !== null && typeof item === 'object' ? withoutNulls(item as Record<string, unknown>) : item))
      : inner;
  }
  return out;
}
