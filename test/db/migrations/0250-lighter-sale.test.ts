import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadMigrations, migrate } from '../../../db/migrate';
import { memoryDb } from '../../helpers/memory-db';
import { insertSoldTicket } from './sold-ticket';

type Db = ReturnType<typeof memoryDb>;
const plan = (db: Db, sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((row) => row.detail).join('; ');
const counts = (db: Db) =>
  db.prepare('SELECT id, total_count AS total, available_count AS available, sold_count AS sold, reserved_count AS reserved, blocked_count AS blocked FROM price_tiers ORDER BY id').all();
// What the maintained counts must equal, counted from the tickets themselves.
const counted = (db: Db) =>
  db
    .prepare(
      `SELECT t.id, count(k.id) AS total, count(k.id) FILTER (WHERE k.status = 'available') AS available, count(k.id) FILTER (WHERE k.status = 'sold') AS sold,
         count(k.id) FILTER (WHERE k.status = 'reserved') AS reserved, count(k.id) FILTER (WHERE k.status = 'blocked') AS blocked
       FROM price_tiers t LEFT JOIN tickets k ON k.price_tier_id = t.id GROUP BY t.id ORDER BY t.id`,
    )
    .all();

// An unseated sale's pick (electron/boxoffice/sales/take-tickets.ts, takeFromPools).
const POOL_PICK = "SELECT id FROM tickets WHERE price_tier_id = 't1' AND status = 'available' ORDER BY rowid LIMIT 4";

test('0250: the tiers’ counts follow every change of status and of tier, each status change one update of its tier', () => {
  const db = memoryDb(240);
  insertSoldTicket(db);
  migrate(db, loadMigrations(), 250);
  db.exec(`
    INSERT INTO price_tiers (id, session_id, name, price_fen, created_at, updated_at) VALUES ('t2', 'ss1', 'VIP', 0, 0, 0);
    INSERT INTO tickets (id, session_id, price_tier_id, status, updated_at) VALUES
      ('k2', 'ss1', 't1', 'available', 0), ('k3', 'ss1', 't1', 'available', 0), ('k4', 'ss1', 't1', 'reserved', 0), ('k5', 'ss1', 't2', 'blocked', 0);
  `);
  assert.deepEqual(counts(db), counted(db));
  const steps = [
    "UPDATE tickets SET status = 'sold' WHERE id IN ('k2', 'k3')",
    "UPDATE tickets SET status = 'sold', updated_at = 1 WHERE id = 'k4'",
    "UPDATE tickets SET status = 'sold' WHERE id = 'k4'",
    "UPDATE tickets SET status = 'available' WHERE id = 'k2'",
    "UPDATE tickets SET price_tier_id = 't2' WHERE id = 'k2'",
    "UPDATE tickets SET price_tier_id = 't1', status = 'reserved' WHERE id = 'k5'",
    "UPDATE tickets SET price_tier_id = 't1', status = 'available' WHERE id = 'k4'",
    "DELETE FROM tickets WHERE id = 'k3'",
  ];
  for (const step of steps) {
    db.exec(step);
    assert.deepEqual(counts(db), counted(db), step);
  }
  assert.deepEqual(
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'tickets' AND name LIKE 'tickets_count_%' ORDER BY name").pluck().all(),
    ['tickets_count_delete', 'tickets_count_insert', 'tickets_count_move', 'tickets_count_status'],
  );
  // A sale's status change runs one statement of the trigger, not two; a move too.
  const updates = (trigger: string) => ((db.prepare('SELECT sql FROM sqlite_master WHERE name = ?').pluck().get(trigger) as string).match(/UPDATE price_tiers/g) ?? []).length;
  assert.equal(updates('tickets_count_status'), 1);
  assert.equal(updates('tickets_count_move'), 1);
});

test('0250: a pool’s free tickets are read from the index of available tickets, which a sold ticket leaves', () => {
  const db = memoryDb(240);
  insertSoldTicket(db);
  assert.match(plan(db, POOL_PICK), /tickets_tier_status/);
  db.exec("INSERT INTO tickets (id, session_id, price_tier_id, status, updated_at) VALUES ('k2', 'ss1', 't1', 'available', 0), ('k3', 'ss1', 't1', 'available', 0)");
  migrate(db, loadMigrations(), 250);
  assert.match(plan(db, POOL_PICK), /SEARCH tickets USING INDEX tickets_tier_available \(price_tier_id=\?\)/);
  assert.doesNotMatch(plan(db, POOL_PICK), /TEMP B-TREE/, 'in rowid order from the index');
  assert.equal(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'tickets_tier_status'").pluck().get(), 0);
  const indexed = () => db.prepare("SELECT id FROM tickets INDEXED BY tickets_tier_available WHERE price_tier_id = 't1' AND status = 'available' ORDER BY rowid").pluck().all();
  assert.deepEqual(indexed(), ['k2', 'k3']);
  db.exec("UPDATE tickets SET status = 'sold' WHERE id = 'k2'");
  assert.deepEqual(indexed(), ['k3']);
  db.exec("UPDATE tickets SET status = 'available' WHERE id = 'k1'");
  assert.deepEqual(indexed(), ['k1', 'k3']);
  assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
});
