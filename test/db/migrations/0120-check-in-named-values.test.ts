import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadMigrations, migrate } from '../../../db/migrate';
import { memoryDb } from '../../helpers/memory-db';

const admit = (id: string, entry: number, checking: number | string, auth: number | string) =>
  `INSERT INTO check_ins (id, order_line_id, ticket_id, session_id, gate_name, checked_at, checking_type, auth_type, entry_no)
   VALUES ('${id}', 'l1', 'k1', 'ss1', '东门', 60, ${typeof checking === 'string' ? `'${checking}'` : checking}, ${typeof auth === 'string' ? `'${auth}'` : auth}, ${entry})`;

test('0120: check-ins keep how a ticket was checked by name; earlier rows are translated, other values refused', () => {
  const db = memoryDb(60);
  db.exec(`
    INSERT INTO venues (id, name, address, province_id, city_id, district_id, created_at, updated_at) VALUES ('v1', 'V', 'A', 110000, 110100, 110101, 0, 0);
    INSERT INTO halls (id, venue_id, name, has_seat, created_at, updated_at) VALUES ('h1', 'v1', 'H', 0, 0, 0);
    INSERT INTO performances (id, name, approval, type_id, created_at, updated_at) VALUES ('p1', 'P', 'A', 1, 0, 0);
    INSERT INTO sessions (id, performance_id, hall_id, name, starts_at, ends_at, sales_open_at, sales_close_at, entry_opens_at, entry_closes_at, created_at, updated_at)
      VALUES ('ss1', 'p1', 'h1', 'S', 100, 200, 0, 100, 50, 200, 0, 0);
    INSERT INTO price_tiers (id, session_id, name, price_fen, created_at, updated_at) VALUES ('t1', 'ss1', 'GA', 0, 0, 0);
    INSERT INTO tickets (id, session_id, price_tier_id, status, updated_at) VALUES ('k1', 'ss1', 't1', 'sold', 0);
    INSERT INTO orders (id, number, session_id, performance_id, ticket_type, ticket_mode, auth_mode, ticket_count, total_fen, payment_method, channel_name, created_at, updated_at)
      VALUES ('o1', '1', 'ss1', 'p1', 'complimentary', 'paper', 'none', 1, 0, 'none', 'W', 0, 0);
    INSERT INTO order_lines (id, order_id, ticket_id, session_id, performance_id, price_tier_id, price_fen, amount_fen, ticket_code, ticket_mode, created_at)
      VALUES ('l1', 'o1', 'k1', 'ss1', 'p1', 't1', 0, 0, 'C', 'paper', 0);
  `);
  db.exec(admit('c1', 1, 1, 2));
  db.exec(admit('c2', 2, 2, 1));
  db.exec(admit('c3', 3, 3, 2));
  migrate(db, loadMigrations(), 120);
  const rows = db.prepare('SELECT id, checking_type AS checking, auth_type AS auth FROM check_ins ORDER BY entry_no').all();
  assert.deepEqual(rows, [
    { id: 'c1', checking: 'code', auth: 'device' },
    { id: 'c2', checking: 'id_document', auth: 'manual' },
    { id: 'c3', checking: 'face', auth: 'device' },
  ]);
  db.exec(admit('c4', 4, 'id_document', 'device'));
  assert.throws(() => db.exec(admit('c5', 5, 1, 'device')), /CHECK|cannot store/, 'numbers are no longer taken');
  assert.throws(() => db.exec(admit('c5', 5, 'code', 'scanner')), /CHECK/);
  assert.throws(() => db.exec(admit('c4', 4, 'code', 'device')), /UNIQUE|PRIMARY/, 'one row per entry, as before');
});
