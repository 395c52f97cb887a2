import type { Db } from '../../../db/open';
import { OUTBOX_KINDS, type OutboxKind } from '../../../db/outbox/payloads';
import { deliveredByKindSince, oldestUndeliveredAt, undeliveredByKind, type UndeliveredCounts } from '../../../db/outbox/stats';
import { startOfChinaDay } from '../../china-time';
import type { KindStatus, SyncStatus } from './types';


/** The worker's own facts that the status shows beside the queue's counts. */
export type WorkerFacts = Omit<SyncStatus, 'kinds' | 'totals' | 'oldestPendingAt' | 'oldestPendingAgeMs'>;

/** What the queue holds, counted at one moment. */
export interface QueueCounts {
  at: number;
  undelivered: Map<OutboxKind, UndeliveredCounts>;
  oldestPendingAt: number | null;
}

/** Counts the undelivered rows (read from the queue). */
export function countQueue(db: Db, now: number): QueueCounts {
  return { at: now, undelivered: undeliveredByKind(db), oldestPendingAt: oldestUndeliveredAt(db) };
}

/**
 * Deliveries of the current China day per kind: counted from the table once a day (at the first status of the
 * day, or of the run), then kept up by the worker, which is the only one delivering (see lease.ts).
 */
export class DeliveredToday {
  private day = Number.NaN;
  private readonly counts = new Map<OutboxKind, number>();

  constructor(private readonly db: Db) {}

  /** The counts for the day of `now`. */
  read(now: number): ReadonlyMap<OutboxKind, number> {
    const day = startOfChinaDay(now);
    if (day !== this.day) {
      this.day = day;
      this.counts.clear();
      for (const [kind, n] of deliveredByKindSince(this.db, day)) this.counts.set(kind, n);
    }
    return this.counts;
  }

  /** Records a delivery made now. */
  add(now: number, kind: OutboxKind, n: number): void {
    if (startOfChinaDay(now) !== this.day) return; // read() recounts the new day from the table
    this.counts.set(kind, (this.counts.get(kind) ?? 0) + n);
  }
}

/** Puts the queue's counts and the day's deliveries beside the worker's facts. */
export function buildStatus(queue: QueueCounts, delivered: ReadonlyMap<OutboxKind, number>, facts: WorkerFacts): SyncStatus {
  const zero = (): KindStatus => ({ pending: 0, inFlight: 0, deliveredToday: 0, dead: 0 });
  const kinds = Object.fromEntries(OUTBOX_KINDS.map((kind) => [kind, zero()])) as Record<OutboxKind, KindStatus>;
  const totals = zero();
  for (const kind of OUTBOX_KINDS) {
    const c = queue.undelivered.get(kind) ?? { pending: 0, inFlight: 0, dead: 0 };
    const entry: KindStatus = { pending: c.pending, inFlight: c.inFlight, deliveredToday: delivered.get(kind) ?? 0, dead: c.dead };
    kinds[kind] = entry;
    totals.pending += entry.pending;
    totals.inFlight += entry.inFlight;
    totals.deliveredToday += entry.deliveredToday;
    totals.dead += entry.dead;
  }
  const oldest = queue.oldestPendingAt;
  return { ...facts, kinds, totals, oldestPendingAt: oldest, oldestPendingAgeMs: oldest === null ? null : Math.max(0, facts.at - oldest) };
}
