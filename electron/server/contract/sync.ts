import { z } from 'zod';
import { procedure, ALL_ROLES, MANAGER } from './procedure';

// Plain types (the renderer imports this file): the core's sync worker produces exactly these shapes.

/** The kinds of records the box office reports. */
export type SyncKind = 'venue.save' | 'performance.code' | 'performance.update' | 'session.update' | 'inventory' | 'ticket' | 'order' | 'refund' | 'checking';

export interface SyncKindCounts {
  pending: number;
  inFlight: number;
  /** Delivered since midnight, China time. */
  deliveredToday: number;
  dead: number;
}

/** A manual "sync now": done of total, and how it ended. */
export interface SyncProgressView {
  running: boolean;
  startedAt: number;
  finishedAt: number | null;
  done: number;
  total: number;
  delivered: number;
  dead: number;
  /** held: what is left waits on dead letters (or on records that cannot go yet); paused: credentials refused; cancelled: a manager stopped waiting. */
  outcome: 'running' | 'drained' | 'held' | 'paused' | 'stopped' | 'cancelled';
}

/** The sync badge and screen: online / offline / paused, per kind counts, age of the oldest record, rate, last error. */
export interface SyncStatusView {
  at: number;
  /** retrying: the platform answers with failures (e.g. HTTP 503) and records wait for their next try; leased: another process (e.g. `boxoffice sync --once`) is sending this database's records. */
  state: 'online' | 'retrying' | 'offline' | 'paused' | 'leased' | 'stopped';
  stateReason: string | null;
  stateSince: number;
  nextProbeAt: number | null;
  /** While retrying or offline: when the platform is tried next (the countdown). */
  nextTryAt: number | null;
  kinds: Record<SyncKind, SyncKindCounts>;
  totals: SyncKindCounts;
  oldestPendingAt: number | null;
  oldestPendingAgeMs: number | null;
  lastSuccessAt: number | null;
  lastError: { at: number; code: string; message: string } | null;
  ratePerMinute: number;
  concurrency: { limit: number; active: number };
  manual: SyncProgressView | null;
  /** True while reports go to the built-in sandbox. */
  sandbox: boolean;
}

/** A record the platform refused for good. */
export interface DeadLetterView {
  seq: number;
  kind: SyncKind;
  recordId: string;
  /** Events are sent as recorded; states are re-read from the data when requeued. */
  event: boolean;
  payload: unknown;
  code: string;
  message: string;
  attempts: number;
  eventAt: number;
  deadSince: number;
  scope: { venueId: string | null; hallId: string | null; performanceId: string | null; sessionId: string | null; priceTierId: string | null; orderId: string | null; ticketId: string | null };
  waitingBehind: number;
  howToFix: string;
}

/** Why a record has not arrived. */
export interface UndeliveredWhyView {
  state: 'waiting' | 'retrying' | 'due' | 'in_flight' | 'dead';
  reason: string | null;
  subject: string | null;
  blockedBy: { seq: number; kind: SyncKind; recordId: string; status: 'pending' | 'in_flight' | 'dead' } | null;
  heldByDeadLetter: number | null;
  attempts: number;
  nextAttemptAt: number | null;
  lastError: { code: string; message: string } | null;
  words: string;
}

/** Per session, local counts beside delivered ones; then the undelivered records with why. */
export interface ReconciliationView {
  at: number;
  sessions: {
    sessionId: string;
    sessionName: string;
    performanceId: string;
    performanceName: string;
    startsAt: number;
    sessionCode: string | null;
    local: { orders: number; ticketsSold: number; refunds: number; checkIns: number };
    delivered: { orders: number; ticketsSold: number; refunds: number; checkIns: number };
    undelivered: { pending: number; inFlight: number; dead: number };
    matches: boolean;
  }[];
  undelivered: {
    total: number;
    records: { seq: number; kind: SyncKind; recordId: string; sessionId: string | null; eventAt: number; status: 'pending' | 'in_flight' | 'dead'; why: UndeliveredWhyView }[];
    nextAfterSeq: number | null;
  };
}

const seq = z.number().int().positive();

export const syncProcedures = {
  /** The sync status (every role: the clerk's and the gate's badge). */
  'sync.status': procedure<SyncStatusView>()({ roles: ALL_ROLES, input: z.object({}) }),
  /** "Sync now": retries wait no longer, an offline worker probes at once; progress comes as `sync.progress` events. */
  'sync.now': procedure<SyncProgressView>()({ roles: MANAGER, input: z.object({}) }),
  /** Stops waiting for the running "sync now" (through an outage): nothing is dropped, records go on their own schedule. */
  'sync.cancel': procedure<SyncProgressView | null>()({ roles: MANAGER, input: z.object({}) }),
  'sync.deadLetters': procedure<DeadLetterView[]>()({
    roles: MANAGER,
    input: z.object({ limit: z.number().int().min(1).max(500).default(100), beforeSeq: seq.optional() }),
  }),
  /** Sends a dead letter again after its source was corrected (a state is re-read from the data). Audited. */
  'sync.requeue': procedure<{ seq: number; status: string; replacedBy: number | null }>()({ roles: MANAGER, input: z.object({ seq }) }),
  /** Gives up on a dead letter with a reason. Audited. */
  'sync.discard': procedure<{ seq: number; status: string }>()({ roles: MANAGER, input: z.object({ seq, reason: z.string().trim().min(1).max(200) }) }),
  'sync.reconciliation': procedure<ReconciliationView>()({
    roles: MANAGER,
    input: z.object({ sessionId: z.string().min(1).max(50).optional(), afterSeq: z.number().int().nonnegative().optional(), limit: z.number().int().min(1).max(1000).default(200) }),
  }),
};
