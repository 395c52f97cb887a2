import { MAX_BATCH } from '../wire/inferred';
import { realClock, type Clock } from './clock';

/** Every limit and timer of the sync worker; all configurable, so tests run in seconds. */
export interface SyncTuning {
  /** Most check-ins or tickets per call (the standard's 200 at most). */
  maxBatch: number;
  /** Requests in flight: where the limit starts, its floor and its ceiling. */
  concurrency: { initial: number; min: number; max: number };
  /** The limit is halved at most once per this many ms, so one burst of failures counts once. */
  decreaseCooldownMs: number;
  /** Per-record retry delay: base × 2^(attempts−1), at most cap, with jitter; ×busyFactor after 5100/429. */
  backoff: { baseMs: number; capMs: number; busyFactor: number };
  /** A manual sync retries after at most this long, whatever the backoff says (Retry-After still holds). */
  manualRetryCapMs: number;
  /** Consecutive network failures (with no success between) that mean the platform is unreachable. */
  offlineAfter: number;
  /** While offline: the first probe after initialMs, then ×factor each time, at most maxMs. */
  probe: { initialMs: number; factor: number; maxMs: number };
  /** How often the queue is checked for new rows (a cheap read of the AUTOINCREMENT counter). */
  wakePollMs: number;
  /** After a write through the API, the queue is looked at this much later: the writes of that moment share requests. */
  gatherWritesMs: number;
  /**
   * A part-full list of check-ins or ticket states waits while rows keep joining it (one joined within
   * gatherWritesMs), at most this long after its first row, before it goes (full lists of 200 go at once).
   */
  listFillMs: number;
  /** A full look at the queue at least this often when idle (codes linked by hand, clock changes). */
  idleRescanMs: number;
  /** Rows read per page while planning. */
  scanPageSize: number;
  /** Planning yields to the event loop after this many ms (answers must not wait behind a long scan). */
  turnBudgetMs: number;
  /**
   * Reading ahead while every request slot is busy yields after this many ms: answers arrive every few ms in a
   * drain, and each waited behind the whole turn's reading (and so did the core's requests).
   */
  aheadBudgetMs: number;
  /** At most one status event per this many ms. */
  statusThrottleMs: number;
  /** The queue's counts in a status are at most this old (counting reads every undelivered row). */
  countsMaxAgeMs: number;
  /** While the queue is busy, pushed statuses recount at most this often (and once more when the time is up). */
  countsRefreshMs: number;
  /** The window of the delivery rate shown in the status. */
  rateWindowMs: number;
  /** The worker's lease on the database: renewed this often, taken over when older than staleMs. */
  lock: { heartbeatMs: number; staleMs: number };
  /** While the local database is locked by another program or its disk is full: try again after initialMs, doubling to maxMs. */
  storageRetry: { initialMs: number; maxMs: number };
}

export const DEFAULT_TUNING: SyncTuning = {
  maxBatch: MAX_BATCH,
  concurrency: { initial: 4, min: 1, max: 8 },
  decreaseCooldownMs: 1_000,
  backoff: { baseMs: 2_000, capMs: 5 * 60_000, busyFactor: 4 },
  manualRetryCapMs: 2_000,
  offlineAfter: 3,
  probe: { initialMs: 2_000, factor: 2, maxMs: 2 * 60_000 },
  wakePollMs: 250,
  gatherWritesMs: 20,
  listFillMs: 200,
  idleRescanMs: 10_000,
  scanPageSize: 200,
  turnBudgetMs: 8,
  aheadBudgetMs: 1,
  statusThrottleMs: 250,
  countsMaxAgeMs: 1_000,
  countsRefreshMs: 1_000,
  rateWindowMs: 60_000,
  lock: { heartbeatMs: 5_000, staleMs: 20_000 },
  storageRetry: { initialMs: 1_000, maxMs: 10_000 },
};

/** Partial tuning, merged one level deep over the defaults. */
export type TuningOverrides = { [K in keyof SyncTuning]?: SyncTuning[K] extends object ? Partial<SyncTuning[K]> : SyncTuning[K] };

/** The defaults with the given overrides. */
export function tuning(overrides: TuningOverrides = {}): SyncTuning {
  const merged: Record<string, unknown> = { ...DEFAULT_TUNING };
  for (const [key, value] of Object.entries(overrides)) {
    const base = (DEFAULT_TUNING as unknown as Record<string, unknown>)[key];
    merged[key] = typeof base === 'object' && base !== null ? { ...base, ...(value as object) } : value;
  }
  const result = merged as unknown as SyncTuning;
  if (result.maxBatch < 1 || result.maxBatch > MAX_BATCH) throw new RangeError(`maxBatch must be 1..${MAX_BATCH}`);
  if (result.concurrency.min < 1 || result.concurrency.max < result.concurrency.min) throw new RangeError('concurrency: 1 ≤ min ≤ max');
  return result;
}

export { realClock, type Clock };
