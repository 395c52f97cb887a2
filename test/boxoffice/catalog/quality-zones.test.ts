import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testWorld } from '../helpers/context';
import { buildTheatre, seatedShow } from '../helpers/fixtures';
import { hallQualityZones, setQualityZones } from '../../../electron/boxoffice/catalog/quality-zones';
import { bestAvailable } from '../../../electron/boxoffice/holds/best-available';
import { listSeats } from '../../../db/catalog';
import { BoxOfficeError } from '../../../electron/boxoffice/errors';
import { parseInput } from '../../../electron/boxoffice/parse-input';
import { bestAvailableInput } from '../../../electron/boxoffice/holds/schemas';
import { setQualityZonesInput } from '../../../electron/boxoffice/catalog/zone-schemas';

const refusal = (code: string) => (error: unknown) => error instanceof BoxOfficeError && error.code === code;
const label = (seats: { row: string; seat: string }[]) => seats.map((s) => `${s.row}${s.seat}`).join(' ');

test('best available prefers the venue’s painted zones (A, then B) before centre-and-front; unzoned seats come last', () => {
  const world = testWorld();
  const theatre = buildTheatre(world);
  const show = seatedShow(world, theatre);
  const seats = listSeats(world.db, theatre.seatedHallId).filter((s) => s.areaName === 'A区');
  const ids = (row: string) => seats.filter((s) => s.rowName === row).map((s) => s.id);
  const paint = (seatIds: string[], zone: 'A' | 'B' | null) => setQualityZones(world.manager, parseInput(setQualityZonesInput, { hallId: theatre.seatedHallId, seatIds, zone }));
  const best = (count: number) => label(bestAvailable(world.clerk, parseInput(bestAvailableInput, { sessionId: show.session.id, priceTierId: show.tier.VIP ?? '', count })).seats);

  // The venue finds row 4 the best (the balcony's overhang ends there) and row 3 next.
  assert.deepEqual(paint(ids('4排'), 'A'), { updated: 10, zoned: 10 });
  paint(ids('3排'), 'B');
  assert.equal(hallQualityZones(world.manager, theatre.seatedHallId).length, 20);
  // A区 is left of the hall's axis: its seat 10 is the centre.
  assert.equal(best(4), '4排7 4排8 4排9 4排10', 'zone A first (not the front row), centre-and-front within it');
  assert.equal(best(4), '4排3 4排4 4排5 4排6');
  assert.equal(best(4), '3排7 3排8 3排9 3排10', 'zone A has no four left together: zone B');
  assert.equal(best(2), '4排1 4排2', 'zone A again for a pair');
  // Taken out of the zones, a row ranks centre-and-front again (row 1 beats row 2 and the rest).
  paint([...ids('4排'), ...ids('3排')], null);
  assert.equal(hallQualityZones(world.manager, theatre.seatedHallId).length, 0);
  assert.equal(best(2), '1排9 1排10');
});

test('zones are painted on the hall’s own seats only; a bad seat changes nothing', () => {
  const world = testWorld();
  const theatre = buildTheatre(world);
  const seat = listSeats(world.db, theatre.seatedHallId)[0]?.id ?? '';
  assert.throws(() => setQualityZones(world.manager, parseInput(setQualityZonesInput, { hallId: theatre.seatedHallId, seatIds: [seat, 'seat_nope'], zone: 'A' })), refusal('NOT_FOUND'));
  assert.equal(hallQualityZones(world.manager, theatre.seatedHallId).length, 0);
  assert.throws(() => parseInput(setQualityZonesInput, { hallId: theatre.seatedHallId, seatIds: [seat], zone: 'F' }), refusal('VALIDATION'));
  assert.throws(() => setQualityZones(world.manager, parseInput(setQualityZonesInput, { hallId: 'hall_nope', seatIds: [seat], zone: 'A' })), refusal('NOT_FOUND'));
});
