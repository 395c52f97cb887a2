import { test } from 'node:test';
import assert from 'node:assert/strict';
import { memoryDb } from '../../helpers/memory-db';
import { appendEvent, discardPendingState, pendingState, upsertState, upsertStates } from '../../../db/outbox/write';
import { getOutboxRow, markInFlight, outboxRefs } from '../../../db/outbox/queue';
import type { OutboxPayload } from '../../../db/outbox/payloads';
import { inventory, order } from './fixtures';

test('an event is validated, appended once with its references, and frozen', () => {
  const db = memoryDb();
  const seq = appendEvent(db, 'order', 'ord_1', order('ord_1', ['tkt_1', 'tkt_2']), {
    scope: { performanceId: 'prf_1', sessionId: 'ses_1', orderId: 'ord_1' },
    refs: { tickets: ['tkt_1', 'tkt_2'], priceTiers: ['tier_1'] },
    eventAt: 1000,
    now: 1001,
  });
  const row = getOutboxRow(db, seq);
  assert.equal(row?.kind, 'order');
  assert.equal(row.status, 'pending');
  assert.equal(row.eventAt, 1000);
  assert.equal(row.orderId, 'ord_1');
  assert.deepEqual(outboxRefs(db, seq), { tickets: ['tkt_1', 'tkt_2'], priceTiers: ['tier_1'] });
  assert.throws(() => appendEvent(db, 'order', 'ord_1', order('ord_1', ['tkt_3']), { scope: {}, eventAt: 1, now: 1 }), /UNIQUE/);
  const bad = { ...order('ord_2', ['tkt_1']), channelName: '很长的渠道名称'.repeat(10) } satisfies OutboxPayload<'order'>;
  assert.throws(() => appendEvent(db, 'order', 'ord_2', bad, { scope: {}, eventAt: 1, now: 1 }), /channelName/);
});

test('a state coalesces into its pending row, and starts a new row once the pending one is in flight', () => {
  const db = memoryDb();
  const options = { scope: { sessionId: 'ses_1', priceTierId: 'tier_1' }, eventAt: 1, now: 1 };
  const first = upsertState(db, 'inventory', 'tier_1', inventory(100), options);
  const again = upsertState(db, 'inventory', 'tier_1', inventory(96), { ...options, eventAt: 2, now: 2 });
  assert.equal(again, first, 'rewritten in place, keeping its place in the queue');
  assert.deepEqual(pendingState(db, 'inventory', 'inventory:tier_1'), inventory(96));
  assert.equal(getOutboxRow(db, first)?.eventAt, 2);
  markInFlight(db, [first], 3);
  const next = upsertState(db, 'inventory', 'tier_1', inventory(92), { ...options, now: 4 });
  assert.ok(next > first, 'the in-flight row is left alone');
  assert.deepEqual(getOutboxRow(db, first)?.payload, inventory(96));
  assert.deepEqual(getOutboxRow(db, next)?.payload, inventory(92));
  assert.equal(discardPendingState(db, 'inventory:tier_1', 'not needed', 5), 1);
  assert.equal(getOutboxRow(db, next)?.status, 'discarded');
  assert.equal(getOutboxRow(db, first)?.status, 'in_flight', 'what is on the wire stays on the wire');
});

test('several states in one go coalesce each into its own pending row, in order, past a statement’s hundred rows', () => {
  const db = memoryDb();
  const tier = (i: number, available: number) => ({ recordId: `tier_${i}`, payload: { ...inventory(available), priceId: `tier_${i}` }, scope: { sessionId: 'ses_1', priceTierId: `tier_${i}` } });
  const rows = () => db.prepare("SELECT seq, record_id AS recordId, coalesce_key AS key, price_tier_id AS tierId, json_extract(payload, '$.availableInventory') AS available, status, event_at AS eventAt FROM outbox ORDER BY seq").all() as { seq: number; recordId: string; key: string; tierId: string; available: number; status: string; eventAt: number }[];
  upsertStates(db, 'inventory', Array.from({ length: 150 }, (_, i) => tier(i, 100)), { eventAt: 1, now: 1 });
  const first = rows();
  assert.deepEqual(first.map((r) => r.recordId), Array.from({ length: 150 }, (_, i) => `tier_${i}`));
  assert.deepEqual(first[149], { seq: first[149]?.seq, recordId: 'tier_149', key: 'inventory:tier_149', tierId: 'tier_149', available: 100, status: 'pending', eventAt: 1 });
  markInFlight(db, [first[0]?.seq ?? 0], 2);
  upsertStates(db, 'inventory', [tier(0, 90), tier(120, 80)], { eventAt: 3, now: 3 });
  const after = rows();
  assert.equal(after.length, 151, 'the in-flight row is left alone: its newer state starts a new row');
  assert.deepEqual(after.find((r) => r.seq === first[120]?.seq), { ...first[120], available: 80, eventAt: 3 }, 'rewritten in place');
  assert.deepEqual(after.at(-1), { seq: after.at(-1)?.seq, recordId: 'tier_0', key: 'inventory:tier_0', tierId: 'tier_0', available: 90, status: 'pending', eventAt: 3 });
  assert.throws(() => upsertStates(db, 'inventory', [{ ...tier(1, 1), payload: { ...inventory(1), availableInventory: -1 } }], { eventAt: 4, now: 4 }));
  assert.equal(rows().find((r) => r.recordId === 'tier_1')?.available, 100, 'a malformed payload writes nothing');
});
