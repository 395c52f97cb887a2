import { test } from 'node:test';
import assert from 'node:assert/strict';
import { memoryDb, tableNames, columnNames } from '../../helpers/memory-db';
import type { Db } from '../../../db/open';

const insert = (db: Db, recordId: string, kind: string, key: string | null, status = 'pending') =>
  db
    .prepare(
      `INSERT INTO outbox (kind, record_id, coalesce_key, payload, status, event_at, created_at, updated_at, delivered_at)
       VALUES (?, ?, ?, '{}', ?, 0, 0, 0, ?)`,
    )
    .run(kind, recordId, key, status, status === 'delivered' ? 1 : null);

test('0050 creates the outbox with the columns the worker needs', () => {
  const db = memoryDb(50);
  assert.ok(tableNames(db).includes('outbox'));
  assert.ok(tableNames(db).includes('outbox_refs'));
  const columns = columnNames(db, 'outbox');
  for (const column of ['seq', 'kind', 'record_id', 'coalesce_key', 'session_id', 'price_tier_id', 'order_id', 'ticket_id', 'payload', 'status', 'attempts', 'next_attempt_at', 'last_error_code', 'event_at', 'delivered_at']) {
    assert.ok(columns.includes(column), column);
  }
});

test('0050: one pending row per state key, events once and frozen, undelivered rows kept', () => {
  const db = memoryDb(50);
  insert(db, 'a', 'inventory', 'inventory:t1', 'in_flight');
  insert(db, 'b', 'inventory', 'inventory:t1');
  assert.throws(() => insert(db, 'c', 'inventory', 'inventory:t1'), /UNIQUE/);
  assert.throws(() => insert(db, 'c', 'inventory', null), /CHECK/, 'a state must have a key');
  assert.throws(() => insert(db, 'c', 'order', 'order:o1'), /CHECK/, 'an event has none');
  insert(db, 'c', 'order', null);
  assert.throws(() => insert(db, 'c', 'order', null), /UNIQUE/, 'an event is appended once');
  insert(db, 'c', 'refund', null);
  assert.throws(() => db.exec(`UPDATE outbox SET payload = '{"x":1}' WHERE record_id = 'c' AND kind = 'order'`), /frozen/);
  db.exec(`UPDATE outbox SET payload = '{"x":1}' WHERE record_id = 'b'`);
  assert.throws(() => db.exec(`DELETE FROM outbox WHERE record_id = 'c' AND kind = 'order'`), /cannot be deleted/);
  assert.throws(() => db.exec(`UPDATE outbox SET status = 'delivered' WHERE record_id = 'c' AND kind = 'order'`), /CHECK/, 'delivered rows carry their time');
  db.exec(`UPDATE outbox SET status = 'delivered', delivered_at = 5 WHERE record_id = 'c' AND kind = 'order'`);
  db.exec(`DELETE FROM outbox WHERE record_id = 'c' AND kind = 'order'`);
  assert.throws(() => insert(db, 'e', 'gossip', null), /CHECK/);
});
