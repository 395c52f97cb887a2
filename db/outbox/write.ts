import type { Db } from '../open';
import { run, statement } from '../statements';
import { isEventKind, PAYLOAD_SCHEMAS, type OutboxKind, type OutboxPayload } from './payloads';

/** What a row is about: the worker's dependency rules read these columns. */
export interface OutboxScope {
  venueId?: string | null;
  hallId?: string | null;
  performanceId?: string | null;
  sessionId?: string | null;
  priceTierId?: string | null;
  orderId?: string | null;
  ticketId?: string | null;
}

/** Every ticket and tier an event concerns (an order's seats and tiers, a refund's tickets). */
export interface OutboxRefs {
  tickets?: readonly string[];
  priceTiers?: readonly string[];
}

export type EventKind = 'order' | 'refund' | 'checking';
export type StateKind = Exclude<OutboxKind, EventKind>;

const INSERT_COLUMNS = ['kind', 'record_id', 'coalesce_key', 'venue_id', 'hall_id', 'performance_id', 'session_id', 'price_tier_id', 'order_id',
  'ticket_id', 'payload', 'event_at', 'created_at', 'updated_at'] as const;
const INSERT_INTO = `INSERT INTO outbox (${INSERT_COLUMNS.join(', ')})`;
// One row's placeholders, positional (see params).
const ROW = `(${INSERT_COLUMNS.map(() => '?').join(', ')})`;
const INSERT = `${INSERT_INTO} VALUES ${ROW}`;
// A state's newer payload rewrites its pending row (one pending row per key: outbox_one_pending_per_key).
const UPSERT_PENDING = `ON CONFLICT (coalesce_key) WHERE status = 'pending' AND coalesce_key IS NOT NULL
  DO UPDATE SET payload = excluded.payload, event_at = excluded.event_at, updated_at = excluded.updated_at`;

// Positional parameters: binding an object by name cost a check-in about as much as the outbox insert's own work.
function params(kind: OutboxKind, recordId: string, coalesceKey: string | null, payload: unknown, scope: OutboxScope, eventAt: number, now: number) {
  return [
    kind,
    recordId,
    coalesceKey,
    scope.venueId ?? null,
    scope.hallId ?? null,
    scope.performanceId ?? null,
    scope.sessionId ?? null,
    scope.priceTierId ?? null,
    scope.orderId ?? null,
    scope.ticketId ?? null,
    // validated here, so a malformed payload fails the business transaction instead of the worker (a third of a
    // microsecond for a check-in: not worth a row the worker cannot read)
    JSON.stringify(PAYLOAD_SCHEMAS[kind].parse(payload)),
    eventAt,
    now,
    now,
  ];
}

/** Appends an event (order, refund, check-in), frozen from now on. Call inside the business transaction. Returns its seq. */
export function appendEvent<K extends EventKind>(
  db: Db,
  kind: K,
  recordId: string,
  payload: OutboxPayload<K>,
  options: { scope: OutboxScope; refs?: OutboxRefs; eventAt: number; now: number },
): number {
  // A plain insert and its rowid (seq is the rowid) rather than RETURNING, which made SQLite buffer the row and cost
  // a quarter of the insert; an event never upserts, so the last inserted rowid is always this row's.
  const seq = Number(
    statement(db, INSERT).run(params(kind, recordId, null, payload, options.scope, options.eventAt, options.now)).lastInsertRowid,
  );
  const tickets = options.refs?.tickets ?? [];
  const tiers = options.refs?.priceTiers ?? [];
  if (tickets.length + tiers.length > 0) {
    // one statement for every ref of the event (a statement each cost an order of 4 tickets five calls)
    run(
      db,
      `INSERT OR IGNORE INTO outbox_refs (seq, ref_kind, ref_id)
       SELECT ?, 'ticket', value FROM json_each(?) UNION ALL SELECT ?, 'price_tier', value FROM json_each(?)`,
      seq,
      JSON.stringify(tickets),
      seq,
      JSON.stringify(tiers),
    );
  }
  return seq;
}

/** The coalesce key of a state: one per kind and record unless the caller needs a finer one. */
export const stateKey = (kind: StateKind, recordId: string): string => `${kind}:${recordId}`;

/**
 * Records the newest state of a record: rewrites the payload of its pending row, or appends a new
 * pending row when none is pending (the previous one delivered, in flight or dead). Returns the seq.
 */
export function upsertState<K extends StateKind>(
  db: Db,
  kind: K,
  recordId: string,
  payload: OutboxPayload<K>,
  options: { scope: OutboxScope; eventAt: number; now: number; coalesceKey?: string },
): number {
  if (isEventKind(kind)) throw new Error(`${kind} is an event, not a state`);
  const row = statement(
    db,
    `${INSERT} ${UPSERT_PENDING} RETURNING seq`,
  ).get(params(kind, recordId, options.coalesceKey ?? stateKey(kind, recordId), payload, options.scope, options.eventAt, options.now)) as {
    seq: number;
  };
  return row.seq;
}

/** Rows of one multi-row upsert: a sale's 4 tickets are one statement; a session's 100,000 a thousand. */
const STATES_PER_STATEMENT = 100;

// The upsert of n rows, built once per n: a string built anew is hashed and compared whole by the statement cache's lookup.
const upsertSqlOf = new Map<number, string>();
function upsertSql(rows: number): string {
  let sql = upsertSqlOf.get(rows);
  if (sql === undefined) {
    sql = `${INSERT_INTO} VALUES ${Array.from({ length: rows }, () => ROW).join(', ')} ${UPSERT_PENDING}`;
    upsertSqlOf.set(rows, sql);
  }
  return sql;
}

/**
 * The newest states of several records of one kind, each under its own key (`stateKey`), as `upsertState` records
 * each one, in one statement per hundred: four upserts, each a statement with its RETURNING, were a tenth of a sale.
 */
export function upsertStates<K extends StateKind>(
  db: Db,
  kind: K,
  states: readonly { recordId: string; payload: OutboxPayload<K>; scope: OutboxScope }[],
  options: { eventAt: number; now: number },
): void {
  if (isEventKind(kind)) throw new Error(`${kind} is an event, not a state`);
  for (let at = 0; at < states.length; at += STATES_PER_STATEMENT) {
    const batch = states.slice(at, at + STATES_PER_STATEMENT);
    statement(db, upsertSql(batch.length)).run(batch.flatMap((s) => params(kind, s.recordId, stateKey(kind, s.recordId), s.payload, s.scope, options.eventAt, options.now)));
  }
}

/** The payload of the pending row of a state, if one is waiting (to extend it rather than replace it). */
export function pendingState<K extends StateKind>(db: Db, kind: K, coalesceKey: string): OutboxPayload<K> | undefined {
  const row = statement(db, "SELECT payload FROM outbox WHERE coalesce_key = ? AND status = 'pending'").get(coalesceKey) as
    | { payload: string }
    | undefined;
  return row ? (PAYLOAD_SCHEMAS[kind].parse(JSON.parse(row.payload)) as OutboxPayload<K>) : undefined;
}

/** Withdraws pending rows of a state nobody needs to send any more (a hall linked to an existing platform code). */
export function discardPendingState(db: Db, coalesceKey: string, reason: string, now: number): number {
  return run(
    db,
    `UPDATE outbox SET status = 'discarded', last_error_code = 'WITHDRAWN', last_error_message = ?, updated_at = ?
     WHERE coalesce_key = ? AND status IN ('pending', 'dead')`,
    reason,
    now,
    coalesceKey,
  ).changes;
}
