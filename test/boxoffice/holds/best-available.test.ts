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

test('the best block is the front row, nearest the hall’s centre (A区 is left of it); then the next best; and it is held at once', () => {
  const world = testWorld();
  const show = seatedShow(world, buildTheatre(world));
  const first = bestAvailable(world.clerk, parseInput(bestAvailableInput, { sessionId: show.session.id, priceTierId: show.tier.VIP ?? '', count: 4 }));
  assert.equal(label(first.seats), '1排7 1排8 1排9 1排10');
  assert.deepEqual(first.hold.ticketIds.sort(), first.seats.map((s) => s.ticketId).sort());
  const second = bestAvailable(world.as('clerk2', 'clerk'), parseInput(bestAvailableInput, { sessionId: show.session.id, priceTierId: show.tier.VIP ?? '', count: 4 }));
  assert.equal(label(second.seats), '2排7 2排8 2排9 2排10', 'seats held by another window are skipped');
  const pair = bestAvailable(world.clerk, parseInput(bestAvailableInput, { sessionId: show.session.id, priceTierId: show.tier.VIP ?? '', count: 3, holdId: first.hold.holdId }));
  assert.equal(pair.hold.ticketIds.length, 7, 'added to the same hold');
  assert.equal(label(pair.seats), '1排4 1排5 1排6', 'nearest the centre without stranding seat 2 alone (seat 1 is a wheelchair place)');
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
    arrangeSeats(seats).filter((s) => !taken.includes(s.seat)).map((s) => ({ ...s, accessible: s.accessible ? 1 : 0, ticketId: `${s.floor}${s.row}${s.seat}` }));
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

/** Rows of seats one unit apart, arranged together as an import does (blocks numbered across the hall); `taken` and `accessible` name seats as "r<y>-<no>". */
function hall(rows: { y: number; n: number }[], taken: string[] = [], accessible: string[] = []) {
  const seats = rows.flatMap(({ y, n }) =>
    Array.from({ length: n }, (_, i) => ({ line: y * 100 + i, floor: '1', area: 'A', row: `r${y}`, seat: String(i + 1), x: i + 1, y, accessible: accessible.includes(`r${y}-${i + 1}`), blocked: false })),
  );
  return arrangeSeats(seats)
    .map((s) => ({ ...s, accessible: s.accessible ? 1 : 0, ticketId: `${s.row}-${s.seat}` }))
    .filter((s) => !taken.includes(s.ticketId));
}
const row = (y: number, n: number, taken: number[] = [], accessible: number[] = []) =>
  hall([{ y, n }], taken.map((no) => `r${y}-${no}`), accessible.map((no) => `r${y}-${no}`));
const nos = (seats: { seat?: string; ticketId: string }[] | null) => seats?.map((s) => s.ticketId.split('-')[1]).join(',') ?? null;

test('no single empty seat is left beside the block when another choice exists; when none does, the block is still found', () => {
  // Six free seats, four wanted: the centred 2–5 would strand seats 1 and 6.
  assert.equal(nos(findBestBlock(row(1, 6), 4)), '1,2,3,4');
  assert.equal(nos(findBestBlock(row(1, 6, [], []), 2)), '3,4', 'a pair in the middle of six leaves two and two');
  assert.equal(nos(findBestBlock(row(1, 5), 4)), '1,2,3,4', 'five seats, four wanted: a single is unavoidable');
  // Row 1 has only 1–3 free (a single would be left by a centred pair); row 2 is empty further back.
  assert.equal(nos(findBestBlock(hall([{ y: 1, n: 3 }, { y: 2, n: 3 }]), 2)), '1,2');
});

test('centre-and-front: a centred seat one row back beats the end of the front row', () => {
  const rows = [{ y: 1, n: 10 }, { y: 2, n: 10 }];
  const endOfFront = hall(rows, ['r1-3', 'r1-4', 'r1-5', 'r1-6', 'r1-7', 'r1-8', 'r1-9', 'r1-10']);
  assert.equal(findBestBlock(endOfFront, 2)?.[0]?.ticketId.split('-')[0], 'r2');
  assert.equal(nos(findBestBlock(endOfFront, 2)), '5,6');
  assert.equal(findBestBlock(hall(rows, ['r1-1', 'r1-2', 'r1-9', 'r1-10']), 2)?.[0]?.ticketId.split('-')[0], 'r1', 'the front row when it has a good pair');
});

test('accessible places are kept for those who ask: left out by default, included when asked, a block holds as many as asked', () => {
  const seats = row(1, 4, [], [1]);
  assert.equal(nos(findBestBlock(seats, 3)), '2,3,4');
  assert.equal(nos(findBestBlock(seats, 2, { accessible: 1 })), '1,2');
  assert.equal(findBestBlock(seats, 4), null, 'four together only with the wheelchair place');
  assert.equal(nos(findBestBlock(seats, 4, { accessible: 1 })), '1,2,3,4');
  assert.equal(findBestBlock(row(1, 4), 2, { accessible: 1 }), null, 'no accessible place in the tier');
});

test('any price: the best seats of the session whatever their tier; more accessible places than seats is refused', () => {
  const world = testWorld();
  const show = seatedShow(world, buildTheatre(world));
  const any = bestAvailable(world.clerk, parseInput(bestAvailableInput, { sessionId: show.session.id, count: 2 }));
  assert.equal(any.seats.length, 2);
  assert.equal(any.seats[0]?.row, '1排', 'the front row is the VIP tier: any price finds it');
  assert.throws(() => bestAvailable(world.clerk, parseInput(bestAvailableInput, { sessionId: show.session.id, count: 2, accessible: 3 })), refusal('VALIDATION'));
});
