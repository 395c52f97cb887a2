import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SyncStatus } from '../../../electron/reporter/sync';
import { FAST_TUNING, drain, syncWorld } from './helpers/world';
import { evening } from './helpers/scenario';

test('the last status push after a drain carries fresh counts, even with the counts cached for a long while', { timeout: 20_000 }, async () => {
  const w = await syncWorld();
  try {
    evening(w.world, { orders: 3, refunds: 0, checkIns: 0 });
    const pushes: SyncStatus[] = [];
    const settled = (s: SyncStatus) => s.totals.pending === 0 && s.totals.inFlight === 0;
    let heardSettled: () => void = () => undefined;
    const settledPush = new Promise<void>((resolve) => (heardSettled = resolve));
    // Counts cached for a minute: only activity may refresh them.
    const worker = w.worker({
      tuning: { ...FAST_TUNING, countsMaxAgeMs: 60_000 },
      onStatus: (status) => {
        pushes.push(status);
        if (settled(status)) heardSettled();
      },
    });
    worker.start();
    assert.equal((await drain(worker)).outcome, 'drained');
    // The throttle's trailing push comes after the drain: with stale counts it would never show the queue empty.
    await settledPush;
    await worker.stop();
    const last = pushes.at(-1);
    assert.ok(last);
    assert.deepEqual([last.totals.pending, last.totals.inFlight, last.oldestPendingAt], [0, 0, null]);
    assert.ok(last.totals.deliveredToday > 0);
  } finally {
    await w.close();
  }
});
