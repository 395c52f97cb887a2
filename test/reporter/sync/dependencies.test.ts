import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendEvent } from '../../../db/outbox/write';
import { getOutboxRow } from '../../../db/outbox/queue';
import type { OutboxPayload } from '../../../db/outbox/payloads';
import { setSessionCodes } from '../../../db/catalog';
import { queryAudit } from '../../../db/audit';
import { sell } from '../../../electron/boxoffice/sales/sell';
import { openShift } from '../../../electron/boxoffice/shifts/shifts';
import { drainOnce } from '../../../electron/reporter/sync/drain';
import { deadLetters } from '../../../electron/reporter/sync/dead-letters';
import { buildTheatre, seatedShow } from '../../boxoffice/helpers/fixtures';
import { seatFinder } from '../../boxoffice/helpers/sales';
import { outboxRows } from '../../boxoffice/helpers/outbox';
import { drain, statusCounts, syncWorld } from './helpers/world';
import { evening } from './helpers/scenario';
import { parseInput } from '../../../electron/boxoffice/parse-input';
import { openShiftInput } from '../../../electron/boxoffice/shifts/schemas';
import { sellInput } from '../../../electron/boxoffice/sales/schemas';

const manager = { userId: 'usr_manager', username: 'manager', address: '127.0.0.1' };

test('a refused order becomes a dead letter; what depends on it waits (held), everything unrelated arrives', async () => {
  const w = await syncWorld();
  try {
    const night = evening(w.world, { orders: 12, refunds: 2, checkIns: 6 });
    // A second order of a seat already sold in a live order: the platform must refuse it (4400).
    // (The evening refunds the first line of orders 0 and 6: order 1 keeps its seats.)
    const sold = outboxRows(w.db, 'order').map((r) => r.payload as OutboxPayload<'order'>)[1];
    const line = sold?.ticketOrderList[0];
    assert.ok(sold && line);
    const now = w.world.clock.now;
    const rogue = appendEvent(w.db, 'order', 'ord_rogue', { ...sold, orderId: 'ord_rogue', ticketNum: 1, totalAmount: line.ticketOrderAmount, ticketOrderList: [{ ...line, ticketOrderId: 'tko_rogue' }] }, {
      scope: { performanceId: line.performanceId, sessionId: line.sessionId, orderId: 'ord_rogue' },
      refs: { tickets: [line.ticketId], priceTiers: [line.priceId] },
      eventAt: now,
      now,
    });
    appendEvent(w.db, 'refund', 'rfd_rogue', { refundOrderId: 'rfd_rogue', orderId: 'ord_rogue', reason: '退票', refundOrderTime: now, ticketOrderList: [{ ticketOrderId: 'tko_rogue', sessionId: line.sessionId, ticketId: line.ticketId, refundAmount: 0 }] }, {
      scope: { sessionId: line.sessionId, orderId: 'ord_rogue' },
      refs: { tickets: [line.ticketId] },
      eventAt: now,
      now,
    });

    const worker = w.worker();
    worker.start();
    const { summary, succeeded } = await drainOnce(worker, w.db, { timeoutMs: 10_000, now: Date.now });
    assert.equal(succeeded, true, JSON.stringify(summary));
    assert.deepEqual([summary.outcome, summary.dead, summary.held, summary.pending], ['held', 1, 1, 1]);
    assert.equal(summary.delivered.order, night.orders);

    const [letter] = deadLetters(w.db);
    assert.equal(letter?.seq, rogue);
    assert.equal(letter.code, '4400');
    assert.match(letter.message, /already sold/);
    assert.equal(letter.event, true);
    assert.equal(letter.waitingBehind, 1);
    assert.equal((letter.payload as OutboxPayload<'order'>).orderId, 'ord_rogue');

    const report = worker.reconcile();
    const refund = report.undelivered.records.find((r) => r.recordId === 'rfd_rogue');
    assert.equal(refund?.why.state, 'waiting');
    assert.equal(refund.why.reason, 'order');
    assert.equal(refund.why.heldByDeadLetter, rogue);
    assert.match(refund.why.words, new RegExp(`waiting for order ord_rogue.*held by dead letter #${rogue}`));
    const tally = report.sessions.find((s) => s.sessionId === line.sessionId);
    assert.ok(tally);
    assert.equal(tally.local.orders, tally.delivered.orders, 'the rogue order is not a local order');
    assert.equal(w.sandbox.inspect().state.refunds, night.refunds);

    // Discarding the dead order frees its refund, which the platform then refuses too (it has no such order).
    worker.discard(rogue, 'a test record, never sold', manager);
    assert.equal(getOutboxRow(w.db, rogue)?.status, 'discarded');
    const audit = queryAudit(w.db, { action: 'sync.discard' })[0];
    assert.deepEqual([audit?.username, audit?.detail.reason, audit?.detail.code], ['manager', 'a test record, never sold', '4400']);
    await drain(worker);
    assert.equal(deadLetters(w.db)[0]?.recordId, 'rfd_rogue');
    assert.match(deadLetters(w.db)[0]?.message ?? '', /unknown order ord_rogue/);
  } finally {
    await w.close();
  }
});

test('a 4400 on a session code the platform does not know waits while the session code is still being asked for', async () => {
  const w = await syncWorld();
  try {
    const theatre = buildTheatre(w.world);
    const show = seatedShow(w.world, theatre);
    // A code linked here by mistake (or from another platform), while the code request is still queued.
    setSessionCodes(w.db, { [show.session.id]: '999999999999999999999' }, w.world.clock.now);
    openShift(w.world.clerk, parseInput(openShiftInput, { floatFen: 0 }));
    const seat = seatFinder(w.world.clerk, show.session.id);
    sell(w.world.clerk, parseInput(sellInput, { sessionId: show.session.id, seats: [{ ticketId: seat('1排', '1') }], payment: { method: 'card', reference: 'x' } }));

    const worker = w.worker();
    worker.start();
    const progress = await drain(worker);
    assert.equal(progress.outcome, 'drained', JSON.stringify(worker.reconcile().undelivered));
    assert.equal(statusCounts(w.db).dead, undefined);
    const seen = w.sandbox.inspect();
    assert.ok(seen.rejections.latest.some((r) => r.code === '4400' && /unknown session code 999/.test(r.msg)), 'records were refused for the unknown session code, and waited');
    assert.equal(seen.state.orders, 1);
    assert.notEqual(w.db.prepare('SELECT platform_session_code AS c FROM sessions WHERE id = ?').pluck().get(show.session.id), '999999999999999999999');
  } finally {
    await w.close();
  }
});
