// Dead letters: records the platform refused for good (or that could not be put on the wire). A manager
// sees each with its payload and the platform's reason, corrects the local data, and requeues or discards.
import { appendAudit } from '../../../db/audit';
import type { Db } from '../../../db/open';
import type { OutboxKind } from '../../../db/outbox/payloads';
import { discardRow, getOutboxRow, requeueDead, type OutboxRow, type OutboxStatus } from '../../../db/outbox/queue';
import { listDeadLetters } from '../../../db/outbox/stats';
import { getRow } from '../../../db/statements';

/** One dead letter for the manager's screen. */
export interface DeadLetter {
  /** The row's identity in the outbox. */
  seq: number;
  kind: OutboxKind;
  /** The id the platform sees (orderId, ticketId, sessionId…). */
  recordId: string;
  /** Events (order, refund, check-in) are frozen as recorded; states are re-read from the data when requeued. */
  event: boolean;
  payload: unknown;
  /** The platform's code (4000, 4300, 4400…), or LOCAL / ANSWER for refusals on this side. */
  code: string;
  message: string;
  attempts: number;
  eventAt: number;
  deadSince: number;
  scope: { venueId: string | null; hallId: string | null; performanceId: string | null; sessionId: string | null; priceTierId: string | null; orderId: string | null; ticketId: string | null };
  /** Undelivered records that wait on this one because they concern the same order, session or record. */
  waitingBehind: number;
  /** What "correct, then requeue" means for this record. */
  howToFix: string;
}

const EVENT_FIX =
  'An event is sent exactly as it was recorded. Correct what it refers to (the venue, hall or session and their platform codes, an earlier record it follows), then requeue it; if the record itself can never be accepted, discard it with the reason.';
const STATE_FIX = 'A state is re-read from the current data when requeued: correct the data (the catalog entry it describes), then requeue; if nothing needs to be sent any more it is withdrawn.';

function waitingBehind(db: Db, row: OutboxRow): number {
  const undelivered = "status IN ('pending', 'in_flight')";
  if (row.kind === 'order' && row.orderId !== null) return getRow<{ n: number }>(db, `SELECT count(*) AS n FROM outbox WHERE order_id = ? AND seq <> ? AND ${undelivered}`, row.orderId, row.seq)?.n ?? 0;
  if ((row.kind === 'performance.code' || row.kind === 'session.update' || row.kind === 'inventory') && row.sessionId !== null) {
    return getRow<{ n: number }>(db, `SELECT count(*) AS n FROM outbox WHERE session_id = ? AND seq <> ? AND ${undelivered}`, row.sessionId, row.seq)?.n ?? 0;
  }
  if (row.kind === 'performance.code' && row.performanceId !== null) {
    return getRow<{ n: number }>(db, `SELECT count(*) AS n FROM outbox WHERE performance_id = ? AND seq <> ? AND ${undelivered}`, row.performanceId, row.seq)?.n ?? 0;
  }
  return 0;
}

/** Dead letters, newest first; page with `beforeSeq`. */
export function deadLetters(db: Db, options: { limit?: number; beforeSeq?: number } = {}): DeadLetter[] {
  return listDeadLetters(db, { limit: options.limit ?? 100, beforeSeq: options.beforeSeq }).map((row) => ({
    seq: row.seq,
    kind: row.kind,
    recordId: row.recordId,
    event: row.coalesceKey === null,
    payload: row.payload,
    code: row.lastErrorCode ?? '',
    message: row.lastErrorMessage ?? '',
    attempts: row.attempts,
    eventAt: row.eventAt,
    deadSince: row.updatedAt,
    scope: { venueId: row.venueId, hallId: row.hallId, performanceId: row.performanceId, sessionId: row.sessionId, priceTierId: row.priceTierId, orderId: row.orderId, ticketId: row.ticketId },
    waitingBehind: waitingBehind(db, row),
    howToFix: row.coalesceKey === null ? EVENT_FIX : STATE_FIX,
  }));
}

/** Who acts on a dead letter, for the audit trail. */
export interface DeadLetterActor {
  userId: string | null;
  username: string | null;
  address: string | null;
}

/** The letter is not (or no longer) a dead letter. */
export class NotADeadLetter extends Error {
  override name = 'NotADeadLetter';
}

/**
 * Recomputes a state from the current data into the outbox (the composition root passes the domain's
 * state writers; the reporter cannot reach them). Writing nothing means nothing needs to be sent any more.
 */
export type RefreshState = (row: OutboxRow) => void;

export interface RequeueResult {
  seq: number;
  /** pending: it goes again; discarded: a fresh state replaced it, or nothing needs sending. */
  status: OutboxStatus;
  /** The fresh pending row of the same record that will be sent instead, if any. */
  replacedBy: number | null;
}

/**
 * Sends a dead letter again after the manager corrected its source. An event goes as recorded (its platform
 * codes are resolved anew at send time). A state is re-read through `refresh`: the fresh state replaces the dead
 * one, or, when the data needs nothing sent any more, the dead one is withdrawn. Audited.
 */
export function requeueDeadLetter(db: Db, seq: number, options: { actor: DeadLetterActor; now: number; refresh?: RefreshState }): RequeueResult {
  return db.transaction((): RequeueResult => {
    const row = getOutboxRow(db, seq);
    if (row?.status !== 'dead') throw new NotADeadLetter(`outbox row ${seq} is not a dead letter${row ? ` (it is ${row.status})` : ''}`);
    let replacedBy: number | null = null;
    if (row.coalesceKey !== null && options.refresh) {
      // The domain writes the fresh state as a new pending row, or withdraws the key when nothing is to be sent.
      options.refresh(row);
      if (getOutboxRow(db, seq)?.status === 'dead') {
        replacedBy = getRow<{ seq: number }>(db, "SELECT seq FROM outbox WHERE coalesce_key = ? AND status = 'pending' AND seq <> ?", row.coalesceKey, seq)?.seq ?? null;
        if (replacedBy === null) discardRow(db, seq, 'requeued: the current data needs nothing sent any more', options.now);
      }
    }
    // Back to pending; a state with a fresh pending row of its key is discarded as superseded instead.
    const current = getOutboxRow(db, seq)?.status;
    const status: OutboxStatus = current === 'dead' ? (requeueDead(db, seq, options.now) ?? 'dead') : (current ?? 'discarded');
    appendAudit(db, {
      at: options.now,
      ...options.actor,
      action: 'sync.requeue',
      target: `outbox:${seq}`,
      outcome: 'ok',
      detail: { seq, kind: row.kind, recordId: row.recordId, code: row.lastErrorCode, status, replacedBy },
    });
    return { seq, status, replacedBy };
  })();
}

/** Gives up on a dead letter (or a pending record) with the manager's reason; audited. */
export function discardDeadLetter(db: Db, seq: number, reason: string, options: { actor: DeadLetterActor; now: number }): { seq: number; status: OutboxStatus } {
  return db.transaction(() => {
    const row = getOutboxRow(db, seq);
    if (!row || !discardRow(db, seq, reason, options.now)) throw new NotADeadLetter(`outbox row ${seq} cannot be discarded${row ? ` (it is ${row.status})` : ''}`);
    appendAudit(db, {
      at: options.now,
      ...options.actor,
      action: 'sync.discard',
      target: `outbox:${seq}`,
      outcome: 'ok',
      detail: { seq, kind: row.kind, recordId: row.recordId, code: row.lastErrorCode, message: row.lastErrorMessage, reason },
    });
    return { seq, status: 'discarded' as const };
  })();
}
