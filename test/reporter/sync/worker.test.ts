import { test } from 'node:test';
import assert from 'node:assert/strict';
import { queryAudit } from '../../../db/audit';
import { appendEvent } from '../../../db/outbox/write';
import type { OutboxPayload } from '../../../db/outbox/payloads';
import { readSetting } from '../../../db/settings';
import { sell } from '../../../electron/boxoffice/sales/sell';
import { checkIn } from '../../../electron/boxoffice/gate/check-in';
import type { RequestLogEntry } from '../../../electron/reporter/client/transport';
import { persistedToken } from '../../../electron/reporter/sync/token-store';
import { deadLetters } from '../../../electron/reporter/sync/dead-letters';
import type { SyncStatus, SyncWorker } from '../../../electron/reporter/sync';
import { HOUR } from '../../boxoffice/helpers/context';
import { outboxRows } from '../../boxoffice/helpers/outbox';
import { drain, syncWorld } from './helpers/world';
import { evening } from './helpers/scenario';
import { parseInput } from '../../../electron/boxoffice/parse-input';
import { sellInput } from '../../../electron/boxoffice/sales/schemas';
import { checkInInput } from '../../../electron/boxoffice/gate/schemas';

/** A worker's status pushes, awaited: `until` resolves at the first status (now, or pushed later) where `check` holds. */
function statusFeed() {
  const waiting: { check: (status: SyncStatus) => boolean; resolve: () => void }[] = [];
  return {
    onStatus: (status: SyncStatus): void => {
      for (const waiter of [...waiting]) {
        if (!waiter.check(status)) continue;
        waiting.splice(waiting.indexOf(waiter), 1);
        waiter.resolve();
      }
    },
    until: (worker: SyncWorker, check: (status: SyncStatus) => boolean): Promise<void> =>
      check(worker.status()) ? Promise.resolve() : new Promise((resolve) => waiting.push({ check, resolve })),
  };
}
const drained = (status: SyncStatus) => status.totals.pending === 0 && status.totals.inFlight === 0;

test('4100: the worker pauses and says why (audited); nothing is lost; new credentials resume it', { timeout: 30_000 }, async () => {
  const w = await syncWorld();
  try {
    evening(w.world, { orders: 3, refunds: 0, checkIns: 0 });
    const worker = w.worker({ client: w.client({ secret: 'not-the-secret' }) });
    worker.start();
    const progress = await drain(worker);
    assert.equal(progress.outcome, 'paused');
    const status = worker.status();
    assert.equal(status.state, 'paused');
    assert.match(status.stateReason ?? '', /refused the credentials \(4100\).*appId or secret/);
    assert.equal(status.totals.dead, 0);
    assert.ok(status.totals.pending > 0);
    assert.equal(queryAudit(w.db, { action: 'sync.paused' }).length, 1);
    assert.doesNotMatch(JSON.stringify(queryAudit(w.db, { action: 'sync.paused' })), /not-the-secret/);

    worker.setClient(w.client(), { platformChanged: false });
    assert.equal((await drain(worker)).outcome, 'drained');
    assert.equal(worker.status().state, 'online');
  } finally {
    await w.close();
  }
});

test('an unreachable platform: offline after consecutive failures, probes at a growing interval, full speed at the first answer', { timeout: 30_000 }, async () => {
  const w = await syncWorld();
  try {
    const night = evening(w.world, { orders: 20, refunds: 0, checkIns: 0 });
    const states: string[] = [];
    const probes = new Set<number>();
    const feed = statusFeed();
    const worker = w.worker({
      tuning: { probe: { initialMs: 20, factor: 2, maxMs: 80 } },
      onStatus: (s) => {
        states.push(s.state);
        if (s.state === 'offline' && s.nextProbeAt !== null) probes.add(s.nextProbeAt);
        feed.onStatus(s);
      },
    });
    worker.start();
    await drain(worker);
    await w.stopSandbox();
    w.world.clock.now = night.unseated.session.startsAt - HOUR;
    for (let i = 0; i < 10; i++) sell(w.world.clerk, parseInput(sellInput, { sessionId: night.unseated.session.id, unseated: [{ priceTierId: night.unseated.tier['站票'] ?? '', quantity: 1 }], payment: { method: 'card', reference: `off${i}` } }));
    await feed.until(worker, (s) => s.state === 'offline');
    const offline = worker.status();
    assert.match(offline.stateReason ?? '', /connection/);
    assert.equal(offline.lastError?.code, 'connection');
    assert.ok(offline.nextProbeAt !== null);
    assert.ok(offline.totals.pending >= 10);
    // Two probes fail (each pushes its next time) before the platform comes back.
    await feed.until(worker, () => probes.size >= 3);
    await w.startSandbox();
    await feed.until(worker, (s) => s.state === 'online' && drained(s));
    assert.equal(worker.status().state, 'online');
    const seen = w.sandbox.inspect();
    assert.equal(seen.state.orders, night.orders + 10);
    assert.ok(states.includes('offline'));
  } finally {
    await w.close();
  }
});

test('check-ins and tickets go in lists of at most maxBatch; a list refused for one bad item is split and only that item dies', { timeout: 30_000 }, async () => {
  const w = await syncWorld();
  try {
    const night = evening(w.world, { orders: 30, refunds: 0, checkIns: 0 });
    const lists: { name: string; items: number; outcome: string }[] = [];
    const onRequestLog = (entry: RequestLogEntry) => {
      const body = entry.requestBody as { ticketList?: unknown[] };
      if (body.ticketList) lists.push({ name: entry.interface, items: body.ticketList.length, outcome: entry.outcome });
    };
    const worker = w.worker({ client: w.client({ onRequestLog }), tuning: { maxBatch: 7 } });
    worker.start();
    await drain(worker);
    assert.ok(lists.length >= Math.ceil(350 / 7) && lists.every((l) => l.items <= 7), JSON.stringify(lists));

    // Gate time: twelve admissions, and one of a ticket that was never sold, which the platform refuses with its whole list.
    const codes = w.db.prepare('SELECT ticket_code FROM order_lines WHERE session_id = ? LIMIT 12').pluck().all(night.unseated.session.id) as string[];
    w.world.clock.now = night.unseated.session.startsAt - HOUR / 2;
    for (const code of codes) assert.equal(checkIn(w.world.gate, parseInput(checkInInput, { gateName: '东门', sessionIds: [night.unseated.session.id], code, entry: 'device' })).verdict, 'valid');
    const [unsold] = w.db.prepare("SELECT id, price_tier_id AS tier FROM tickets WHERE session_id = ? AND status = 'available' LIMIT 1").all(night.unseated.session.id) as { id: string; tier: string }[];
    assert.ok(unsold);
    const now = w.world.clock.now;
    appendEvent(w.db, 'checking', 'chk_bad', { checkInId: 'chk_bad', ticketId: unsold.id, sessionId: night.unseated.session.id, priceId: unsold.tier, checkingTime: now, checkingType: 'code', authType: 'device' }, {
      scope: { sessionId: night.unseated.session.id, priceTierId: unsold.tier, ticketId: unsold.id },
      refs: { tickets: [unsold.id] },
      eventAt: now,
      now,
    });
    lists.length = 0;
    await drain(worker);
    const checkings = lists.filter((l) => l.name === 'checking');
    assert.deepEqual(checkings.slice(0, 2).map((l) => [l.items, l.outcome]), [[7, 'success'], [6, 'permanent']], JSON.stringify(checkings));
    assert.equal(checkings.slice(2).filter((l) => l.items === 1).length, 6, 'then one by one');
    const dead = deadLetters(w.db);
    assert.deepEqual(dead.map((d) => d.recordId), ['chk_bad']);
    assert.match(dead[0]?.message ?? '', /never reported sold/);
    assert.equal(w.sandbox.inspect().state.checkings, 12);
  } finally {
    await w.close();
  }
});

test('the token is kept between runs: a restarted worker spends no token request', { timeout: 30_000 }, async () => {
  const w = await syncWorld();
  try {
    const night = evening(w.world, { orders: 2, refunds: 0, checkIns: 0 });
    const first = w.worker({ client: w.client(persistedTokenOptions()) });
    first.start();
    await drain(first);
    await first.stop();
    const saved = readSetting(w.db, 'platform.token') as { token: string; expiresAt: number; target: string };
    assert.equal(saved.token.length, 40);
    assert.ok(saved.expiresAt > Date.now());
    const tokens = w.sandbox.inspect().tokenRequests.issued;

    w.world.clock.now = night.unseated.session.startsAt - HOUR;
    sell(w.world.clerk, parseInput(sellInput, { sessionId: night.unseated.session.id, unseated: [{ priceTierId: night.unseated.tier['站票'] ?? '', quantity: 1 }], payment: { method: 'card', reference: 'again' } }));
    const second = w.worker({ client: w.client(persistedTokenOptions()) });
    second.start();
    assert.equal((await drain(second)).outcome, 'drained');
    assert.equal(w.sandbox.inspect().tokenRequests.issued, tokens, 'no new token');
    assert.equal(w.sandbox.inspect().state.orders, night.orders + 1);
  } finally {
    await w.close();
  }

  function persistedTokenOptions() {
    return { token: persistedToken(w.db, w.sandbox.url, w.sandbox.appId) };
  }
});

test('one worker per database: a second one waits for the lease, and takes over when the first stops', { timeout: 30_000 }, async () => {
  const w = await syncWorld();
  try {
    evening(w.world, { orders: 2, refunds: 0, checkIns: 0 });
    const first = w.worker();
    first.start();
    const feed = statusFeed();
    const second = w.worker({ onStatus: feed.onStatus });
    second.start();
    assert.equal(second.status().state, 'leased');
    assert.match(second.status().stateReason ?? '', new RegExp(`pid ${process.pid}`));
    await drain(first);
    await first.stop();
    await feed.until(second, (s) => s.state === 'online');
  } finally {
    await w.close();
  }
});

test('new outbox rows wake a running worker: a sale arrives without "sync now"', { timeout: 30_000 }, async () => {
  const w = await syncWorld();
  try {
    const night = evening(w.world, { orders: 1, refunds: 0, checkIns: 0 });
    const feed = statusFeed();
    const worker = w.worker({ onStatus: feed.onStatus });
    worker.start();
    await feed.until(worker, drained);
    w.world.clock.now = night.unseated.session.startsAt - HOUR;
    const order = sell(w.world.clerk, parseInput(sellInput, { sessionId: night.unseated.session.id, unseated: [{ priceTierId: night.unseated.tier['站票'] ?? '', quantity: 2 }], payment: { method: 'card', reference: 'live' } }));
    await feed.until(worker, (s) => drained(s) && s.kinds.order.deliveredToday >= 2);
    assert.ok(outboxRows(w.db, 'order', 'delivered').some((r) => (r.payload as OutboxPayload<'order'>).orderId === order.id));
    const status = worker.status();
    assert.equal(status.totals.pending, 0);
    assert.ok(status.kinds.order.deliveredToday >= 2);
    assert.ok(status.lastSuccessAt !== null && status.ratePerMinute > 0);
    assert.equal(status.oldestPendingAt, null);
  } finally {
    await w.close();
  }
});

test('a stored payload that no longer parses, or that the platform would refuse, is a dead letter on its own; the rest of its list is delivered', { timeout: 30_000 }, async () => {
  const w = await syncWorld();
  try {
    const night = evening(w.world, { orders: 2, refunds: 0, checkIns: 0 });
    const worker = w.worker();
    worker.start();
    assert.equal((await drain(worker)).outcome, 'drained');
    w.world.clock.now = night.unseated.session.startsAt - HOUR;
    // Three tickets sold: their three states go in one list.
    const order = sell(w.world.clerk, parseInput(sellInput, { sessionId: night.unseated.session.id, unseated: [{ priceTierId: night.unseated.tier['站票'] ?? '', quantity: 3 }], payment: { method: 'card', reference: 'damaged' } }));
    const [damaged, blank, sound] = order.lines.map((line) => w.db.prepare("SELECT seq FROM outbox WHERE kind = 'ticket' AND record_id = ? AND status = 'pending'").pluck().get(line.ticketId) as number);
    assert.ok(damaged !== undefined && blank !== undefined && sound !== undefined);
    // Damaged on disk (or written by another version): a value its schema does not know.
    w.db.prepare("UPDATE outbox SET payload = json_set(payload, '$.availableSale', 'bogus') WHERE seq = ?").run(damaged);
    // A value the stored schema takes but the platform refuses (a blank id): refused before sending, checked once.
    w.db.prepare("UPDATE outbox SET payload = json_set(payload, '$.ticketId', '  ') WHERE seq = ?").run(blank);
    const calls = w.sandbox.inspect().totals.calls;
    await drain(worker);
    const row = (seq: number) => w.db.prepare('SELECT status, last_error_code AS code, last_error_message AS message FROM outbox WHERE seq = ?').get(seq) as { status: string; code: string | null; message: string | null };
    assert.equal(row(damaged).status, 'dead');
    assert.equal(row(damaged).code, 'LOCAL');
    assert.match(row(damaged).message ?? '', /stored payload does not parse/);
    assert.equal(row(blank).status, 'dead');
    assert.equal(row(blank).code, 'LOCAL');
    assert.match(row(blank).message ?? '', /^its stored payload does not parse to the platform's rules: ticketId: must not be empty$/);
    assert.equal(row(sound).status, 'delivered');
    // The tier's stock, the sound ticket's list and the order: nothing was sent to be refused.
    assert.equal(w.sandbox.inspect().totals.calls - calls, 3);
  } finally {
    await w.close();
  }
});
