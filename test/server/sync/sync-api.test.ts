import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { queryAudit } from '../../../db/audit';
import { appendEvent } from '../../../db/outbox/write';
import type { OutboxPayload } from '../../../db/outbox/payloads';
import { startSandbox } from '../../../electron/sandbox';
import type { DeadLetterView, PlatformSettingsView, PlatformTestView, ReconciliationView, SyncProgressView, SyncStatusView } from '../../../electron/server/contract';
import { cookieOf, startTestCore, type TestCore } from '../../helpers/core-server';
import { syncStatusWhen } from '../../helpers/sync-status';
import { testWorld } from '../../boxoffice/helpers/context';
import { outboxRows } from '../../boxoffice/helpers/outbox';
import { evening } from '../../reporter/sync/helpers/scenario';
import { FAST_TUNING } from '../../reporter/sync/helpers/world';

type Streamed = { name: string; data: unknown; at: number };

/** Reads server-sent events into a list until aborted; `next` resolves at the first one (read or to come) that `check` accepts. */
function listen(core: TestCore, cookie: string): { events: Streamed[]; next: (check: (event: Streamed) => boolean) => Promise<Streamed>; stop: () => void } {
  const events: Streamed[] = [];
  const waiting = new Set<{ check: (event: Streamed) => boolean; resolve: (event: Streamed) => void }>();
  const controller = new AbortController();
  void (async () => {
    const response = await fetch(`${core.url}/api/events`, { headers: { cookie }, signal: controller.signal });
    const reader = response.body?.getReader();
    let buffer = '';
    for (;;) {
      const chunk = await reader?.read().catch(() => undefined);
      if (!chunk || chunk.done) return;
      buffer += new TextDecoder().decode(chunk.value as Uint8Array);
      for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const name = /^event: (.*)$/m.exec(block)?.[1];
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (!name || !data) continue;
        const event = { name, data: JSON.parse(data) as unknown, at: Date.now() };
        events.push(event);
        for (const waiter of waiting) {
          if (!waiter.check(event)) continue;
          waiting.delete(waiter);
          waiter.resolve(event);
        }
      }
    }
  })();
  const next = (check: (event: Streamed) => boolean) => {
    const seen = events.find(check);
    return seen ? Promise.resolve(seen) : new Promise<Streamed>((resolve) => waiting.add({ check, resolve }));
  };
  return { events, next, stop: () => controller.abort() };
}

test('the core drains to its embedded sandbox; status for every role, sync now with progress events, reconciliation, dead letters', async () => {
  const core = await startTestCore({ sync: { ...FAST_TUNING, statusThrottleMs: 100 } });
  try {
    const manager = cookieOf((await core.call('setup.createFirstManager', { username: 'boss', displayName: '王芳', secret: '864200' })).setCookie);
    await core.call('users.create', { username: 'gate1', displayName: '张检票', role: 'gate', secret: '1357' }, manager);
    const gate = cookieOf((await core.call('auth.login', { username: 'gate1', secret: '1357' })).setCookie);
    const world = testWorld(core.core.db);
    const night = evening(world, { orders: 20, refunds: 2, checkIns: 10 });
    const stream = listen(core, manager);
    const gateStream = listen(core, gate);

    const gateStatus = await core.call('sync.status', {}, gate);
    assert.equal(gateStatus.status, 200);
    assert.equal((gateStatus.json as SyncStatusView).sandbox, true);
    assert.equal((await core.call('sync.now', {}, gate)).status, 403, 'sync now is for managers');
    const started = (await core.call('sync.now', {}, manager)).json as SyncProgressView;
    assert.equal(started.running, true);
    await stream.next((e) => e.name === 'sync.progress' && !(e.data as SyncProgressView).running);
    const last = stream.events.filter((e) => e.name === 'sync.progress').at(-1)?.data as SyncProgressView;
    assert.equal(last.outcome, 'drained');
    assert.equal(last.done, last.total);

    const status = (await core.call('sync.status', {}, manager)).json as SyncStatusView;
    assert.equal(status.state, 'online');
    assert.equal(status.nextTryAt, null);
    assert.equal(status.totals.pending, 0);
    assert.equal(status.kinds.order.deliveredToday, night.orders);
    assert.equal((await core.call('sync.cancel', {}, gate)).status, 403, 'stopping a sync now is for managers');
    assert.equal(((await core.call('sync.cancel', {}, manager)).json as SyncProgressView).outcome, 'drained', 'nothing running: the last sync as it ended');
    assert.ok(gateStream.events.some((e) => e.name === 'sync.status'), 'the gate sees the badge');
    assert.ok(!gateStream.events.some((e) => e.name === 'sync.progress'), 'progress is for managers');
    const statusEvents = stream.events.filter((e) => e.name === 'sync.status');
    const span = Math.max(1, (statusEvents.at(-1)?.at ?? 0) - (statusEvents[0]?.at ?? 0));
    assert.ok(statusEvents.length <= 3 + (span / 100) * 1.5, `status events are throttled (${statusEvents.length} in ${span} ms)`);

    const report = (await core.call('sync.reconciliation', {}, manager)).json as ReconciliationView;
    assert.equal(report.sessions.length, 2);
    assert.ok(report.sessions.every((s) => s.matches), JSON.stringify(report.sessions));
    assert.equal(report.undelivered.total, 0);
    assert.equal((await core.call('sync.reconciliation', {}, gate)).status, 403);

    // A dead letter: an order of a seat sold in a live order.
    const sold = outboxRows(core.core.db, 'order').map((r) => r.payload as OutboxPayload<'order'>)[1];
    const line = sold?.ticketOrderList[0];
    assert.ok(sold && line);
    appendEvent(core.core.db, 'order', 'ord_rogue', { ...sold, orderId: 'ord_rogue', ticketNum: 1, totalAmount: line.ticketOrderAmount, ticketOrderList: [{ ...line, ticketOrderId: 'tko_rogue' }] }, {
      scope: { performanceId: line.performanceId, sessionId: line.sessionId, orderId: 'ord_rogue' },
      refs: { tickets: [line.ticketId], priceTiers: [line.priceId] },
      eventAt: Date.now(),
      now: Date.now(),
    });
    await syncStatusWhen(core, 'the rogue order refused', (s) => s.totals.dead === 1);
    const letters = (await core.call('sync.deadLetters', {}, manager)).json as DeadLetterView[];
    assert.equal(letters.length, 1);
    assert.equal(letters[0]?.recordId, 'ord_rogue');
    assert.equal(letters[0].code, '4400');
    const conflict = await core.call('sync.requeue', { seq: letters[0].seq + 1000 }, manager);
    assert.equal(conflict.status, 409);
    assert.equal((await core.call('sync.discard', { seq: letters[0].seq, reason: '' }, manager)).status, 400);
    const discarded = await core.call('sync.discard', { seq: letters[0].seq, reason: '测试数据' }, manager);
    assert.deepEqual(discarded.json, { seq: letters[0].seq, status: 'discarded' });
    assert.equal(queryAudit(core.core.db, { action: 'sync.discard' })[0]?.username, 'boss');
    stream.stop();
    gateStream.stop();
  } finally {
    await core.close();
  }
});

test('platform settings: get, test, switch to another platform and back; the secret is stored encrypted and never shown', async () => {
  const core = await startTestCore({ sync: FAST_TUNING });
  const other = await startSandbox({ dataFile: join(core.dir, 'other-platform.db'), appId: 'VENUE-0001', secret: 's3cret-of-the-venue' });
  try {
    const manager = cookieOf((await core.call('setup.createFirstManager', { username: 'boss', displayName: '王芳', secret: '864200' })).setCookie);
    const initial = (await core.call('platform.get', {}, manager)).json as PlatformSettingsView;
    assert.deepEqual([initial.mode, initial.sandbox, initial.hasSecret], ['sandbox', true, false]);
    const test1 = (await core.call('platform.test', {}, manager)).json as PlatformTestView;
    assert.equal(test1.ok, true, test1.message);
    assert.deepEqual(test1.steps.map((s) => [s.step, s.ok]), [['token', true], ['types', true]]);

    const wrong = (await core.call('platform.test', { url: other.url, appId: 'VENUE-0001', secret: 'nope' }, manager)).json as PlatformTestView;
    assert.equal(wrong.ok, false);
    assert.match(wrong.message, /refused the appId or secret \(4100\)/);
    const plain = await core.call('platform.set', { mode: 'platform', url: 'http://platform.example.cn', appId: 'VENUE-0001', secret: 'x' }, manager);
    assert.equal(plain.status, 400);
    assert.match((plain.json as { message: string }).message, /refusing plain http/);
    assert.equal((await core.call('platform.set', { mode: 'platform', url: other.url, appId: 'VENUE-0001' }, manager)).status, 400, 'a new platform needs its secret');

    const set = (await core.call('platform.set', { mode: 'platform', url: other.url, appId: 'VENUE-0001', secret: 's3cret-of-the-venue' }, manager)).json as PlatformSettingsView;
    assert.deepEqual([set.mode, set.sandbox, set.url, set.hasSecret], ['platform', false, other.url, true]);
    assert.equal(JSON.stringify(set).includes('s3cret'), false);
    const stored = core.core.db.prepare("SELECT value FROM settings WHERE key = 'platform.settings'").pluck().get() as string;
    assert.equal(stored.includes('s3cret'), false, 'encrypted at rest');
    assert.equal(JSON.stringify(queryAudit(core.core.db, { action: 'platform.set' })).includes('s3cret'), false);
    const system = (await core.call('system.info', {}, manager)).json as { sandbox: boolean; platformUrl: string };
    assert.deepEqual([system.sandbox, system.platformUrl], [false, other.url]);

    const world = testWorld(core.core.db);
    evening(world, { orders: 3, refunds: 0, checkIns: 0 });
    await core.call('sync.now', {}, manager);
    await syncStatusWhen(core, 'the three orders delivered to the new platform', (s) => s.totals.pending === 0 && s.totals.inFlight === 0);
    assert.equal(other.inspect().state.orders, 3);
    const test2 = (await core.call('platform.test', {}, manager)).json as PlatformTestView;
    assert.equal(test2.ok, true);
    assert.match(test2.message, new RegExp(other.url.replace(/[.]/g, '\\.')));

    const undecided = await core.call('platform.set', { mode: 'sandbox' }, manager);
    assert.equal(undecided.status, 409, 'the other platform issued codes and received sales: going back needs a choice');
    assert.equal((undecided.json as { code: string }).code, 'GO_LIVE_DECISION_REQUIRED');
    assert.equal(core.core.platform.sandbox, false, 'nothing changed');
    const back = (await core.call('platform.set', { mode: 'sandbox', goLive: 'keep-sales' }, manager)).json as PlatformSettingsView;
    assert.deepEqual([back.mode, back.sandbox, back.switched?.outcome, back.switched?.eventsRequeued], ['sandbox', true, 'keep-sales', 3]);
  } finally {
    await other.close();
    await core.close();
  }
});
