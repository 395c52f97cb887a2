import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testWorld } from '../helpers/context';
import { buildTheatre, seatedShow, unseatedShow } from '../helpers/fixtures';
import { bestAvailable, findBestBlock } from '../../../electron/boxoffice/holds/best-available';
import { arrangeSeats } from '../../../electron/boxoffice/catalog/seat-blocks';
import { BoxOfficeError } from '../../../electron/boxoffice/errors';
import { parseInput } from '../../../electron/boxoffice/parse-input';
import { bestAvailableInput } from '../../../electron/boxoffice/holds/schemas';

const refusal = (code: string) => (error: unknown) => error instanceof BoxOfficeError && error.code === code;
const label = (seats: { row: string; seat: string }[]) => seats.map((s) => `${s.row}${s.seat}`).join(' ');

test('the best block is the front row, centred; then the next best; and it is held at once', () => {
  const world = testWorld();
  const show = seatedShow(world, buildTheatre(world));
  const first = bestAvailable(world.clerk, parseInput(bestAvailableInput, { sessionId: show.session.id, priceTierId: show.tier.VIP ?? '', count: 4 }));
  assert.equal(label(first.seats), '1排4 1排5 1排6 1排7');
  assert.deepEqual(first.hold.ticketIds.sort(), first.seats.map((s) => s.ticketId).sort());
  const second = bestAvailable(world.as('clerk2', 'clerk'), parseInput(bestAvailableInput, { sessionId: show.session.id, priceTierId: show.tier.VIP ?? '', count: 4 }));
  assert.equal(label(second.seats), '2排4 2排5 2排6 2排7', 'seats held by another window are skipped');
  const pair = bestAvailable(world.clerk, parseInput(bestAvailableInput, { sessionId: show.session.id, priceTierId: show.tier.VIP ?? '', count: 3, holdId: first.hold.holdId }));
  assert.equal(pair.hold.ticketIds.length, 7, 'added to the same hold');
  assert.ok(['1排1 1排2 1排3', '1排8 1排9 1排10'].includes(label(pair.seats)));
});

test('no block big enough: refused with how many single seats remain', () => {
  const world = testWorld();
  const show = seatedShow(world, buildTheatre(world));
  assert.throws(() => bestAvailable(world.clerk, parseInput(bestAvailableInput, { sessionId: show.session.id, priceTierId: show.tier.VIP ?? '', count: 11 })), (e: unknown) => refusal('NO_ADJACENT_SEATS')(e) && (e as BoxOfficeError).details?.free === 50);
  assert.throws(() => bestAvailable(world.clerk, parseInput(bestAvailableInput, { sessionId: show.session.id, priceTierId: show.tier.VIP ?? '', count: 21 })), refusal('VALIDATION'));
  assert.throws(() => bestAvailable(world.clerk, parseInput(bestAvailableInput, { sessionId: show.session.id, priceTierId: 'tier_nope', count: 2 })), refusal('NOT_FOUND'));
  const open = unseatedShow(world, buildTheatre(testWorld(world.db)));
  assert.throws(() => bestAvailable(world.clerk, parseInput(bestAvailableInput, { sessionId: open.session.id, priceTierId: open.tier['站票'] ?? '', count: 2 })), refusal('WRONG_HALL_KIND'));
});

test('an aisle or a taken seat breaks a block; floors rank before rows', () => {
  const parsed = (floor: string, row: string, no: number, x: number, y: number) => ({ line: Number(floor) * 10000 + y * 100 + no, floor, area: 'A', row, seat: String(no), x, y, accessible: false, blocked: false });
  const tierSeats = (seats: ReturnType<typeof parsed>[], taken: string[] = []) =>
    arrangeSeats(seats).filter((s) => !taken.includes(s.seat)).map((s) => ({ ...s, ticketId: `${s.floor}${s.row}${s.seat}` }));
  const row1 = [parsed('1', 'r1', 1, 1, 1), parsed('1', 'r1', 2, 2, 1), parsed('1', 'r1', 3, 5, 1), parsed('1', 'r1', 4, 6, 1), parsed('1', 'r1', 5, 7, 1)];
  assert.deepEqual(arrangeSeats(row1).map((s) => [s.block, s.pos]), [[1, 0], [1, 1], [2, 2], [2, 3], [2, 4]], 'the gap between x 2 and 5 is an aisle');
  assert.equal(findBestBlock(tierSeats(row1, ['4']), 3), null, 'seat 4 is taken and the aisle splits the rest');
  assert.deepEqual(findBestBlock(tierSeats(row1, ['4']), 2)?.map((s) => s.ticketId), ['1r11', '1r12']);
  const balcony = [parsed('2', 'r1', 1, 1, 1), parsed('2', 'r1', 2, 2, 1)];
  const stalls = [parsed('1', 'r9', 1, 1, 9), parsed('1', 'r9', 2, 2, 9)];
  assert.deepEqual(findBestBlock(tierSeats([...stalls, ...balcony]), 2)?.map((s) => s.floor), ['1', '1']);
  const withOtherTier = tierSeats([parsed('1', 'r1', 1, 1, 1), parsed('1', 'r1', 2, 2, 1), parsed('1', 'r1', 3, 3, 1)]).filter((s) => s.seat !== '2');
  assert.equal(findBestBlock(withOtherTier, 2), null, 'a seat of another tier between two seats keeps them apart');
});
