import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testWorld } from '../helpers/context';
import { outboxRows, count } from '../helpers/outbox';
import { buildTheatre, seatedShow } from '../helpers/fixtures';
import { createHall, createVenue, importSeatLayout, linkPlatformCodes } from '../../../electron/boxoffice/catalog/venues';
import { gridSeatLayoutCsv } from '../../../electron/boxoffice/catalog/grid-layout';
import { BoxOfficeError } from '../../../electron/boxoffice/errors';
import { queryAudit } from '../../../db/audit';
import { parseInput } from '../../../electron/boxoffice/parse-input';
import { createHallInput, createVenueInput, importSeatLayoutInput, linkPlatformCodesInput } from '../../../electron/boxoffice/catalog/schemas';

const venueInput = { name: '城市大剧院', address: '人民路 1 号', provinceId: 310000, cityId: 310100, districtId: 310101 };

const refusal = (code: string) => (error: unknown) => error instanceof BoxOfficeError && error.code === code;

test('venues: bad input is refused without any change', () => {
  const world = testWorld();
  assert.throws(() => createVenue(world.manager, parseInput(createVenueInput, { ...venueInput, cityId: 320100 })), (e: unknown) => refusal('VALIDATION')(e) && e instanceof BoxOfficeError && /cityId/.test(e.message));
  assert.throws(() => createVenue(world.manager, parseInput(createVenueInput, { ...venueInput, name: '' })), refusal('VALIDATION'));
  assert.equal(count(world.db, 'SELECT count(*) AS n FROM venues'), 0);
  assert.equal(count(world.db, 'SELECT count(*) AS n FROM audit_log'), 0);
});

test('an unseated hall is registered at once; a seated hall when its layout arrives, coalesced on re-import', () => {
  const world = testWorld();
  const venue = createVenue(world.manager, parseInput(createVenueInput, venueInput));
  const small = createHall(world.manager, parseInput(createHallInput, { venueId: venue.id, name: '小剧场', hasSeat: false, seatingCapacity: 300 }));
  const big = createHall(world.manager, parseInput(createHallInput, { venueId: venue.id, name: '歌剧厅', hasSeat: true, seatingChartUrl: 'https://example.cn/seats.png' }));
  assert.throws(() => createHall(world.manager, parseInput(createHallInput, { venueId: venue.id, name: '小剧场', hasSeat: false, seatingCapacity: 1 })), refusal('NAME_TAKEN'));
  assert.throws(() => createHall(world.manager, parseInput(createHallInput, { venueId: venue.id, name: '无容量', hasSeat: false })), refusal('VALIDATION'));
  let saves = outboxRows(world.db, 'venue.save');
  assert.equal(saves.length, 1);
  assert.deepEqual(saves[0]?.payload, {
    venueId: venue.id, hallId: small.id, venueName: '城市大剧院', venueAddress: '人民路 1 号', provinceId: 310000, cityId: 310100, districtId: 310101,
    hallName: '小剧场', hasSeat: false, seatNum: 0, seatingCapacity: 300,
  });
  importSeatLayout(world.manager, parseInput(importSeatLayoutInput, { hallId: big.id, csv: gridSeatLayoutCsv([{ floor: '1层', area: 'A区', rows: 2, seatsPerRow: 5 }]) }));
  const result = importSeatLayout(world.manager, parseInput(importSeatLayoutInput, { hallId: big.id, csv: gridSeatLayoutCsv([{ floor: '1层', area: 'A区', rows: 3, seatsPerRow: 5, flags: (r) => (r === 3 ? 'accessible' : '') }]) }));
  assert.deepEqual(result, { hallId: big.id, seats: 15, accessible: 5, blocked: 0, floors: ['1层'], areas: ['A区'] });
  saves = outboxRows(world.db, 'venue.save');
  assert.equal(saves.length, 2, 'the second import rewrote the pending registration');
  assert.deepEqual(saves.map((s) => s.hallId), [small.id, big.id]);
  assert.equal((saves[1]?.payload as { seatNum: number }).seatNum, 15);
  assert.ok(queryAudit(world.db, { action: 'hall.' }).length >= 4);
});

test('layout import refusals: bad lines (all of them), an unseated hall, a layout already ticketed', () => {
  const world = testWorld();
  const theatre = buildTheatre(world);
  assert.throws(
    () => importSeatLayout(world.manager, parseInput(importSeatLayoutInput, { hallId: theatre.seatedHallId, csv: 'floor,area,row,seat,x,y\n1层,A区,1排,1,0,0\n1层,A区,1排,2,x,0\n1层,A区,1排\n' })),
    (e: unknown) => e instanceof BoxOfficeError && e.code === 'LAYOUT_INVALID' && /line 3/.test(e.message) && JSON.stringify(e.details?.errors) ===
        JSON.stringify([
          { line: 3, problem: 'not_number', values: { field: 'x', value: 'x' }, message: 'x "x" is not a number' },
          { line: 4, problem: 'field_count', values: { found: 3 }, message: 'expected 6 or 7 fields (floor,area,row,seat,x,y[,flags]), found 3' },
        ]),
  );
  assert.equal(count(world.db, 'SELECT count(*) AS n FROM seats WHERE hall_id = ?', theatre.seatedHallId), 100, 'the old layout is kept');
  assert.throws(() => importSeatLayout(world.manager, parseInput(importSeatLayoutInput, { hallId: theatre.unseatedHallId, csv: 'a,b,c,d,1,1' })), refusal('WRONG_HALL_KIND'));
  seatedShow(world, theatre);
  assert.throws(() => importSeatLayout(world.manager, parseInput(importSeatLayoutInput, { hallId: theatre.seatedHallId, csv: 'F,A,R,1,0,0' })), refusal('LAYOUT_IN_USE'));
  assert.throws(() => importSeatLayout(world.manager, parseInput(importSeatLayoutInput, { hallId: 'hal_nope', csv: 'F,A,R,1,0,0' })), refusal('NOT_FOUND'));
});

test('linking existing platform codes withdraws the pending registrations', () => {
  const world = testWorld();
  const theatre = buildTheatre(world);
  assert.throws(() => linkPlatformCodes(world.manager, parseInput(linkPlatformCodesInput, { venueId: theatre.venueId, venueCode: '310101001', halls: [{ hallId: theatre.seatedHallId, hallCode: '99999999901' }] })), refusal('VALIDATION'));
  const linked = linkPlatformCodes(world.manager, parseInput(linkPlatformCodesInput, {
    venueId: theatre.venueId,
    venueCode: '310101001',
    halls: [
      { hallId: theatre.seatedHallId, hallCode: '31010100101' },
      { hallId: theatre.unseatedHallId, hallCode: '31010100102' },
    ],
  }));
  assert.equal(linked.venue.platformVenueCode, '310101001');
  assert.deepEqual(linked.halls.map((h) => h.platformHallCode), ['31010100101', '31010100102']);
  assert.deepEqual(outboxRows(world.db, 'venue.save').map((r) => r.status), ['discarded', 'discarded']);
  const other = testWorld(world.db).manager;
  const second = createVenue(other, parseInput(createVenueInput, { ...venueInput, name: '另一个剧院' }));
  const hall = createHall(other, parseInput(createHallInput, { venueId: second.id, name: '厅', hasSeat: false, seatingCapacity: 10 }));
  assert.throws(() => linkPlatformCodes(other, parseInput(linkPlatformCodesInput, { venueId: second.id, venueCode: '310101001', halls: [{ hallId: hall.id, hallCode: '31010100103' }] })), refusal('PLATFORM_CODE_TAKEN'));
});
