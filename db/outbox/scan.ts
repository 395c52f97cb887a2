// The sync worker's reading of the queue: light rows for planning (no payload), claims that read the
// payloads of what is about to be sent, and the few bulk updates of a drain.
import type { Db } from '../open';
import { getRow, run, statement } from '../statements';
import type { OutboxKind } from './payloads';
import { BACK_TO_PENDING, type OutboxRow } from './queue';

/** What the planner needs of a pending row: its kind, what it is about, and its place in the queue (no payload). */
export type QueuedRow = Pick<
  OutboxRow,
  'seq' | 'kind' | 'recordId' | 'coalesceKey' | 'venueId' | 'hallId' | 'performanceId' | 'sessionId' | 'priceTierId' | 'orderId' | 'ticketId' | 'attempts' | 'nextAttemptAt'
>;

// The order of QueuedTuple below.
const COLUMNS = `seq, kind, record_id AS recordId, coalesce_key AS coalesceKey, venue_id AS venueId, hall_id AS hallId,
  performance_id AS performanceId, session_id AS sessionId, price_tier_id AS priceTierId, order_id AS orderId, ticket_id AS ticketId,
  attempts, next_attempt_at AS nextAttemptAt`;
const QUEUED = `SELECT ${COLUMNS} FROM outbox`;

type QueuedTuple = [number, OutboxKind, string, string | null, string | null, string | null, string | null, string | null, string | null, string | null, string | null, number, number];

/**
 * Pending rows after `afterSeq` in queue order; only those due by `dueBy` unless it is null (a manual sync ignores
 * backoff). Read as arrays and made objects here: a pass reads the whole queue, and better-sqlite3's row objects
 * cost 40% more than this.
 */
export function scanPending(db: Db, options: { afterSeq: number; dueBy: number | null; limit: number }): QueuedRow[] {
  const tuples = statement(db, `${QUEUED} WHERE status = 'pending' AND seq > ? AND (? IS NULL OR next_attempt_at <= ?) ORDER BY seq LIMIT ?`)
    .raw(true)
    .all(options.afterSeq, options.dueBy, options.dueBy, options.limit) as QueuedTuple[];
  return tuples.map(([seq, kind, recordId, coalesceKey, venueId, hallId, performanceId, sessionId, priceTierId, orderId, ticketId, attempts, nextAttemptAt]) => ({
    seq,
    kind,
    recordId,
    coalesceKey,
    venueId,
    hallId,
    performanceId,
    sessionId,
    priceTierId,
    orderId,
    ticketId,
    attempts,
    nextAttemptAt,
  }));
}

/** One queued row by seq, whatever its status (for explanations). */
export function queuedRow(db: Db, seq: number): (QueuedRow & { status: string }) | undefined {
  return getRow<QueuedRow & { status: string }>(db, `SELECT ${COLUMNS}, status FROM outbox WHERE seq = ?`, seq);
}

/** A claimed row: what the planner read of it, with its payload and its attempts counted. */
export type ClaimedRow = QueuedRow & { payload: unknown };

/** What a claim read of a row: its attempts (this one counted) and its payload, still JSON text (see claimRows). */
export interface ClaimRead {
  attempts: number;
  payloadText: string;
}

/**
 * Claims pending rows for sending and returns, by seq, what it read of them: their payloads, read in the same
 * transaction so a state rewritten by the domain a moment earlier is sent as rewritten. Rows no longer pending are
 * left out. The payloads come back as text: parsing them is left to the caller (the worker holds them to the
 * wire's rules too), after the commit, so a claim holds the database and the event loop for the SQL only, and a
 * payload that no longer parses is that row's fault alone. The rows are read, then marked, inside one IMMEDIATE
 * transaction (no other writer between the two; the caller's, when it has one): an UPDATE … RETURNING * of 200 rows costs three times as much as
 * the two statements (SQLite stages RETURNING rows). Only the payload and the attempts are read, as arrays: the
 * planner's rows carry the rest (the domain rewrites only a pending state's payload and times), and turning 20
 * columns into JavaScript values was 4/5 of the read. `+status`: each seq is looked up by rowid, not through the
 * status index and then the table.
 */
export function claimRows(db: Db, rows: readonly QueuedRow[], now: number): Map<number, ClaimRead> {
  const list = JSON.stringify(rows.map((row) => row.seq));
  const claim = () => {
    const pending = statement(db, `SELECT seq, payload, attempts FROM outbox WHERE seq IN (SELECT value FROM json_each(?)) AND +status = 'pending'`)
      .raw(true)
      .all(list) as [number, string, number][];
    run(db, `UPDATE outbox SET status = 'in_flight', attempts = attempts + 1, updated_at = ? WHERE seq IN (SELECT value FROM json_each(?)) AND +status = 'pending'`, now, list);
    const read = new Map<number, ClaimRead>();
    for (const [seq, payloadText, attempts] of pending) read.set(seq, { attempts: attempts + 1, payloadText });
    return read;
  };
  // Inside the caller's transaction (the worker settles answers in the same one) it needs no savepoint of its own.
  return db.inTransaction ? claim() : db.transaction(claim).immediate();
}

/**
 * Gives claimed rows back without counting the attempt (nothing was sent, or the record was not at fault):
 * pending again, due at `retryAt`. A state that a newer pending state replaced meanwhile is discarded.
 */
export function releaseRows(db: Db, seqs: readonly number[], now: number, retryAt: number = now): void {
  run(
    db,
    `UPDATE outbox SET status = ${BACK_TO_PENDING}, attempts = max(attempts - 1, 0), next_attempt_at = ?, updated_at = ?
     WHERE status = 'in_flight' AND seq IN (SELECT value FROM json_each(?))`,
    retryAt,
    now,
    JSON.stringify(seqs),
  );
}

/** When the next pending row in backoff becomes due, if any. */
export function nextDueAt(db: Db, now: number): number | null {
  return getRow<{ at: number | null }>(db, "SELECT min(next_attempt_at) AS at FROM outbox WHERE status = 'pending' AND next_attempt_at > ?", now)?.at ?? null;
}

/** Makes every pending row due now (a manual sync, or the link coming back); returns how many were waiting. */
export function expeditePending(db: Db, now: number, onlyErrorCodes?: readonly string[]): number {
  return run(
    db,
    `UPDATE outbox SET next_attempt_at = ? WHERE status = 'pending' AND next_attempt_at > ?
       AND (? IS NULL OR last_error_code IN (SELECT value FROM json_each(?)))`,
    now,
    now,
    onlyErrorCodes ? 1 : null,
    onlyErrorCodes ? JSON.stringify(onlyErrorCodes) : null,
  ).changes;
}

/** The newest seq appended so far (cheap: the AUTOINCREMENT counter), to notice new rows. */
export function lastSeq(db: Db): number {
  return getRow<{ seq: number }>(db, "SELECT seq FROM sqlite_sequence WHERE name = 'outbox'")?.seq ?? 0;
}

/**
 * A newer state of the same key was delivered: older dead letters of that key are moot and discarded.
 * Returns how many.
 */
export function supersedeDeadStates(db: Db, deliveredSeqs: readonly number[], now: number): number {
  return run(
    db,
    `UPDATE outbox SET status = 'discarded', last_error_code = 'SUPERSEDED', last_error_message = 'a newer state of the same record was delivered', updated_at = ?
     WHERE status = 'dead' AND coalesce_key IS NOT NULL AND EXISTS (
       SELECT 1 FROM outbox AS newer WHERE newer.seq IN (SELECT value FROM json_each(?))
         AND newer.coalesce_key = outbox.coalesce_key AND newer.seq > outbox.seq)`,
    now,
    JSON.stringify(deliveredSeqs),
  ).changes;
}
