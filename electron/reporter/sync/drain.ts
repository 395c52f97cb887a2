// `boxoffice sync --once`: one manual sync to its end, summed up in one line.
import { OUTBOX_KINDS, type OutboxKind } from '../../../db/outbox/payloads';
import { deliveredByKindSince, listUndelivered, undeliveredByKind } from '../../../db/outbox/stats';
import type { Db } from '../../../db/open';
import { explainRow } from './explain';
import type { SyncProgress } from './types';
import type { SyncWorker } from './worker';

/** What a drain achieved and what is left. */
export interface DrainSummary {
  outcome: SyncProgress['outcome'] | 'timeout';
  /** Records delivered during this drain, per kind (kinds with none left out). */
  delivered: Partial<Record<OutboxKind, number>>;
  /** Still pending or in flight, of which `held` wait (directly or not) on a dead letter. */
  pending: number;
  held: number;
  dead: number;
  durationMs: number;
  /** Why the worker stopped short, when it did (offline, paused). */
  reason: string | null;
}

/**
 * Runs one manual sync until it ends, or `timeoutMs` passes (the platform unreachable all along), and sums up.
 * Succeeded (exit 0) when nothing is left but dead letters and what waits on them.
 */
export async function drainOnce(worker: SyncWorker, db: Db, options: { timeoutMs: number; now: () => number }): Promise<{ summary: DrainSummary; succeeded: boolean }> {
  const started = options.now();
  worker.syncNow();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const finished = await Promise.race([worker.manualDone(), new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), options.timeoutMs)))]);
  clearTimeout(timer);
  const status = worker.status();
  const queue = [...undeliveredByKind(db).values()];
  const counts = deliveredByKindSince(db, started);
  const delivered: Partial<Record<OutboxKind, number>> = {};
  for (const kind of OUTBOX_KINDS) {
    const n = counts.get(kind) ?? 0;
    if (n > 0) delivered[kind] = n;
  }
  let held = 0;
  const now = options.now();
  worker.judge.newPass();
  for (let afterSeq = 0; ; ) {
    const page = listUndelivered(db, { afterSeq, limit: 1000 });
    for (const row of page) if (row.status === 'pending' && explainRow(db, worker.judge, row, now).heldByDeadLetter !== null) held++;
    const last = page.at(-1);
    if (!last || page.length < 1000) break;
    afterSeq = last.seq;
  }
  const pending = queue.reduce((sum, c) => sum + c.pending + c.inFlight, 0);
  const dead = queue.reduce((sum, c) => sum + c.dead, 0);
  const outcome = finished === 'timeout' ? 'timeout' : (finished?.outcome ?? 'stopped');
  return {
    summary: { outcome, delivered, pending, held, dead, durationMs: now - started, reason: status.stateReason ?? (pending > held ? (status.lastError?.message ?? null) : null) },
    succeeded: (outcome === 'drained' || outcome === 'held') && pending === held,
  };
}
