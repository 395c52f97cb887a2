import { cachePerformanceTypes } from '../../../db/catalog';
import type { Db } from '../../../db/open';
import { describePlan, goLivePlan, type GoLivePlan } from '../../boxoffice/go-live/plan';
import { PlatformClient, type Failure, type Outcome, type PerformanceType } from '../../reporter';
import type { ClientTuning } from './connection';

/**
 * Why a step came out as it did, as a code with its facts: the screens say it in the reader's language
 * (`platform.stepReasons.<code>`); `message` keeps the English sentence for the command line and logs.
 */
export interface StepReason {
  code: 'token_ok' | 'types_ok' | 'credentials_refused' | 'token_expired' | 'permanent' | 'refused_locally' | 'tls' | 'timeout' | 'connection' | 'busy' | 'platform_error';
  /** The platform's own code and words, the address tried, the number of types: whichever the code needs. */
  platformCode?: string;
  detail?: string;
  url?: string;
  count?: number;
}

/** One step of a connection test. */
export interface PlatformTestStep {
  step: 'token' | 'types';
  ok: boolean;
  /** What happened, in words (English: the command line's). */
  message: string;
  reason: StepReason;
  durationMs: number;
}

/** A connection test: a token, then the performance type list. */
export interface PlatformTestResult {
  ok: boolean;
  url: string;
  sandbox: boolean;
  steps: PlatformTestStep[];
  /** The outcome in one sentence for the settings screen. */
  message: string;
  /** Performance types the platform lists (when the list came back). */
  types: number | null;
  /** What going live on this platform would do with the local data (when a database was given and the types came back). */
  plan: GoLivePlan | null;
}

/** What a test may do with the local data: count what going live would do; store the list when it is the current platform's. */
export interface TestAgainstData {
  db: Db;
  /** True when testing the platform reports go to now: its type list replaces the cached one. */
  cacheTypes: boolean;
}

/** A failure in words a venue manager can act on. */
export function explainFailure(outcome: Failure, url: string): string {
  switch (outcome.kind) {
    case 'credentials_refused':
      return `The platform refused the appId or secret (${outcome.code}): ${outcome.msg}. Check them with the platform's operator.`;
    case 'token_expired':
      return `The platform did not accept a fresh token (${outcome.code}): ${outcome.msg}.`;
    case 'permanent':
      return `The platform refused the request (${outcome.code}): ${outcome.msg}. Is ${url} the platform's address?`;
    case 'refused_locally':
      return `Not sent: ${outcome.message}.`;
    case 'transient':
      switch (outcome.reason) {
        case 'tls':
          return `The platform's certificate could not be verified (${outcome.msg}). Check the address, the computer's date and time, and any network filter.`;
        case 'timeout':
          return `The platform did not answer in time (${outcome.msg}). Check the internet connection.`;
        case 'connection':
          return `Could not connect to ${url} (${outcome.msg}). Check the address and the internet connection.`;
        case 'busy':
          return `The platform is busy (${outcome.code ?? outcome.httpStatus ?? ''}): try again in a few minutes.`;
        default:
          return `The platform answered with an error (${outcome.code ?? (outcome.httpStatus ? `HTTP ${outcome.httpStatus}` : outcome.reason)}): ${outcome.msg}. Try again later.`;
      }
  }
}

/** The same failure as a code and its facts, for the screens to word. */
export function failureReason(outcome: Failure, url: string): StepReason {
  switch (outcome.kind) {
    case 'credentials_refused':
    case 'token_expired':
    case 'permanent':
      return { code: outcome.kind, platformCode: outcome.code, detail: outcome.msg, url };
    case 'refused_locally':
      return { code: 'refused_locally', detail: outcome.message };
    case 'transient':
      switch (outcome.reason) {
        case 'tls':
        case 'timeout':
        case 'connection':
          return { code: outcome.reason, detail: outcome.msg, url };
        case 'busy':
          return { code: 'busy', platformCode: String(outcome.code ?? outcome.httpStatus ?? '') };
        default:
          return { code: 'platform_error', platformCode: (outcome.code ?? (outcome.httpStatus ? `HTTP ${outcome.httpStatus}` : outcome.reason)), detail: outcome.msg };
      }
  }
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; durationMs: number }> {
  const started = Date.now();
  const value = await work();
  return { value, durationMs: Date.now() - started };
}

/**
 * Tests a platform's settings: one token request (it counts against the day's few, so the test is on demand
 * only), then the performance type list with that token. Uses the given client, or a throwaway one.
 */
export async function testPlatform(
  target: { url: string; appId: string; secret: string; sandbox: boolean },
  options: { client?: PlatformClient; tuning?: ClientTuning; data?: TestAgainstData } = {},
): Promise<PlatformTestResult> {
  const own = options.client ? null : new PlatformClient({ baseUrl: target.url, appId: target.appId, secret: target.secret, connections: 1, ...options.tuning });
  const client = options.client ?? own;
  if (!client) throw new Error('no client');
  const steps: PlatformTestStep[] = [];
  const result = (ok: boolean, message: string, types: number | null, plan: GoLivePlan | null = null): PlatformTestResult => ({ ok, url: target.url, sandbox: target.sandbox, steps, message, types, plan });
  try {
    const token = await timed(() => client.tokens.current());
    if (token.value.kind !== 'success') {
      const message = explainFailure(token.value, target.url);
      steps.push({ step: 'token', ok: false, message, reason: failureReason(token.value, target.url), durationMs: token.durationMs });
      return result(false, message, null);
    }
    steps.push({ step: 'token', ok: true, message: 'The platform accepted the appId and secret and gave a token.', reason: { code: 'token_ok' }, durationMs: token.durationMs });
    const types: { value: Outcome<PerformanceType[]>; durationMs: number } = await timed(() => client.performanceTypeList());
    if (types.value.kind !== 'success') {
      const message = explainFailure(types.value, target.url);
      steps.push({ step: 'types', ok: false, message, reason: failureReason(types.value, target.url), durationMs: types.durationMs });
      return result(false, message, null);
    }
    const count = types.value.data.length;
    steps.push({ step: 'types', ok: true, message: `The platform lists ${count} performance types.`, reason: { code: 'types_ok', count }, durationMs: types.durationMs });
    const connected = `Connected to ${target.sandbox ? 'the built-in sandbox' : target.url}: credentials accepted, ${count} performance types listed.`;
    const data = options.data;
    if (!data) return result(true, connected, count);
    if (data.cacheTypes) cachePerformanceTypes(data.db, types.value.data.map((t) => ({ typeId: t.typeId, typeName: t.typeName, parentTypeId: t.parentTypeId, level: t.level === 1 ? 1 : 2 })), Date.now());
    const plan = goLivePlan(data.db, new Set(types.value.data.map((t) => t.typeId)));
    const needsType = plan.needsType ?? 0;
    const typeWords = needsType > 0 ? ` ${needsType} local performance(s) use a type this platform does not list: they are held until one is picked.` : ' Every local performance has a type this platform lists.';
    return result(true, `${connected}${typeWords}${data.cacheTypes ? '' : ` ${describePlan(plan)}`}`, count, plan);
  } finally {
    await own?.close();
  }
}
