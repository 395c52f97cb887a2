import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testWorld } from '../helpers/context';
import { createHall, createVenue, importSeatLayout } from '../../../electron/boxoffice/catalog/venues';
import { gridSeatLayoutCsv } from '../../../electron/boxoffice/catalog/grid-layout';
import { updateSeatFlags } from '../../../electron/boxoffice/catalog/seat-flags';
import { BoxOfficeError } from '../../../electron/boxoffice/errors';
import { listSeats } from '../../../db/catalog';
import { queryAudit } from '../../../db/audit';
import { parseInput } from '../../../electron/boxoffice/parse-input';
import { createHallInput, createVenueInput, importSeatLayoutInput, updateSeatFlagsInput } from '../../../electron/boxoffice/catalog/schemas';

function hallWithSeats() {
  const world = testWorld();
  const venue = createVenue(world.manager, parseInput(createVenueInput, { name: '城市大剧院', address: '人民路 1 号', provinceId: 310000, cityId: 310100, districtId: 310101 }));
  const hall = createHall(world.manager, parseInput(createHallInput, { venueId: venue.id, name: '歌剧厅', hasSeat: true }));
  importSeatLayout(world.manager, parseInput(importSeatLayoutInput, { hallId: hall.id, csv: gridSeatLayoutCsv([{ floor: '1层', area: 'A区', rows: 2, seatsPerRow: 5 }]) }));
  return { world, hall, seats: listSeats(world.db, hall.id) };
}

test('a manager blocks seats and marks accessible ones; the change is audited', () => {
  const { world, hall, seats } = hallWithSeats();
  const two = seats.slice(0, 2).map((s) => s.id);
  assert.deepEqual(updateSeatFlags(world.manager, parseInput(updateSeatFlagsInput, { hallId: hall.id, seatIds: two, blocked: true })), { updated: 2 });
  updateSeatFlags(world.manager, parseInput(updateSeatFlagsInput, { hallId: hall.id, seatIds: [seats[9]?.id ?? ''], accessible: true }));
  const after = listSeats(world.db, hall.id);
  assert.equal(after.filter((s) => s.blocked === 1).length, 2);
  assert.equal(after.filter((s) => s.accessible === 1).length, 1);
  updateSeatFlags(world.manager, parseInput(updateSeatFlagsInput, { hallId: hall.id, seatIds: two, blocked: false }));
  assert.equal(listSeats(world.db, hall.id).filter((s) => s.blocked === 1).length, 0);
  assert.equal(queryAudit(world.db, { action: 'hall.seat_flags' }).length, 3);
});

test('refusals: nothing to change, an unknown hall; nothing changes', () => {
  const { world, hall, seats } = hallWithSeats();
  const ids = [seats[0]?.id ?? ''];
  const code = (expected: string) => (e: unknown) => e instanceof BoxOfficeError && e.code === expected;
  assert.throws(() => updateSeatFlags(world.manager, parseInput(updateSeatFlagsInput, { hallId: hall.id, seatIds: ids })), code('VALIDATION'));
  assert.throws(() => updateSeatFlags(world.manager, parseInput(updateSeatFlagsInput, { hallId: 'nope', seatIds: ids, blocked: true })), code('NOT_FOUND'));
  assert.equal(listSeats(world.db, hall.id).filter((s) => s.blocked === 1).length, 0);
});
