import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SyncStatus } from '../../../electron/reporter/sync';
import { FAST_TUNING, drain, syncWorld } from './helpers/world';
import { evening } from './helpers/scenario';

test('the last status push after a drain carries fresh counts, even with the counts cached for a long while', async () => {
  const w = await syncWorld();
  try {
    evening(w.world, { orders: 3, refunds: 0, checkIns: 0 });
    const pushes: SyncStatus[] = [];
    // Counts cached for a minute: only activity may refresh them.
    const worker = w.worker({ tuning: { ...FAST_TUNING, countsMaxAgeMs: 60_000 }, onStatus: (status) => pushes.push(status) });
    worker.start();
    assert.equal((await drain(worker)).outcome, 'drained');
    // The throttle's trailing push comes after the drain: wait until the pushes settle.
    let seen = -1;
    while (seen !== pushes.length) {
      seen = pushes.length;
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    const last = pushes.at(-1);
    assert.ok(last);
    assert.deepEqual([last.totals.pending, last.totals.inFlight, last.oldestPendingAt], [0, 0, null]);
    assert.ok(last.totals.deliveredToday > 0);
  } finally {
    await w.close();
  }
});
