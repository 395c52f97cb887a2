import { test } from 'node:test';
import assert from 'node:assert/strict';
import { memoryDb, tableNames } from '../../helpers/memory-db';
import type { Db } from '../../../db/open';

function seed(db: Db): void {
  db.exec(`
    INSERT INTO users (id, username, display_name, role, secret_hash, created_at, updated_at) VALUES ('u1', 'clerk', '李', 'clerk', 'x', 0, 0);
    INSERT INTO venues (id, name, address, province_id, city_id, district_id, created_at, updated_at) VALUES ('v1', 'V', 'A', 110000, 110100, 110101, 0, 0);
    INSERT INTO halls (id, venue_id, name, has_seat, created_at, updated_at) VALUES ('h1', 'v1', 'H', 0, 0, 0);
    INSERT INTO performances (id, name, approval, type_id, created_at, updated_at) VALUES ('p1', 'P', 'A', 1, 0, 0);
    INSERT INTO sessions (id, performance_id, hall_id, name, starts_at, ends_at, sales_open_at, sales_close_at, entry_opens_at, entry_closes_at, created_at, updated_at)
      VALUES ('ss1', 'p1', 'h1', 'S', 100, 200, 0, 100, 50, 200, 0, 0);
    INSERT INTO price_tiers (id, session_id, name, price_fen, quantity, created_at, updated_at) VALUES ('t1', 'ss1', 'GA', 10000, 10, 0, 0);
    INSERT INTO tickets (id, session_id, price_tier_id, status, updated_at) VALUES ('k1', 'ss1', 't1', 'sold', 0);
    INSERT INTO orders (id, number, session_id, performance_id, ticket_type, ticket_mode, auth_mode, ticket_count, total_fen, payment_method, cash_received_fen, change_fen, channel_name, user_id, created_at, updated_at)
      VALUES ('o1', '1', 'ss1', 'p1', 'regular', 'paper', 'none', 1, 10000, 'cash', 10000, 0, 'W', 'u1', 0, 0),
             ('o2', '2', 'ss1', 'p1', 'regular', 'paper', 'none', 1, 10000, 'card', NULL, NULL, 'W', 'u1', 0, 0);
  `);
}

const line = (id: string, order: string, code: string, status = 'active') =>
  `INSERT INTO order_lines (id, order_id, ticket_id, session_id, performance_id, price_tier_id, price_fen, amount_fen, ticket_code, ticket_mode, status, created_at, refunded_at)
   VALUES ('${id}', '${order}', 'k1', 'ss1', 'p1', 't1', 10000, 10000, '${code}', 'paper', '${status}', 0, ${status === 'refunded' ? 1 : 'NULL'})`;

test('0030 creates the sales tables', () => {
  const db = memoryDb(30);
  for (const table of ['persons', 'shifts', 'orders', 'order_lines', 'void_ticket_codes', 'refunds', 'refund_lines', 'ticket_prints']) assert.ok(tableNames(db).includes(table), table);
});

test('0030: the database refuses a second live sale of one ticket, but allows a resale after a refund', () => {
  const db = memoryDb(30);
  seed(db);
  db.exec(line('l1', 'o1', 'CODE1'));
  assert.throws(() => db.exec(line('l2', 'o2', 'CODE2')), /UNIQUE/);
  db.exec(`UPDATE order_lines SET status = 'refunded', refunded_at = 5 WHERE id = 'l1'`);
  db.exec(line('l2', 'o2', 'CODE2'));
  assert.throws(() => db.exec(line('l3', 'o2', 'CODE2', 'refunded')), /UNIQUE/, 'ticket codes never repeat');
});

test('0030: payments, persons and shifts are consistent by construction', () => {
  const db = memoryDb(30);
  seed(db);
  assert.throws(
    () => db.exec(`INSERT INTO orders (id, number, session_id, performance_id, ticket_type, ticket_mode, auth_mode, ticket_count, total_fen, payment_method, channel_name, created_at, updated_at)
      VALUES ('o3', '3', 'ss1', 'p1', 'regular', 'paper', 'none', 1, 10000, 'cash', 'W', 0, 0)`),
    /CHECK/,
    'cash needs the amount received',
  );
  assert.throws(
    () => db.exec(`INSERT INTO orders (id, number, session_id, performance_id, ticket_type, ticket_mode, auth_mode, ticket_count, total_fen, payment_method, channel_name, created_at, updated_at)
      VALUES ('o3', '3', 'ss1', 'p1', 'complimentary', 'paper', 'none', 1, 0, 'card', 'W', 0, 0)`),
    /CHECK/,
    'a free order has no payment method',
  );
  assert.throws(() => db.exec(`INSERT INTO persons (id, name_enc, id_type, created_at) VALUES ('x', x'00', 'resident_id', 0)`), /CHECK/, 'a document type needs its number');
  db.exec(`INSERT INTO shifts (id, user_id, opened_at, float_fen) VALUES ('f1', 'u1', 0, 50000)`);
  assert.throws(() => db.exec(`INSERT INTO shifts (id, user_id, opened_at, float_fen) VALUES ('f2', 'u1', 0, 0)`), /UNIQUE/, 'one open shift per user');
  db.exec(`UPDATE shifts SET closed_at = 1, counted_cash_fen = 50000 WHERE id = 'f1'`);
  db.exec(`INSERT INTO shifts (id, user_id, opened_at, float_fen) VALUES ('f2', 'u1', 2, 0)`);
});
