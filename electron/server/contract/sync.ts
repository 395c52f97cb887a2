import { z } from 'zod';
import { procedure, ALL_ROLES, MANAGER } from './procedure';
import type { OutboxKind } from '../../../db/outbox/payloads';
import type { KindStatus, SyncProgress, SyncStatus } from '../../reporter/sync/types';
import type { DeadLetter } from '../../reporter/sync/dead-letters';
import type { UndeliveredWhy } from '../../reporter/sync/explain';
import type { Reconciliation } from '../../reporter/sync/reconciliation';

// The reporter's own types, re-exported (types only: the renderer imports this file and nothing of the reporter runs).

/** The kinds of records the box office reports. */
export type SyncKind = OutboxKind;
export type SyncKindCounts = KindStatus;
/** A manual "sync now": done of total, and how it ended. */
export type SyncProgressView = SyncProgress;
/** The sync badge and screen; `sandbox` is true while reports go to the built-in sandbox. */
export type SyncStatusView = SyncStatus & { sandbox: boolean };
/** A record the platform refused for good. */
export type DeadLetterView = DeadLetter;
/** Why a record has not arrived. */
export type UndeliveredWhyView = UndeliveredWhy;
/** Per session, local counts beside delivered ones; then the undelivered records with why. */
export type ReconciliationView = Reconciliation;

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
