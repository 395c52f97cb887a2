import { test } from 'node:test';
import assert from 'node:assert/strict';
import { memoryDb, tableNames } from '../../helpers/memory-db';

function hallWithSeat(db: ReturnType<typeof memoryDb>): void {
  db.exec(`
    INSERT INTO venues (id, name, address, province_id, city_id, district_id, created_at, updated_at) VALUES ('v1', 'V', 'A', 110000, 110100, 110101, 0, 0);
    INSERT INTO halls (id, venue_id, name, has_seat, created_at, updated_at) VALUES ('h1', 'v1', 'H', 1, 0, 0);
    INSERT INTO seats (id, hall_id, floor_name, area_name, row_name, seat_no, x, y, line, block, pos, row_centre) VALUES ('s1', 'h1', '1层', 'A区', '1排', '1', 0, 0, 1, 1, 1, 0);
  `);
}

test('0140 adds seat quality zones: one letter A–E per seat of a layout', () => {
  const db = memoryDb(140);
  assert.ok(tableNames(db).includes('seat_quality_zones'));
  hallWithSeat(db);
  db.exec("INSERT INTO seat_quality_zones (seat_id, zone) VALUES ('s1', 'A')");
  assert.throws(() => db.exec("INSERT INTO seat_quality_zones (seat_id, zone) VALUES ('s1', 'B')"), /UNIQUE|PRIMARY/);
  assert.throws(() => db.exec("UPDATE seat_quality_zones SET zone = 'F'"), /CHECK/);
  assert.throws(() => db.exec("INSERT INTO seat_quality_zones (seat_id, zone) VALUES ('nope', 'B')"), /FOREIGN KEY/);
});

test('0140: re-importing a layout (deleting its seats) drops their zones with them', () => {
  const db = memoryDb(140);
  hallWithSeat(db);
  db.exec("INSERT INTO seat_quality_zones (seat_id, zone) VALUES ('s1', 'C')");
  db.exec("DELETE FROM seats WHERE hall_id = 'h1'");
  assert.equal((db.prepare('SELECT count(*) AS n FROM seat_quality_zones').get() as { n: number }).n, 0);
});
