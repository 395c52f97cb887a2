// Counts and lists of the outbox for the sync status, the dead-letter screen and reconciliation.
import type { Db } from '../open';
import { allRows, getRow } from '../statements';
import type { OutboxKind } from './payloads';
import { toOutboxRow, type OutboxRow } from './queue';

export interface UndeliveredCounts {
  pending: number;
  inFlight: number;
  dead: number;
}

/** Per kind: pending, in flight and dead rows (reads the undelivered rows only, through the status index). */
export function undeliveredByKind(db: Db): Map<OutboxKind, UndeliveredCounts> {
  const counts = new Map<OutboxKind, UndeliveredCounts>();
  for (const row of allRows<{ kind: OutboxKind; status: string; n: number }>(
    db,
    "SELECT kind, status, count(*) AS n FROM outbox WHERE status IN ('pending', 'in_flight', 'dead') GROUP BY kind, status",
  )) {
    let entry = counts.get(row.kind);
    if (!entry) {
      entry = { pending: 0, inFlight: 0, dead: 0 };
      counts.set(row.kind, entry);
    }
    if (row.status === 'pending') entry.pending = row.n;
    else if (row.status === 'in_flight') entry.inFlight = row.n;
    else entry.dead = row.n;
  }
  return counts;
}

/**
 * Per kind: rows delivered since `since`, from the index of delivered rows by time (0220, partial: the rows a sale or
 * a check-in writes are pending and stay out of it), named: without statistics SQLite takes the status index, which
 * is every delivered row. The worker asks once a day and counts its deliveries itself.
 */
export function deliveredByKindSince(db: Db, since: number): Map<OutboxKind, number> {
  return new Map(
    allRows<{ kind: OutboxKind; n: number }>(db, "SELECT kind, count(*) AS n FROM outbox INDEXED BY outbox_delivered_at WHERE status = 'delivered' AND delivered_at >= ? GROUP BY kind", since).map((r) => [r.kind, r.n]),
  );
}

/** Rows pending or in flight (an index-only count). */
export function countUndelivered(db: Db): number {
  return getRow<{ n: number }>(db, "SELECT count(*) AS n FROM outbox WHERE status IN ('pending', 'in_flight')")?.n ?? 0;
}

/** When the oldest record still waiting to be delivered was appended (pending or in flight), or null. */
export function oldestUndeliveredAt(db: Db): number | null {
  // Queue order is append order: the lowest pending seq is found through the partial index, without a scan.
  const pending = getRow<{ at: number }>(db, "SELECT created_at AS at FROM outbox WHERE status = 'pending' ORDER BY seq LIMIT 1");
  const inFlight = getRow<{ at: number | null }>(db, "SELECT min(created_at) AS at FROM outbox WHERE status = 'in_flight'");
  const times = [pending?.at, inFlight?.at ?? undefined].filter((t): t is number => t !== undefined);
  return times.length ? Math.min(...times) : null;
}

/** Dead letters, newest first, with their payloads; page with `beforeSeq`. */
export function listDeadLetters(db: Db, options: { limit: number; beforeSeq?: number }): OutboxRow[] {
  return allRows<Parameters<typeof toOutboxRow>[0]>(
    db,
    "SELECT * FROM outbox WHERE status = 'dead' AND seq < ? ORDER BY seq DESC LIMIT ?",
    options.beforeSeq ?? Number.MAX_SAFE_INTEGER,
    options.limit,
  ).map(toOutboxRow);
}

/** Rows not delivered yet (pending, in flight, dead) in queue order, of one session or all; page with `afterSeq`. */
export function listUndelivered(db: Db, options: { sessionId?: string; afterSeq?: number; limit: number }): OutboxRow[] {
  return allRows<Parameters<typeof toOutboxRow>[0]>(
    db,
    `SELECT * FROM outbox WHERE status IN ('pending', 'in_flight', 'dead') AND seq > ? AND (? IS NULL OR session_id = ?) ORDER BY seq LIMIT ?`,
    options.afterSeq ?? 0,
    options.sessionId ?? null,
    options.sessionId ?? null,
    options.limit,
  ).map(toOutboxRow);
}
