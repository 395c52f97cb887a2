import { test } from 'node:test';
import assert from 'node:assert/strict';
import { columnNames, memoryDb, tableNames } from '../../helpers/memory-db';
import type { Db } from '../../../db/open';
import { loadMigrations, migrate } from '../../../db/migrate';

function seed(db: Db): void {
  db.exec(`
    INSERT INTO venues (id, name, address, province_id, city_id, district_id, created_at, updated_at) VALUES ('v1', 'V', 'A', 110000, 110100, 110101, 0, 0);
    INSERT INTO halls (id, venue_id, name, has_seat, seating_capacity, created_at, updated_at) VALUES ('h1', 'v1', 'H', 0, 10000, 0, 0);
    INSERT INTO performances (id, name, approval, type_id, real_name_mode, gate_id_check, created_at, updated_at) VALUES ('p1', 'P', 'A', 1, 'per_ticket', 1, 0, 0);
    INSERT INTO sessions (id, performance_id, hall_id, name, starts_at, ends_at, sales_open_at, sales_close_at, entry_opens_at, entry_closes_at, created_at, updated_at)
      VALUES ('ss1', 'p1', 'h1', 'S', 100, 200, 0, 100, 50, 200, 0, 0);
    INSERT INTO price_tiers (id, session_id, name, price_fen, quantity, created_at, updated_at) VALUES ('t1', 'ss1', 'GA', 10000, 3, 0, 0);
    INSERT INTO tickets (id, session_id, price_tier_id, status, updated_at) VALUES ('k1', 'ss1', 't1', 'sold', 0), ('k2', 'ss1', 't1', 'sold', 0), ('k3', 'ss1', 't1', 'sold', 0);
    INSERT INTO orders (id, number, session_id, performance_id, ticket_type, ticket_mode, auth_mode, ticket_count, total_fen, payment_method, channel_name, created_at, updated_at)
      VALUES ('o1', '1', 'ss1', 'p1', 'regular', 'paper', 'per_ticket', 1, 10000, 'card', 'W', 0, 0),
             ('o2', '2', 'ss1', 'p1', 'regular', 'paper', 'per_ticket', 1, 10000, 'card', 'W', 0, 0);
  `);
}

const line = (id: string, order: string, ticket: string, hash: string | null) =>
  `INSERT INTO order_lines (id, order_id, ticket_id, session_id, performance_id, price_tier_id, price_fen, amount_fen, ticket_code, ticket_mode, id_hmac, created_at)
   VALUES ('${id}', '${order}', '${ticket}', 'ss1', 'p1', 't1', 10000, 10000, 'C-${id}', 'paper', ${hash === null ? 'NULL' : `'${hash}'`}, 0)`;

test('0060 adds the approved audience, the large mode, the fee steps and the refund fee columns', () => {
  const db = memoryDb(60);
  assert.ok(tableNames(db).includes('refund_fee_steps'));
  assert.ok(columnNames(db, 'sessions').includes('approved_audience'));
  for (const column of ['large_mode', 'large_mode_reason', 'large']) assert.ok(columnNames(db, 'performances').includes(column), column);
  for (const column of ['one_per_id', 'holder_bound_at']) assert.ok(columnNames(db, 'order_lines').includes(column), column);
  for (const column of ['refund_percent', 'scheduled_fee_fen', 'fee_override_reason']) assert.ok(columnNames(db, 'refunds').includes(column), column);
});

test('0060 keeps the rows of 0050 and gives them the old behaviour: not large, auto, no fee', () => {
  const db = memoryDb(50);
  seed(db);
  db.exec(line('l1', 'o1', 'k1', 'H1'));
  db.exec(line('l2', 'o2', 'k2', 'H1'));
  db.exec(`INSERT INTO refunds (id, order_id, reason, amount_fen, payment_method, created_at) VALUES ('r1', 'o1', 'x', 10000, 'card', 0)`);
  assert.deepEqual(migrate(db, loadMigrations(), 60).applied, ['60-large-performances']);
  assert.deepEqual(db.prepare('SELECT large_mode AS mode, large FROM performances').get(), { mode: 'auto', large: 0 });
  assert.deepEqual(db.prepare('SELECT one_per_id AS o FROM order_lines').all(), [{ o: 0 }, { o: 0 }], 'two tickets of one ID, sold before, stay');
  assert.deepEqual(db.prepare('SELECT fee_fen AS fee, scheduled_fee_fen AS scheduled, fee_override_reason AS reason FROM refunds').get(), { fee: 0, scheduled: 0, reason: null });
});

test('0060: a large performance keeps its forced real-name settings, whatever writes the row', () => {
  const db = memoryDb(60);
  seed(db);
  assert.throws(() => db.exec("UPDATE performances SET large = 1, limit_per_id_session = NULL WHERE id = 'p1'"), /CHECK/);
  db.exec("UPDATE performances SET large = 1, limit_per_id_session = 1 WHERE id = 'p1'");
  assert.throws(() => db.exec("UPDATE performances SET gate_id_check = 0 WHERE id = 'p1'"), /CHECK/, 'the gate checks the ID');
  assert.throws(() => db.exec("UPDATE performances SET real_name_mode = 'per_order' WHERE id = 'p1'"), /CHECK/, 'one ID per ticket');
  assert.throws(() => db.exec("UPDATE performances SET limit_per_id_session = 2 WHERE id = 'p1'"), /CHECK/, 'one ticket per ID per session');
  assert.throws(() => db.exec("UPDATE performances SET large_mode = 'maybe' WHERE id = 'p1'"), /CHECK/);
  assert.throws(() => db.exec("UPDATE sessions SET approved_audience = 0 WHERE id = 'ss1'"), /CHECK/);
});

test('0060: in a large performance the database refuses a second live ticket of one ID in a session; refunds free the ID', () => {
  const db = memoryDb(60);
  seed(db);
  db.exec("UPDATE performances SET large = 1, limit_per_id_session = 1 WHERE id = 'p1'");
  db.exec(line('l1', 'o1', 'k1', 'H1'));
  assert.equal((db.prepare("SELECT one_per_id AS o FROM order_lines WHERE id = 'l1'").get() as { o: number }).o, 1, 'marked by the trigger');
  assert.throws(() => db.exec(line('l2', 'o2', 'k2', 'H1')), /UNIQUE/);
  db.exec(line('l2', 'o2', 'k2', null));
  assert.throws(() => db.exec("UPDATE order_lines SET id_hmac = 'H1' WHERE id = 'l2'"), /UNIQUE/, 'binding a held ticket to the same ID');
  db.exec("UPDATE order_lines SET status = 'refunded', refunded_at = 1 WHERE id = 'l1'");
  db.exec("UPDATE order_lines SET id_hmac = 'H1' WHERE id = 'l2'");
  db.exec("UPDATE performances SET large = 0 WHERE id = 'p1'");
  db.exec(line('l3', 'o2', 'k3', 'H1'));
  assert.equal((db.prepare("SELECT one_per_id AS o FROM order_lines WHERE id = 'l3'").get() as { o: number }).o, 0, 'not large: no such rule');
});

test('0060: fee steps and refund fees are consistent by construction', () => {
  const db = memoryDb(60);
  seed(db);
  db.exec("INSERT INTO refund_fee_steps (performance_id, hours_before, refund_percent) VALUES ('p1', 168, 100), ('p1', 24, 50)");
  assert.throws(() => db.exec("INSERT INTO refund_fee_steps (performance_id, hours_before, refund_percent) VALUES ('p1', 24, 40)"), /UNIQUE|PRIMARY/);
  assert.throws(() => db.exec("INSERT INTO refund_fee_steps (performance_id, hours_before, refund_percent) VALUES ('p1', 12, 101)"), /CHECK/);
  assert.throws(() => db.exec("INSERT INTO refund_fee_steps (performance_id, hours_before, refund_percent) VALUES ('nope', 12, 10)"), /FOREIGN KEY/);
  const refund = (id: string, fee: number, scheduled: number, reason: string | null) =>
    db
      .prepare(`INSERT INTO refunds (id, order_id, reason, amount_fen, fee_fen, scheduled_fee_fen, refund_percent, fee_override_reason, payment_method, created_at) VALUES (?, 'o1', 'x', 5000, ?, ?, 50, ?, 'card', 0)`)
      .run(id, fee, scheduled, reason);
  refund('r1', 5000, 5000, null);
  refund('r2', 1000, 5000, '家中急事');
  assert.throws(() => refund('r3', 1000, 5000, null), /CHECK/, 'a lowered fee needs its reason');
  assert.throws(() => refund('r4', 6000, 5000, 'more'), /CHECK/, 'a fee above the schedule is refused');
});
