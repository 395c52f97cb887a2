// The worker's side of the outbox (electron/reporter/sync/ builds the worker on these): pick, mark, retry, park, requeue.
import type { Db } from '../open';
import { allRows, getRow, run } from '../statements';
import { PAYLOAD_SCHEMAS, type OutboxKind } from './payloads';

export type OutboxStatus = 'pending' | 'in_flight' | 'delivered' | 'dead' | 'discarded';

export interface OutboxRow {
  /** The row's identity: global order of first append, never reused. */
  seq: number;
  kind: OutboxKind;
  recordId: string;
  coalesceKey: string | null;
  venueId: string | null;
  hallId: string | null;
  performanceId: string | null;
  sessionId: string | null;
  priceTierId: string | null;
  orderId: string | null;
  ticketId: string | null;
  /** Validated against the kind's schema on read. */
  payload: unknown;
  status: OutboxStatus;
  attempts: number;
  nextAttemptAt: number;
  lastErrorCode: string | null;
  lastErrorMessage: string | null;
  eventAt: number;
  createdAt: number;
  updatedAt: number;
  deliveredAt: number | null;
}

interface RawRow {
  seq: number;
  kind: OutboxKind;
  record_id: string;
  coalesce_key: string | null;
  venue_id: string | null;
  hall_id: string | null;
  performance_id: string | null;
  session_id: string | null;
  price_tier_id: string | null;
  order_id: string | null;
  ticket_id: string | null;
  payload: string;
  status: OutboxStatus;
  attempts: number;
  next_attempt_at: number;
  last_error_code: string | null;
  last_error_message: string | null;
  event_at: number;
  created_at: number;
  updated_at: number;
  delivered_at: number | null;
}

/** A stored payload as its kind's schema reads it (the boundary: stored payloads are parsed once, on read). */
export function parsePayload(kind: OutboxKind, text: string): unknown {
  return PAYLOAD_SCHEMAS[kind].parse(JSON.parse(text));
}

export function toOutboxRow(raw: RawRow): OutboxRow {
  return {
    seq: raw.seq,
    kind: raw.kind,
    recordId: raw.record_id,
    coalesceKey: raw.coalesce_key,
    venueId: raw.venue_id,
    hallId: raw.hall_id,
    performanceId: raw.performance_id,
    sessionId: raw.session_id,
    priceTierId: raw.price_tier_id,
    orderId: raw.order_id,
    ticketId: raw.ticket_id,
    payload: parsePayload(raw.kind, raw.payload),
    status: raw.status,
    attempts: raw.attempts,
    nextAttemptAt: raw.next_attempt_at,
    lastErrorCode: raw.last_error_code,
    lastErrorMessage: raw.last_error_message,
    eventAt: raw.event_at,
    createdAt: raw.created_at,
    updatedAt: raw.updated_at,
    deliveredAt: raw.delivered_at,
  };
}

export function getOutboxRow(db: Db, seq: number): OutboxRow | undefined {
  const raw = getRow<RawRow>(db, 'SELECT * FROM outbox WHERE seq = ?', seq);
  return raw && toOutboxRow(raw);
}

/** Pending rows whose retry time has come, oldest first; dependencies are the worker's to judge. */
export function listDue(db: Db, options: { now: number; limit: number; kinds?: readonly OutboxKind[]; afterSeq?: number }): OutboxRow[] {
  const kinds = options.kinds ?? null;
  const rows = allRows<RawRow>(
    db,
    `SELECT * FROM outbox WHERE status = 'pending' AND seq > ? AND next_attempt_at <= ?
       AND (? IS NULL OR kind IN (SELECT value FROM json_each(?)))
     ORDER BY seq LIMIT ?`,
    options.afterSeq ?? 0,
    options.now,
    kinds && 1,
    kinds && JSON.stringify(kinds),
    options.limit,
  );
  return rows.map(toOutboxRow);
}

/** The tickets and tiers an event row concerns. */
export function outboxRefs(db: Db, seq: number): { tickets: string[]; priceTiers: string[] } {
  const refs = allRows<{ ref_kind: 'ticket' | 'price_tier'; ref_id: string }>(db, 'SELECT ref_kind, ref_id FROM outbox_refs WHERE seq = ? ORDER BY ref_id', seq);
  return {
    tickets: refs.filter((r) => r.ref_kind === 'ticket').map((r) => r.ref_id),
    priceTiers: refs.filter((r) => r.ref_kind === 'price_tier').map((r) => r.ref_id),
  };
}

const inList = (seqs: readonly number[]) => JSON.stringify(seqs);

/** Claims pending rows for sending; returns the seqs actually claimed (another worker may have taken some). */
export function markInFlight(db: Db, seqs: readonly number[], now: number): number[] {
  return allRows<{ seq: number }>(
    db,
    `UPDATE outbox SET status = 'in_flight', attempts = attempts + 1, updated_at = ?
     WHERE status = 'pending' AND seq IN (SELECT value FROM json_each(?)) RETURNING seq`,
    now,
    inList(seqs),
  ).map((row) => row.seq);
}

export function markDelivered(db: Db, seqs: readonly number[], now: number): number {
  return run(
    db,
    `UPDATE outbox SET status = 'delivered', delivered_at = ?, updated_at = ?, last_error_code = NULL, last_error_message = NULL
     WHERE status = 'in_flight' AND seq IN (SELECT value FROM json_each(?))`,
    now,
    now,
    inList(seqs),
  ).changes;
}

// A state row going back to pending while a newer state of its key is already pending is superseded:
// the newer one will be sent instead, so the older is discarded (the unique index allows one pending per key).
export const BACK_TO_PENDING = `CASE WHEN coalesce_key IS NOT NULL AND EXISTS
  (SELECT 1 FROM outbox AS newer WHERE newer.coalesce_key = outbox.coalesce_key AND newer.status = 'pending')
  THEN 'discarded' ELSE 'pending' END`;

/** A transient failure: back to pending, not before `retryAt`. */
export function markRetry(db: Db, seq: number, failure: { now: number; retryAt: number; code: string; message: string }): void {
  run(
    db,
    `UPDATE outbox SET status = ${BACK_TO_PENDING}, next_attempt_at = ?, last_error_code = ?, last_error_message = ?, updated_at = ?
     WHERE seq = ? AND status = 'in_flight'`,
    failure.retryAt,
    failure.code,
    failure.message,
    failure.now,
    seq,
  );
}

/** A permanent refusal: parked as a dead letter with the platform's code and message, for a manager. */
export function markDead(db: Db, seq: number, failure: { now: number; code: string; message: string }): void {
  run(
    db,
    `UPDATE outbox SET status = 'dead', last_error_code = ?, last_error_message = ?, updated_at = ?
     WHERE seq = ? AND status IN ('in_flight', 'pending')`,
    failure.code,
    failure.message,
    failure.now,
    seq,
  );
}

/** A manager sends a dead letter again (after correcting its source); returns its new status. */
export function requeueDead(db: Db, seq: number, now: number): OutboxStatus | undefined {
  return getRow<{ status: OutboxStatus }>(
    db,
    `UPDATE outbox SET status = ${BACK_TO_PENDING}, next_attempt_at = ?, updated_at = ? WHERE seq = ? AND status = 'dead' RETURNING status`,
    now,
    now,
    seq,
  )?.status;
}

/** A manager gives up on a dead letter (or a pending row), with a reason. */
export function discardRow(db: Db, seq: number, reason: string, now: number): boolean {
  return (
    run(
      db,
      `UPDATE outbox SET status = 'discarded', last_error_code = 'DISCARDED', last_error_message = ?, updated_at = ?
       WHERE seq = ? AND status IN ('dead', 'pending')`,
      reason,
      now,
      seq,
    ).changes === 1
  );
}

/** After a restart: whatever was in flight when the process died is sent again (same ids). */
export function recoverInFlight(db: Db, now: number): number {
  return run(db, `UPDATE outbox SET status = ${BACK_TO_PENDING}, next_attempt_at = ?, updated_at = ? WHERE status = 'in_flight'`, now, now).changes;
}

export interface OutboxCounts {
  kind: OutboxKind;
  pending: number;
  inFlight: number;
  dead: number;
  delivered: number;
  oldestPendingEventAt: number | null;
}

/** Per kind: pending, in flight, dead, delivered, and the oldest pending event time. */
export function outboxCounts(db: Db): OutboxCounts[] {
  return allRows<{ kind: OutboxKind; pending: number; in_flight: number; dead: number; delivered: number; oldest: number | null }>(
    db,
    `SELECT kind,
       sum(status = 'pending') AS pending, sum(status = 'in_flight') AS in_flight,
       sum(status = 'dead') AS dead, sum(status = 'delivered') AS delivered,
       min(CASE WHEN status = 'pending' THEN event_at END) AS oldest
     FROM outbox GROUP BY kind ORDER BY kind`,
  ).map((row) => ({
    kind: row.kind,
    pending: row.pending,
    inFlight: row.in_flight,
    dead: row.dead,
    delivered: row.delivered,
    oldestPendingEventAt: row.oldest,
  }));
}
