import { test } from 'node:test';
import assert from 'node:assert/strict';
import { columnNames, memoryDb, tableNames } from '../../helpers/memory-db';
import type { Db } from '../../../db/open';
import { loadMigrations, migrate } from '../../../db/migrate';

function seed(db: Db, settings: string | null): void {
  if (settings !== null) db.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('platform.settings', ?, 0)").run(settings);
  db.exec(`
    INSERT INTO venues (id, name, address, province_id, city_id, district_id, platform_venue_code, created_at, updated_at) VALUES ('v1', 'V', 'A', 110000, 110100, 110101, '110101001', 0, 0);
    INSERT INTO venues (id, name, address, province_id, city_id, district_id, created_at, updated_at) VALUES ('v2', 'W', 'A', 110000, 110100, 110101, 0, 0);
    INSERT INTO halls (id, venue_id, name, has_seat, seating_capacity, platform_hall_code, created_at, updated_at) VALUES ('h1', 'v1', 'H', 0, 100, '11010100101', 0, 0);
    INSERT INTO performances (id, name, approval, type_id, created_at, updated_at) VALUES ('p1', 'P', 'A', 1001, 0, 0);
    INSERT INTO sessions (id, performance_id, hall_id, name, starts_at, ends_at, sales_open_at, sales_close_at, entry_opens_at, entry_closes_at, platform_session_code, created_at, updated_at)
      VALUES ('s1', 'p1', 'h1', 'S', 100, 200, 0, 100, 50, 200, '110101001012601010001', 0, 0),
             ('s2', 'p1', 'h1', 'S2', 100, 200, 0, 100, 50, 200, NULL, 0, 0);
  `);
}

test('0070 adds who issued each code, the switches and the two archives', () => {
  const db = memoryDb(70);
  for (const table of ['platform_switches', 'outbox_archive', 'training_archive']) assert.ok(tableNames(db).includes(table), table);
  assert.ok(columnNames(db, 'venues').includes('platform_venue_code_by'));
  assert.ok(columnNames(db, 'halls').includes('platform_hall_code_by'));
  assert.ok(columnNames(db, 'sessions').includes('platform_session_code_by'));
});

test('0070 labels the codes already in the data with the platform configured then (the sandbox by default)', () => {
  const db = memoryDb(60);
  seed(db, null);
  assert.deepEqual(migrate(db, loadMigrations(), 70).applied, ['70-platform-identity']);
  assert.deepEqual(db.prepare('SELECT id, platform_venue_code_by AS by FROM venues ORDER BY id').all(), [{ id: 'v1', by: 'sandbox' }, { id: 'v2', by: null }]);
  assert.equal(db.prepare("SELECT platform_hall_code_by FROM halls WHERE id = 'h1'").pluck().get(), 'sandbox');
  assert.deepEqual(db.prepare('SELECT id, platform_session_code_by AS by FROM sessions ORDER BY id').all(), [{ id: 's1', by: 'sandbox' }, { id: 's2', by: null }]);
});

test('0070 labels codes with the real platform when one was configured', () => {
  const db = memoryDb(60);
  seed(db, JSON.stringify({ mode: 'platform', url: 'https://platform.example.cn/api', appId: 'A', secretEnc: 'x', updatedAt: 0 }));
  migrate(db, loadMigrations(), 70);
  assert.equal(db.prepare("SELECT platform_session_code_by FROM sessions WHERE id = 's1'").pluck().get(), 'https://platform.example.cn/api');
});

test('0070: a switch must go from one platform to another, and its summary is JSON', () => {
  const db = memoryDb(70);
  assert.throws(() => db.exec("INSERT INTO platform_switches (id, switched_at, from_platform, to_platform, outcome, summary) VALUES ('x', 0, 'sandbox', 'sandbox', 'keep-sales', '{}')"), /CHECK/);
  assert.throws(() => db.exec("INSERT INTO platform_switches (id, switched_at, from_platform, to_platform, outcome, summary) VALUES ('x', 0, 'sandbox', 'https://p', 'maybe', '{}')"), /CHECK/);
  db.exec("INSERT INTO platform_switches (id, switched_at, from_platform, to_platform, outcome, summary) VALUES ('x', 0, 'sandbox', 'https://p', 'discard-training', '{}')");
  assert.throws(() => db.exec("INSERT INTO training_archive (switch_id, table_name, record_id, row) VALUES ('nope', 'orders', 'o1', '{}')"), /FOREIGN KEY/);
});
