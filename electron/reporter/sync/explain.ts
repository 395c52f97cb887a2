// Why a record has not reached the platform, in words and in fields, for reconciliation and dead letters.
import type { Db } from '../../../db/open';
import { codeRequestBlocker, hallRegistrationBlocker, type Blocker } from '../../../db/outbox/blockers';
import type { OutboxKind } from '../../../db/outbox/payloads';
import type { OutboxRow } from '../../../db/outbox/queue';
import { queuedRow, type QueuedRow } from '../../../db/outbox/scan';
import { performanceOfSession } from '../../../db/platform-codes';
import { getRow } from '../../../db/statements';
import { stateKey } from '../../../db/outbox/write';
import { toWireDateTime } from '../wire/datetime';
import type { DependencyJudge, Wait, WaitReason } from './dependencies';

/** A row another waits for. */
export interface BlockingRecord {
  seq: number;
  kind: OutboxKind;
  recordId: string;
  status: Blocker['status'];
}

/** Why one record is not delivered. */
export interface UndeliveredWhy {
  /** waiting: on a dependency; retrying: after a failure, not before nextAttemptAt; due: goes with the next requests. */
  state: 'waiting' | 'retrying' | 'due' | 'in_flight' | 'dead';
  reason: WaitReason | null;
  /** The id the wait concerns (a session, hall, order, tier or ticket). */
  subject: string | null;
  blockedBy: BlockingRecord | null;
  /** The dead letter that (directly or through others) holds this record back. */
  heldByDeadLetter: number | null;
  attempts: number;
  nextAttemptAt: number | null;
  lastError: { code: string; message: string } | null;
  words: string;
}

const REASON_WORDS: Record<WaitReason, (subject: string) => string> = {
  hall_code: (s) => `waiting for hall ${s} to be registered with the platform`,
  venue_registration: (s) => `waiting for an earlier registration of venue ${s}`,
  performance_update: (s) => `waiting for the new details of performance ${s} to reach the platform`,
  performance_code: (s) => `waiting for the platform to know performance ${s} (its session codes)`,
  session_code: (s) => `waiting for the session code of session ${s}`,
  tier_inventory: (s) => `waiting for the inventory of price tier ${s}`,
  ticket_state: (s) => `waiting for ticket ${s} to be reported`,
  earlier_ticket_event: (s) => `waiting for an earlier order or refund of the same seats (before ${s})`,
  order: (s) => `waiting for order ${s}`,
  same_record: (s) => `waiting for the previous state of ${s}, which is on its way`,
  performance_type: (s) => `performance ${s} needs a type from the platform's list (boxoffice types, or Manage → 平台)`,
};

/** The row a wait names, or the one it implies (the code request of a session, the registration of a hall). */
function blockerOf(db: Db, wait: Wait): Blocker | undefined {
  if (wait.blocker) return wait.blocker;
  if (wait.reason === 'session_code') {
    const performanceId = performanceOfSession(db, wait.subject);
    return performanceId === undefined ? undefined : codeRequestBlocker(db, performanceId, wait.subject);
  }
  if (wait.reason === 'hall_code') return hallRegistrationBlocker(db, wait.subject);
  if (wait.reason === 'performance_code') {
    return getRow<Blocker>(db, "SELECT seq, status FROM outbox WHERE coalesce_key = ? AND status IN ('pending', 'in_flight', 'dead') ORDER BY seq LIMIT 1", stateKey('performance.code', wait.subject));
  }
  return undefined;
}

function describeBlocker(db: Db, blocker: Blocker): BlockingRecord | null {
  const row = queuedRow(db, blocker.seq);
  return row ? { seq: row.seq, kind: row.kind, recordId: row.recordId, status: blocker.status } : null;
}

/** Follows waits from row to row until a dead letter (held) or a row that can move. */
function deadLetterBehind(db: Db, judge: DependencyJudge, first: Blocker | undefined): number | null {
  let blocker = first;
  for (let depth = 0; blocker && depth < 8; depth++) {
    if (blocker.status === 'dead') return blocker.seq;
    if (blocker.status !== 'pending') return null;
    const row = queuedRow(db, blocker.seq);
    const wait = row && judge.judge(row);
    blocker = wait ? blockerOf(db, wait) : undefined;
  }
  return null;
}

/** Explains one undelivered row (pending, in flight or dead). */
export function explainRow(db: Db, judge: DependencyJudge, row: OutboxRow, now: number): UndeliveredWhy {
  const lastError = row.lastErrorCode !== null ? { code: row.lastErrorCode, message: row.lastErrorMessage ?? '' } : null;
  const base = { attempts: row.attempts, lastError, reason: null, subject: null, blockedBy: null, heldByDeadLetter: null, nextAttemptAt: null };
  if (row.status === 'dead') {
    const words = row.lastErrorCode === 'LOCAL' ? `refused before sending: ${row.lastErrorMessage ?? ''}` : `refused by the platform (${row.lastErrorCode ?? '?'}): ${row.lastErrorMessage ?? ''}`;
    return { ...base, state: 'dead', heldByDeadLetter: row.seq, words };
  }
  if (row.status === 'in_flight') return { ...base, state: 'in_flight', words: `on its way to the platform (attempt ${row.attempts})` };
  const queued: QueuedRow = { ...row };
  const wait = judge.judge(queued);
  if (wait) {
    const blocker = blockerOf(db, wait);
    const held = deadLetterBehind(db, judge, blocker);
    const tail = held !== null ? `; held by dead letter #${held}` : blocker ? ` (#${blocker.seq}, ${blocker.status.replace('_', ' ')})` : '';
    return { ...base, state: 'waiting', reason: wait.reason, subject: wait.subject, blockedBy: blocker ? describeBlocker(db, blocker) : null, heldByDeadLetter: held, words: REASON_WORDS[wait.reason](wait.subject) + tail };
  }
  if (row.nextAttemptAt > now) {
    const error = lastError ? `error ${lastError.code}: ${lastError.message}` : 'an error';
    return { ...base, state: 'retrying', nextAttemptAt: row.nextAttemptAt, words: `retrying after ${error} (attempt ${row.attempts}; next try at ${toWireDateTime(row.nextAttemptAt)})` };
  }
  return { ...base, state: 'due', words: lastError ? `goes with the next requests (after error ${lastError.code}: ${lastError.message})` : 'goes with the next requests' };
}
