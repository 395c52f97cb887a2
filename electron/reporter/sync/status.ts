import type { Db } from '../../../db/open';
import { OUTBOX_KINDS, type OutboxKind } from '../../../db/outbox/payloads';
import { kindCounts, oldestUndeliveredAt } from '../../../db/outbox/stats';
import { WIRE_DATETIME } from '../wire/inferred';
import type { KindStatus, SyncStatus } from './types';

const DAY_MS = 86_400_000;
const OFFSET_MS = WIRE_DATETIME.utcOffsetMinutes * 60_000;

/** Midnight of the current day in China time (the platform's day), as UTC ms. */
export function startOfChinaDay(now: number): number {
  return Math.floor((now + OFFSET_MS) / DAY_MS) * DAY_MS - OFFSET_MS;
}

/** The worker's own facts that the status shows beside the queue's counts. */
export type WorkerFacts = Omit<SyncStatus, 'kinds' | 'totals' | 'oldestPendingAt' | 'oldestPendingAgeMs'>;

/** Counts the queue and puts them beside the worker's facts. */
export function buildStatus(db: Db, facts: WorkerFacts): SyncStatus {
  const counts = kindCounts(db, startOfChinaDay(facts.at));
  const zero = (): KindStatus => ({ pending: 0, inFlight: 0, deliveredToday: 0, dead: 0 });
  const kinds = Object.fromEntries(OUTBOX_KINDS.map((kind) => [kind, zero()])) as Record<OutboxKind, KindStatus>;
  const totals = zero();
  for (const [kind, c] of counts) {
    kinds[kind] = { pending: c.pending, inFlight: c.inFlight, deliveredToday: c.deliveredSince, dead: c.dead };
    totals.pending += c.pending;
    totals.inFlight += c.inFlight;
    totals.deliveredToday += c.deliveredSince;
    totals.dead += c.dead;
  }
  const oldest = oldestUndeliveredAt(db);
  return { ...facts, kinds, totals, oldestPendingAt: oldest, oldestPendingAgeMs: oldest === null ? null : Math.max(0, facts.at - oldest) };
}
