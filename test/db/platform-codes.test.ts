import { test } from 'node:test';
import assert from 'node:assert/strict';
import { memoryDb } from '../helpers/memory-db';
import { setPlatformCodes, setSessionCodes } from '../../db/catalog';
import { hallCodeOf, sessionCodeOf, venueCodeOf } from '../../db/platform-codes';
import { currentPlatform } from '../../db/platform-identity';
import { writeSetting } from '../../db/settings';

function world() {
  const db = memoryDb();
  db.exec(`
    INSERT INTO venues (id, name, address, province_id, city_id, district_id, created_at, updated_at) VALUES ('v1', 'V', 'A', 110000, 110100, 110101, 0, 0);
    INSERT INTO halls (id, venue_id, name, has_seat, seating_capacity, created_at, updated_at) VALUES ('h1', 'v1', 'H', 0, 100, 0, 0);
    INSERT INTO performances (id, name, approval, type_id, created_at, updated_at) VALUES ('p1', 'P', 'A', 1001, 0, 0);
    INSERT INTO sessions (id, performance_id, hall_id, name, starts_at, ends_at, sales_open_at, sales_close_at, entry_opens_at, entry_closes_at, created_at, updated_at)
      VALUES ('s1', 'p1', 'h1', 'S', 100, 200, 0, 100, 50, 200, 0, 0);
  `);
  return db;
}

test('a code is labelled with the platform that issued it and is only ever given out while that platform is current', () => {
  const db = world();
  assert.equal(currentPlatform(db), 'sandbox', 'the sandbox until a manager sets a platform');
  setPlatformCodes(db, 'v1', '110101001', [{ hallId: 'h1', hallCode: '11010100101' }], 1);
  setSessionCodes(db, { s1: '110101001012601010001' }, 1);
  assert.deepEqual([venueCodeOf(db, 'v1'), hallCodeOf(db, 'h1'), sessionCodeOf(db, 's1')], ['110101001', '11010100101', '110101001012601010001']);
  assert.equal(db.prepare("SELECT platform_session_code_by FROM sessions WHERE id = 's1'").pluck().get(), 'sandbox');

  // Another platform is current (whatever wrote the settings): the sandbox's codes are not sent to it.
  writeSetting(db, 'platform.settings', { mode: 'platform', url: 'https://platform.example.cn/api', appId: 'A', secretEnc: 'x', updatedAt: 2 }, 2);
  assert.equal(currentPlatform(db), 'https://platform.example.cn/api');
  assert.deepEqual([venueCodeOf(db, 'v1'), hallCodeOf(db, 'h1'), sessionCodeOf(db, 's1')], [null, null, null]);

  // The same platform with other credentials (appId) is the same platform: its codes count again.
  setSessionCodes(db, { s1: '110101050012601010050' }, 3);
  writeSetting(db, 'platform.settings', { mode: 'platform', url: 'https://platform.example.cn/api', appId: 'B', secretEnc: 'y', updatedAt: 4 }, 4);
  assert.equal(sessionCodeOf(db, 's1'), '110101050012601010050');
});
