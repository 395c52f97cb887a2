import { test } from 'node:test';
import assert from 'node:assert/strict';
import { memoryDb, tableNames } from '../../helpers/memory-db';
import type { Db } from '../../../db/open';

function seedCatalog(db: Db): void {
  db.exec(`
    INSERT INTO venues (id, name, address, province_id, city_id, district_id, created_at, updated_at)
      VALUES ('v1', '大剧院', '长安街 1 号', 110000, 110100, 110101, 0, 0);
    INSERT INTO halls (id, venue_id, name, has_seat, created_at, updated_at) VALUES ('h1', 'v1', '歌剧厅', 1, 0, 0);
    INSERT INTO seats (id, hall_id, floor_name, area_name, row_name, seat_no, x, y, line, block, pos, row_centre)
      VALUES ('s1', 'h1', '1层', 'A区', '1排', '1', 0, 0, 2, 1, 0, 0.5), ('s2', 'h1', '1层', 'A区', '1排', '2', 1, 0, 3, 1, 1, 0.5);
    INSERT INTO performances (id, name, approval, type_id, created_at, updated_at) VALUES ('p1', '茶馆', '京文演(2024)1号', 1001, 0, 0);
    INSERT INTO sessions (id, performance_id, hall_id, name, starts_at, ends_at, sales_open_at, sales_close_at, entry_opens_at, entry_closes_at, created_at, updated_at)
      VALUES ('ss1', 'p1', 'h1', '首演', 100, 200, 0, 100, 50, 200, 0, 0);
    INSERT INTO price_tiers (id, session_id, name, price_fen, created_at, updated_at) VALUES ('t1', 'ss1', 'VIP', 88000, 0, 0), ('t2', 'ss1', '普通', 18000, 0, 0);
  `);
}

const counts = (db: Db, tier: string) =>
  db.prepare('SELECT total_count AS total, available_count AS available, sold_count AS sold, reserved_count AS reserved, blocked_count AS blocked FROM price_tiers WHERE id = ?').get(tier);

test('0020 creates the catalog tables', () => {
  const db = memoryDb(20);
  for (const table of ['performance_types', 'venues', 'halls', 'seats', 'performances', 'sessions', 'price_tiers', 'tickets', 'seat_holds']) {
    assert.ok(tableNames(db).includes(table), table);
  }
});

test('0020 keeps tier counters in step with ticket statuses through triggers', () => {
  const db = memoryDb(20);
  seedCatalog(db);
  db.exec(`INSERT INTO tickets (id, session_id, price_tier_id, seat_id, status, updated_at) VALUES
    ('k1', 'ss1', 't1', 's1', 'available', 0), ('k2', 'ss1', 't1', 's2', 'blocked', 0)`);
  assert.deepEqual({ ...(counts(db, 't1') as object) }, { total: 2, available: 1, sold: 0, reserved: 0, blocked: 1 });
  db.exec(`UPDATE tickets SET status = 'sold' WHERE id = 'k1'`);
  assert.deepEqual({ ...(counts(db, 't1') as object) }, { total: 2, available: 0, sold: 1, reserved: 0, blocked: 1 });
  db.exec(`UPDATE tickets SET price_tier_id = 't2', status = 'reserved' WHERE id = 'k2'`);
  assert.deepEqual({ ...(counts(db, 't1') as object) }, { total: 1, available: 0, sold: 1, reserved: 0, blocked: 0 });
  assert.deepEqual({ ...(counts(db, 't2') as object) }, { total: 1, available: 0, sold: 0, reserved: 1, blocked: 0 });
  db.exec(`DELETE FROM tickets WHERE id = 'k2'`);
  assert.deepEqual({ ...(counts(db, 't2') as object) }, { total: 0, available: 0, sold: 0, reserved: 0, blocked: 0 });
});

test('0020 refuses impossible catalog rows', () => {
  const db = memoryDb(20);
  seedCatalog(db);
  assert.throws(
    () => db.exec(`INSERT INTO tickets (id, session_id, price_tier_id, seat_id, status, updated_at) VALUES ('k3', 'ss1', 't1', 's1', 'available', 0), ('k4', 'ss1', 't1', 's1', 'available', 0)`),
    /UNIQUE/,
    'one ticket per seat per session',
  );
  assert.throws(
    () => db.exec(`INSERT INTO sessions (id, performance_id, hall_id, name, starts_at, ends_at, sales_open_at, sales_close_at, entry_opens_at, entry_closes_at, created_at, updated_at)
      VALUES ('ss2', 'p1', 'h1', 'x', 200, 100, 0, 100, 50, 200, 0, 0)`),
    /CHECK/,
    'a session ends after it starts',
  );
  assert.throws(
    () => db.exec(`INSERT INTO performances (id, name, approval, type_id, limit_per_id_session, created_at, updated_at) VALUES ('p2', 'x', 'y', 1, 2, 0, 0)`),
    /CHECK/,
    'a per-ID limit needs a real-name mode',
  );
  assert.throws(() => db.exec(`INSERT INTO price_tiers (id, session_id, name, price_fen, created_at, updated_at) VALUES ('t3', 'ss1', 'x', -1, 0, 0)`), /CHECK/);
  assert.throws(() => db.exec(`INSERT INTO seats (id, hall_id, floor_name, area_name, row_name, seat_no, x, y, line, block, pos, row_centre) VALUES ('s9', 'h1', '1层', 'A区', '1排', '12345678901', 0, 0, 9, 1, 2, 0)`), /CHECK/, 'seat names fit the platform (10)');
});
