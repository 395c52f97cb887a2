import { test } from 'node:test';
import assert from 'node:assert/strict';
import { acceleratedClock } from '../../../electron/reporter/sync/clock';
import type { SyncStatus } from '../../../electron/reporter/sync/types';
import { drain, statusCounts, syncWorld } from './helpers/world';
import { evening } from './helpers/scenario';
import { count } from '../../boxoffice/helpers/outbox';
import { reconcile } from '../../../electron/reporter/sync/reconciliation';

// 60× faster: a two-minute outage passes in two seconds, a one-hour token lifetime in a minute.
const clock = acceleratedClock(60);

test('through 30% failures, token expiry every 50 calls and a two-minute outage, every record arrives once', async () => {
  const w = await syncWorld({ clock });
  try {
    const night = evening(w.world, { orders: 160, refunds: 16, checkIns: 150, seed: 5 });
    // Mixed failures: 5000, 5100, HTTP 503, connection resets, no answer at all; none of them applies the request.
    w.sandbox.faults.set('5000=0.08,5100=0.06,503=0.06,reset=0.06,hang=0.04,expire-every=50,seed=11');
    // The outage starts a minute (clock time) into the drain, when requests are in full flow.
    w.sandbox.faults.merge('outage=+60s/+2m');
    const statuses: SyncStatus[] = [];
    let unanswered = 0;
    const worker = w.worker({
      client: w.client({ timeouts: { connectMs: 600, headersMs: 600, bodyMs: 600, totalMs: 600 }, onRequestLog: (e) => {
          if (e.httpStatus === undefined) unanswered++;
        },
      }),
      onStatus: (s) => statuses.push(s),
    });
    worker.start();
    const progress = await drain(worker);
    assert.equal(progress.outcome, 'drained', JSON.stringify(reconcile(w.db, worker.judge, { now: Date.now() }).undelivered));
    assert.deepEqual(Object.keys(statusCounts(w.db)).filter((s) => s !== 'delivered' && s !== 'discarded'), []);

    const seen = w.sandbox.inspect();
    // Every record is in the platform once (the counts below). A repeat reaches it only when an answer was lost:
    // the injected resets and hangs are never applied, so only a request that timed out while the platform (on a
    // loaded machine) was still applying it can come again, and the platform sees it as the same record.
    const lost = unanswered - (seen.faults.reset ?? 0) - (seen.faults.hang ?? 0);
    assert.ok(seen.totals.duplicates <= Math.max(0, lost), `${seen.totals.duplicates} repeats, ${lost} answers lost beyond the injected faults: ${JSON.stringify(Object.fromEntries(Object.entries(seen.interfaces).filter(([, v]) => v.duplicates > 0).map(([k, v]) => [k, v.codes])))} ${JSON.stringify(seen.faults)}`);
    assert.deepEqual([...new Set(seen.rejections.latest.map((r) => r.code))].filter((c) => c !== '4200'), [], 'only expired tokens were refused');
    // How many calls meet the outage depends on timing: with few requests in flight its Retry-After is simply
    // waited out; with more, the worker goes offline and probes (the offline path has its own test).
    assert.ok((seen.faults.outage ?? 0) > 0, 'the outage was hit');
    assert.ok((seen.faults.hang ?? 0) > 0 && (seen.faults.reset ?? 0) > 0 && (seen.faults['5100'] ?? 0) > 0, JSON.stringify(seen.faults));
    assert.equal(seen.state.orders, night.orders);
    assert.equal(seen.state.ticketsSold, night.tickets);
    assert.equal(seen.state.refunds, night.refunds);
    assert.equal(seen.state.checkings, night.checkIns);
    assert.equal(seen.state.tickets, count(w.db, 'SELECT count(*) AS n FROM tickets'));
    assert.ok(statuses.length > 0);
    assert.equal(worker.status().state, 'online');
    if (process.env.SHOW) console.log(JSON.stringify({ calls: seen.totals, faults: seen.faults, tokens: seen.tokenRequests }));
  } finally {
    await w.close();
  }
});
