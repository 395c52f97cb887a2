import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sell } from '../../../electron/boxoffice/sales/sell';
import { HOUR } from '../../boxoffice/helpers/context';
import { drain, statusCounts, syncWorld, until } from './helpers/world';
import { evening } from './helpers/scenario';
import { parseInput } from '../../../electron/boxoffice/parse-input';
import { sellInput } from '../../../electron/boxoffice/sales/schemas';

test('a 503 outage too short to go offline: the status says retrying, why, and when the next try is, never online while the record waits', async () => {
  const w = await syncWorld();
  try {
    const night = evening(w.world, { orders: 2, refunds: 0, checkIns: 0 });
    // Offline comes after many failures in a row here: this test is about the failures before that threshold.
    const worker = w.worker({ tuning: { offlineAfter: 1000 } });
    worker.start();
    await drain(worker);
    assert.equal(worker.status().state, 'online');
    assert.equal(worker.status().nextTryAt, null);

    // Every platform call gets HTTP 503 with Retry-After for the next 1.5 s; one sale is one request, one failure.
    w.sandbox.faults.set('outage=+0s/+1500ms');
    w.world.clock.now = night.unseated.session.startsAt - HOUR;
    sell(w.world.clerk, parseInput(sellInput, { sessionId: night.unseated.session.id, unseated: [{ priceTierId: night.unseated.tier['站票'] ?? '', quantity: 1 }], payment: { method: 'card', reference: 'r1' } }));
    worker.noticeWrites();
    await until(() => worker.status().state === 'retrying');
    const retrying = worker.status();
    assert.match(retrying.stateReason ?? '', /HTTP 503/);
    assert.equal(retrying.lastError?.code, 'HTTP 503');
    assert.ok(retrying.nextTryAt !== null && retrying.nextTryAt > retrying.at, 'a countdown to the next try');
    assert.ok(retrying.totals.pending + retrying.totals.inFlight >= 1);

    // "Sync now" waits through it; the manager stops waiting: nothing is dropped.
    worker.syncNow();
    const cancelled = worker.cancelManual();
    assert.equal(cancelled?.outcome, 'cancelled');
    assert.equal(cancelled.running, false);
    assert.equal(worker.cancelManual()?.outcome, 'cancelled', 'cancelling again changes nothing');

    // The platform answers again: the record goes on its own schedule and the state is online.
    await until(() => (statusCounts(w.db).pending ?? 0) === 0 && (statusCounts(w.db).in_flight ?? 0) === 0, 5_000);
    await until(() => worker.status().state === 'online');
    assert.equal(worker.status().nextTryAt, null);
    assert.equal(w.sandbox.inspect().state.orders, night.orders + 1);
  } finally {
    await w.close();
  }
});
