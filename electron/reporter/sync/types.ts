import type { OutboxKind } from '../../../db/outbox/payloads';

/**
 * Where the worker stands: online (sending), retrying (the platform's last answers were failures and nothing was
 * delivered since: records wait for their next try), offline (the platform cannot be reached; probing), paused
 * (the platform refused the credentials: a manager must fix them), leased (another process drains this
 * database), stopped.
 */
export type SyncState = 'online' | 'retrying' | 'offline' | 'paused' | 'leased' | 'stopped';

/** One kind's rows, as the status shows them. */
export interface KindStatus {
  pending: number;
  inFlight: number;
  /** Delivered since midnight, China time. */
  deliveredToday: number;
  dead: number;
}

/** A manual "sync now" (also what `boxoffice sync --once` runs). */
export interface SyncProgress {
  running: boolean;
  startedAt: number;
  finishedAt: number | null;
  /** Records delivered or dead-lettered since it started. */
  done: number;
  /** done + what is still pending or in flight. */
  total: number;
  delivered: number;
  dead: number;
  /**
   * running; drained (nothing left); held (what is left waits on dead letters or on records that cannot go
   * yet); paused (credentials refused); stopped (the worker stopped first); cancelled (a manager stopped waiting:
   * the records stay queued and go on their own schedule).
   */
  outcome: 'running' | 'drained' | 'held' | 'paused' | 'stopped' | 'cancelled';
}

/** The last failure, in words for the sync screen. */
export interface SyncError {
  at: number;
  /** The platform's code (4400, 5100…), `HTTP 503`, or timeout / connection / tls / LOCAL. */
  code: string;
  message: string;
}

/** Everything the sync badge and screen show. */
export interface SyncStatus {
  at: number;
  state: SyncState;
  /** Why offline, paused or leased, in words. */
  stateReason: string | null;
  /** Since when the state holds. */
  stateSince: number;
  /** While offline: when the platform is tried next. */
  nextProbeAt: number | null;
  /** While retrying or offline: when the next record or probe goes to the platform (the countdown on screen). */
  nextTryAt: number | null;
  kinds: Record<OutboxKind, KindStatus>;
  totals: KindStatus;
  /** When the oldest undelivered record was recorded, and how long ago. */
  oldestPendingAt: number | null;
  oldestPendingAgeMs: number | null;
  lastSuccessAt: number | null;
  lastError: SyncError | null;
  /** Records delivered per minute, over the last minute. */
  ratePerMinute: number;
  /** Requests allowed in flight (adaptive) and in flight now. */
  concurrency: { limit: number; active: number };
  manual: SyncProgress | null;
}
