// What the answer to one request does to its rows: delivered (and the codes it carried stored), retried
// with backoff, parked as dead letters, or given back untouched. One transaction per answer.
import type { Db } from '../../../db/open';
import type { OutboxKind, OutboxPayload } from '../../../db/outbox/payloads';
import { markDead, markDelivered, markRetry } from '../../../db/outbox/queue';
import { releaseRows, supersedeDeadStates, type ClaimedRow } from '../../../db/outbox/scan';
import { describeOutcome, type Outcome } from '../client/outcome';
import { storageTrouble } from '../../../db/storage-errors';
import type { CodeBook } from './codes';
import type { DependencyJudge } from './dependencies';
import { failureCode, isCongestion, isNetworkFailure, retryDelay, type Retryable } from './failures';
import type { SyncTuning } from './options';
import type { Planner } from './planner';
import type { RequestData } from './requests';

export interface SettleContext {
  db: Db;
  codes: CodeBook;
  judge: DependencyJudge;
  planner: Planner;
  tuning: SyncTuning;
  random: () => number;
  now: number;
  /** A manual sync caps the backoff. */
  manual: boolean;
  /** CodeBook.generation when the request was built. */
  codesGeneration: number;
}

/** What happened, for the worker's own bookkeeping (rate, concurrency, online state, the last error). */
export type Settlement =
  | { kind: 'delivered'; count: number }
  | { kind: 'retry'; count: number; network: boolean; congestion: boolean; code: string; message: string }
  | { kind: 'dead'; count: number; code: string; message: string }
  /** A list refused as a whole: its rows go one by one from now on. */
  | { kind: 'split'; count: number; code: string; message: string }
  /** Refused with 4400 while something it depends on is still on its way: it waits instead of dying. */
  | { kind: 'waiting'; count: number; code: string; message: string }
  | { kind: 'paused'; code: string; message: string };

const payload = <K extends OutboxKind>(row: ClaimedRow, _kind: K) => row.payload as OutboxPayload<K>;

/** Applies one answer to the rows of its request. */
export function settle(ctx: SettleContext, kind: OutboxKind, rows: readonly ClaimedRow[], outcome: Outcome<RequestData>): Settlement {
  const seqs = rows.map((r) => r.seq);
  const { db, now } = ctx;
  switch (outcome.kind) {
    case 'success':
      return delivered(ctx, kind, rows, outcome.data);
    case 'credentials_refused':
      releaseRows(db, seqs, now);
      return { kind: 'paused', code: outcome.code, message: describeOutcome(outcome) };
    case 'refused_locally':
    case 'permanent': {
      const code = outcome.kind === 'permanent' ? outcome.code : 'LOCAL';
      const message = outcome.kind === 'permanent' ? outcome.msg || describeOutcome(outcome) : outcome.message;
      if (rows.length > 1) {
        for (const seq of seqs) ctx.planner.solo.add(seq);
        releaseRows(db, seqs, now);
        return { kind: 'split', count: rows.length, code, message };
      }
      return refusedOne(ctx, rows, code, message);
    }
    case 'transient':
    case 'token_expired':
      return retry(ctx, rows, outcome);
  }
}

function delivered(ctx: SettleContext, kind: OutboxKind, rows: readonly ClaimedRow[], data: RequestData): Settlement {
  const { db, now } = ctx;
  const seqs = rows.map((r) => r.seq);
  const head = rows[0];
  const keep = () => {
    if (data.name === 'venueSave' && head) {
      const p = payload(head, 'venue.save');
      if (!data.data.hallCode) throw new Error(`the platform registered venue ${data.data.venueCode} but answered no hallCode for hall ${p.hallName}`);
      ctx.codes.storeVenue(p.venueId, p.hallId, data.data.venueCode, data.data.hallCode, now);
    }
    if (data.name === 'performanceCode' && head) {
      const sent = payload(head, 'performance.code').sessionList.map((s) => s.sessionId);
      ctx.codes.storeSessions(Object.fromEntries(sent.map((id) => [id, data.data[id] ?? ''])), now);
      for (const id of sent) ctx.judge.suspectSessions.delete(id);
    }
    markDelivered(db, seqs, now);
    if (head?.coalesceKey !== null) supersedeDeadStates(db, seqs, now);
  };
  try {
    // Codes in the answer may fail to be kept (then the rows are dead letters): a savepoint undoes what was written.
    // A report's answer carries none, and a storage error undoes the caller's whole transaction anyway.
    if (data.name === 'report') keep();
    else db.transaction(keep)();
  } catch (error) {
    // A locked or full local database is no fault of the record: the rows stay in flight and are settled later.
    if (storageTrouble(error)) throw error;
    // The platform accepted it, but what it answered cannot be kept (no hall code, a code already linked elsewhere).
    const message = `accepted, but the answer could not be stored: ${error instanceof Error ? error.message : String(error)}`;
    for (const seq of seqs) markDead(db, seq, { now, code: 'ANSWER', message });
    return { kind: 'dead', count: rows.length, code: 'ANSWER', message };
  }
  for (const row of rows) {
    if (kind === 'order') ctx.judge.settle('order', row.recordId);
    if (kind === 'inventory' && row.priceTierId !== null) ctx.judge.settle('tier', row.priceTierId);
    if (kind === 'ticket' && row.ticketId !== null) ctx.judge.settle('ticket', row.ticketId);
  }
  return { kind: 'delivered', count: rows.length };
}

/**
 * One record refused for good — unless it is a 4400 ("not found or conflicting") while something it depends on
 * is still on its way (e.g. its session's code is being asked for again): then it waits for that instead.
 */
function refusedOne(ctx: SettleContext, rows: readonly ClaimedRow[], code: string, message: string): Settlement {
  const { db, now } = ctx;
  const row = rows[0];
  if (!row) return { kind: 'dead', count: 0, code, message };
  if (code === '4400') {
    // Built with a code that has changed since (a code request answered meanwhile): send it again with the new one.
    if (ctx.codes.generation !== ctx.codesGeneration) {
      markRetry(db, row.seq, { now, retryAt: now, code, message });
      return { kind: 'waiting', count: 1, code, message };
    }
    if (row.sessionId !== null) ctx.judge.suspectSessions.add(row.sessionId);
    const wait = ctx.judge.judge(row);
    if (wait) {
      markRetry(db, row.seq, { now, retryAt: now, code, message });
      return { kind: 'waiting', count: 1, code, message };
    }
    if (row.sessionId !== null) ctx.judge.suspectSessions.delete(row.sessionId);
  }
  markDead(db, row.seq, { now, code, message });
  return { kind: 'dead', count: 1, code, message };
}

function retry(ctx: SettleContext, rows: readonly ClaimedRow[], outcome: Retryable): Settlement {
  const { db, now } = ctx;
  const code = failureCode(outcome);
  const message = describeOutcome(outcome);
  // One delay for the whole request: its rows come due together and travel as one list again.
  const retryAt = now + retryDelay(Math.max(...rows.map((r) => r.attempts)), outcome, ctx.tuning, ctx.random, ctx.manual);
  db.transaction(() => {
    for (const row of rows) markRetry(db, row.seq, { now, retryAt, code, message });
  })();
  return { kind: 'retry', count: rows.length, network: isNetworkFailure(outcome), congestion: isCongestion(outcome), code, message };
}
