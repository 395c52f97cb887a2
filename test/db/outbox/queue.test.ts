import { test } from 'node:test';
import assert from 'node:assert/strict';
import { memoryDb } from '../../helpers/memory-db';
import { appendEvent, upsertState } from '../../../db/outbox/write';
import {
  discardRow,
  getOutboxRow,
  listDue,
  markDead,
  markDelivered,
  markInFlight,
  markRetry,
  outboxCounts,
  recoverInFlight,
  requeueDead,
} from '../../../db/outbox/queue';
import { inventory, order } from './fixtures';

const state = (db: ReturnType<typeof memoryDb>, available: number, now: number) =>
  upsertState(db, 'inventory', 'tier_1', inventory(available), { scope: { priceTierId: 'tier_1' }, eventAt: now, now });

test('due rows come oldest first, after their retry time; claims, deliveries and counts', () => {
  const db = memoryDb();
  const a = state(db, 100, 1);
  const b = appendEvent(db, 'order', 'ord_1', order('ord_1', ['tkt_1']), { scope: { orderId: 'ord_1' }, eventAt: 2, now: 2 });
  assert.deepEqual(listDue(db, { now: 10, limit: 10 }).map((r) => r.seq), [a, b]);
  assert.deepEqual(listDue(db, { now: 10, limit: 10, kinds: ['order'] }).map((r) => r.seq), [b]);
  assert.deepEqual(markInFlight(db, [a, b], 10), [a, b]);
  assert.deepEqual(markInFlight(db, [a, b], 10), [], 'a row is claimed once');
  assert.equal(getOutboxRow(db, a)?.attempts, 1);
  markRetry(db, b, { now: 11, retryAt: 100, code: '5000', message: 'busy' });
  assert.deepEqual(listDue(db, { now: 50, limit: 10 }), []);
  assert.deepEqual(listDue(db, { now: 100, limit: 10 }).map((r) => r.seq), [b]);
  assert.equal(markDelivered(db, [a], 12), 1);
  const counts = outboxCounts(db);
  assert.deepEqual(
    counts.map((c) => [c.kind, c.pending, c.inFlight, c.delivered, c.oldestPendingEventAt]),
    [
      ['inventory', 0, 0, 1, null],
      ['order', 1, 0, 0, 2],
    ],
  );
});

test('a retried or requeued state that a newer pending state replaced is discarded as superseded', () => {
  const db = memoryDb();
  const old = state(db, 100, 1);
  markInFlight(db, [old], 2);
  const newer = state(db, 90, 3);
  markRetry(db, old, { now: 4, retryAt: 5, code: 'NETWORK', message: 'reset' });
  assert.equal(getOutboxRow(db, old)?.status, 'discarded');
  assert.equal(getOutboxRow(db, newer)?.status, 'pending');

  markInFlight(db, [newer], 6);
  markDead(db, newer, { now: 7, code: '4000', message: 'priceName too long' });
  assert.equal(getOutboxRow(db, newer)?.lastErrorCode, '4000');
  assert.equal(requeueDead(db, newer, 8), 'pending', 'nothing newer: it goes again');
  markInFlight(db, [newer], 9);
  markDead(db, newer, { now: 10, code: '4000', message: 'again' });
  const newest = state(db, 80, 11);
  assert.equal(requeueDead(db, newer, 12), 'discarded');
  assert.equal(getOutboxRow(db, newest)?.status, 'pending');
});

test('after a restart, in-flight rows are pending again with their ids; dead letters can be discarded', () => {
  const db = memoryDb();
  const e = appendEvent(db, 'order', 'ord_1', order('ord_1', ['tkt_1']), { scope: {}, eventAt: 1, now: 1 });
  const f = appendEvent(db, 'order', 'ord_2', order('ord_2', ['tkt_2']), { scope: {}, eventAt: 1, now: 1 });
  const before = getOutboxRow(db, e);
  markInFlight(db, [e, f], 2);
  assert.equal(recoverInFlight(db, 3), 2);
  assert.equal(getOutboxRow(db, e)?.status, 'pending');
  assert.deepEqual([getOutboxRow(db, e)?.recordId, getOutboxRow(db, e)?.payload], [before?.recordId, before?.payload], 'the same record, sent again');
  markInFlight(db, [f], 4);
  markDead(db, f, { now: 5, code: '4400', message: 'unknown session' });
  assert.equal(discardRow(db, f, 'session deleted on the platform', 6), true);
  assert.equal(getOutboxRow(db, f)?.status, 'discarded');
  assert.equal(discardRow(db, f, 'again', 7), false);
});
