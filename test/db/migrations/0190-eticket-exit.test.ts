import { test } from 'node:test';
import assert from 'node:assert/strict';
import { memoryDb, tableNames } from '../../helpers/memory-db';
import { loadMigrations, migrate } from '../../../db/migrate';
import type { Db } from '../../../db/open';

function seed(db: Db): void {
  db.exec(`
    INSERT INTO venues (id, name, address, province_id, city_id, district_id, created_at, updated_at) VALUES ('v1', 'V', 'A', 110000, 110100, 110101, 0, 0);
    INSERT INTO halls (id, venue_id, name, has_seat, seating_capacity, created_at, updated_at) VALUES ('h1', 'v1', 'H', 0, 10000, 0, 0);
    INSERT INTO performances (id, name, approval, type_id, real_name_mode, gate_id_check, created_at, updated_at) VALUES ('p1', 'P', 'A', 1, 'none', 0, 0, 0);
    INSERT INTO sessions (id, performance_id, hall_id, name, starts_at, ends_at, sales_open_at, sales_close_at, entry_opens_at, entry_closes_at, created_at, updated_at)
      VALUES ('ss1', 'p1', 'h1', 'S', 100, 200, 0, 100, 50, 200, 0, 0);
    INSERT INTO price_tiers (id, session_id, name, price_fen, quantity, created_at, updated_at) VALUES ('t1', 'ss1', 'GA', 10000, 3, 0, 0);
    INSERT INTO tickets (id, session_id, price_tier_id, status, updated_at) VALUES ('k1', 'ss1', 't1', 'sold', 0);
    INSERT INTO orders (id, number, session_id, performance_id, ticket_type, ticket_mode, auth_mode, ticket_count, total_fen, payment_method, channel_name, created_at, updated_at)
      VALUES ('o1', '1', 'ss1', 'p1', 'regular', 'electronic', 'none', 1, 10000, 'card', 'W', 0, 0);
    INSERT INTO order_lines (id, order_id, ticket_id, session_id, performance_id, price_tier_id, price_fen, amount_fen, ticket_code, ticket_mode, created_at)
      VALUES ('l1', 'o1', 'k1', 'ss1', 'p1', 't1', 10000, 10000, 'C-l1', 'electronic', 0);
  `);
}

test('0190 adds the e-ticket deliveries, the recorder’s messages and the gate exits (on top of 0120)', () => {
  const db = memoryDb(120);
  assert.deepEqual(migrate(db, loadMigrations(), 190).applied.at(-1), '190-eticket-exit');
  for (const table of ['eticket_deliveries', 'eticket_recorded_sms', 'gate_exits']) assert.ok(tableNames(db).includes(table), table);
});

test('0190: a delivery is queued, sent (with its time) or failed; statuses and causes are checked', () => {
  const db = memoryDb(190);
  seed(db);
  const insert = (id: string, status: string, sentAt: number | null, cause = 'sale') =>
    db.exec(`INSERT INTO eticket_deliveries (id, order_line_id, order_id, cause, status, next_attempt_at, created_at, sent_at, updated_at) VALUES ('${id}', 'l1', 'o1', '${cause}', '${status}', 0, 0, ${sentAt ?? 'NULL'}, 0)`);
  insert('d1', 'queued', null);
  insert('d2', 'sent', 5, 'resend');
  insert('d3', 'failed', null);
  assert.throws(() => insert('d4', 'sent', null), /CHECK/);
  assert.throws(() => insert('d5', 'bounced', null), /CHECK/);
  assert.throws(() => insert('d6', 'queued', null, 'spam'), /CHECK/);
  assert.throws(() => db.exec("INSERT INTO eticket_deliveries (id, order_line_id, order_id, cause, next_attempt_at, created_at, updated_at) VALUES ('d7', 'nope', 'o1', 'sale', 0, 0, 0)"), /FOREIGN KEY/);
});

test('0190: an exit adds a gate change (devices follow it) and an offline exit is stored once by its client id', () => {
  const db = memoryDb(190);
  seed(db);
  const before = (db.prepare('SELECT count(*) AS n FROM gate_changes').get() as { n: number }).n;
  const exit = "INSERT INTO gate_exits (id, order_line_id, session_id, gate_name, exited_at, client_id) VALUES ('x1', 'l1', 'ss1', '北出口', 70, 'device-01-aaaa')";
  db.exec(exit);
  assert.equal((db.prepare('SELECT count(*) AS n FROM gate_changes').get() as { n: number }).n, before + 1);
  assert.throws(() => db.exec(exit.replace("'x1'", "'x2'")), /UNIQUE/);
  assert.throws(() => db.exec("INSERT INTO gate_exits (id, order_line_id, session_id, gate_name, exited_at) VALUES ('x3', 'l1', 'ss1', '', 70)"), /CHECK/);
});
