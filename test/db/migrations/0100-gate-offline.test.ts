import { test } from 'node:test';
import assert from 'node:assert/strict';
import { memoryDb, tableNames } from '../../helpers/memory-db';
import type { Db } from '../../../db/open';
import { loadMigrations, migrate } from '../../../db/migrate';

function seed(db: Db): void {
  db.exec(`
    INSERT INTO venues (id, name, address, province_id, city_id, district_id, created_at, updated_at) VALUES ('v1', 'V', 'A', 110000, 110100, 110101, 0, 0);
    INSERT INTO halls (id, venue_id, name, has_seat, seating_capacity, created_at, updated_at) VALUES ('h1', 'v1', 'H', 0, 10000, 0, 0);
    INSERT INTO performances (id, name, approval, type_id, real_name_mode, gate_id_check, created_at, updated_at) VALUES ('p1', 'P', 'A', 1, 'none', 0, 0, 0);
    INSERT INTO sessions (id, performance_id, hall_id, name, starts_at, ends_at, sales_open_at, sales_close_at, entry_opens_at, entry_closes_at, created_at, updated_at)
      VALUES ('ss1', 'p1', 'h1', 'S', 100, 200, 0, 100, 50, 200, 0, 0);
    INSERT INTO price_tiers (id, session_id, name, price_fen, quantity, created_at, updated_at) VALUES ('t1', 'ss1', 'GA', 10000, 3, 0, 0);
    INSERT INTO tickets (id, session_id, price_tier_id, status, updated_at) VALUES ('k1', 'ss1', 't1', 'sold', 0), ('k2', 'ss1', 't1', 'sold', 0);
    INSERT INTO orders (id, number, session_id, performance_id, ticket_type, ticket_mode, auth_mode, ticket_count, total_fen, payment_method, channel_name, created_at, updated_at)
      VALUES ('o1', '1', 'ss1', 'p1', 'regular', 'paper', 'none', 2, 20000, 'card', 'W', 0, 0);
  `);
}

const line = (id: string, ticket: string) =>
  `INSERT INTO order_lines (id, order_id, ticket_id, session_id, performance_id, price_tier_id, price_fen, amount_fen, ticket_code, ticket_mode, created_at)
   VALUES ('${id}', 'o1', '${ticket}', 'ss1', 'p1', 't1', 10000, 10000, 'C-${id}', 'paper', 0)`;

const changes = (db: Db) => (db.prepare('SELECT order_line_id AS line FROM gate_changes ORDER BY seq').all() as { line: string }[]).map((r) => r.line);

test('0100 adds the gate devices’ change log, session keys, offline scans and conflicts; what was sold before is one change each', () => {
  const db = memoryDb(90);
  seed(db);
  db.exec(line('l1', 'k1'));
  assert.deepEqual(migrate(db, loadMigrations(), 100).applied, ['100-gate-offline']);
  for (const table of ['gate_changes', 'gate_session_keys', 'gate_offline_scans', 'gate_conflicts']) assert.ok(tableNames(db).includes(table), table);
  assert.deepEqual(changes(db), ['l1']);
});

test('0100: a sale, a refund, a re-code and an admission each add a change; an unrelated update does not', () => {
  const db = memoryDb(100);
  seed(db);
  db.exec(line('l1', 'k1'));
  db.exec(line('l2', 'k2'));
  db.exec("UPDATE order_lines SET print_count = 1 WHERE id = 'l1'");
  db.exec("UPDATE order_lines SET status = 'refunded', refunded_at = 1 WHERE id = 'l2'");
  db.exec("UPDATE order_lines SET ticket_code = 'NEW' WHERE id = 'l1'");
  db.exec(`INSERT INTO check_ins (id, order_line_id, ticket_id, session_id, gate_name, checked_at, checking_type, auth_type, entry_no) VALUES ('c1', 'l1', 'k1', 'ss1', '东门', 60, 1, 2, 1)`);
  assert.deepEqual(changes(db), ['l1', 'l2', 'l2', 'l1', 'l1']);
});

test('0100: an offline scan is stored once by its client id; a conflict must name a stored scan', () => {
  const db = memoryDb(100);
  seed(db);
  db.exec(line('l1', 'k1'));
  const scan = `INSERT INTO gate_offline_scans (client_id, device_id, gate_name, code, scanned_at, offline_verdict, outcome, received_at) VALUES ('scan-0001', 'device-01', '东门', 'C-l1', 60, 'valid', 'admitted', 61)`;
  db.exec(scan);
  assert.throws(() => db.exec(scan), /UNIQUE|PRIMARY/);
  assert.throws(() => db.exec("INSERT INTO gate_offline_scans (client_id, device_id, gate_name, code, scanned_at, offline_verdict, outcome, received_at) VALUES ('short', 'device-01', '东门', 'C', 60, 'valid', 'admitted', 61)"), /CHECK/);
  assert.throws(
    () => db.exec("INSERT INTO gate_conflicts (id, kind, session_id, order_line_id, first_gate, first_at, second_gate, second_at, client_id, detected_at) VALUES ('g1', 'double_entry', 'ss1', 'l1', '东门', 1, '西门', 2, 'scan-none', 3)"),
    /FOREIGN KEY/,
  );
  assert.throws(() => db.exec("INSERT INTO gate_conflicts (id, kind, session_id, order_line_id, first_gate, first_at, second_gate, second_at, client_id, detected_at) VALUES ('g1', 'triple', 'ss1', 'l1', '东门', 1, '西门', 2, 'scan-0001', 3)"), /CHECK/);
});
