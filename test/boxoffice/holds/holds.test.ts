import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MINUTE, testWorld } from '../helpers/context';
import { count } from '../helpers/outbox';
import { buildTheatre, seatedShow } from '../helpers/fixtures';
import { holdSeats, purgeExpiredHolds, releaseHold } from '../../../electron/boxoffice/holds/holds';
import { seatMap } from '../../../electron/boxoffice/catalog/queries';
import { setTicketStatus } from '../../../electron/boxoffice/catalog/tickets';
import { cancelSession } from '../../../electron/boxoffice/catalog/sessions';
import { BoxOfficeError } from '../../../electron/boxoffice/errors';
import { parseInput } from '../../../electron/boxoffice/parse-input';
import { cancelSessionInput, sessionIdInput, setTicketStatusInput } from '../../../electron/boxoffice/catalog/schemas';
import { holdSeatsInput, releaseHoldInput } from '../../../electron/boxoffice/holds/schemas';

const refusal = (code: string) => (error: unknown) => error instanceof BoxOfficeError && error.code === code;

function setup() {
  const world = testWorld();
  const show = seatedShow(world, buildTheatre(world));
  const map = seatMap(world.clerk, parseInput(sessionIdInput, { sessionId: show.session.id }));
  const seat = (row: string, no: string, area = 'A区') => map.seats.find((s) => s.area === area && s.row === row && s.seat === no)?.ticketId ?? '';
  return { world, show, seat };
}

test('a hold keeps seats from other windows until it expires; the map tells mine from theirs', () => {
  const { world, show, seat } = setup();
  const other = world.as('clerk2', 'clerk');
  const hold = holdSeats(world.clerk, parseInput(holdSeatsInput, { sessionId: show.session.id, ticketIds: [seat('1排', '1'), seat('1排', '2')] }));
  assert.equal(hold.ticketIds.length, 2);
  assert.equal(hold.expiresAt, world.clock.now + 5 * MINUTE);
  assert.throws(() => holdSeats(other, parseInput(holdSeatsInput, { sessionId: show.session.id, ticketIds: [seat('1排', '3'), seat('1排', '2')] })), (e: unknown) => refusal('SEAT_HELD')(e) && (e as BoxOfficeError).details?.ticketId === seat('1排', '2'));
  assert.equal(count(world.db, "SELECT count(*) AS n FROM seat_holds WHERE user_id = 'usr_clerk2'"), 0, 'a refused hold takes nothing');
  const states = (ctx: typeof other) => seatMap(ctx, parseInput(sessionIdInput, { sessionId: show.session.id })).seats.filter((s) => s.state.startsWith('held')).map((s) => s.state);
  assert.deepEqual(states(world.clerk), ['held_by_me', 'held_by_me']);
  assert.deepEqual(states(other), ['held', 'held']);
  world.clock.now += 4 * MINUTE;
  const extended = holdSeats(world.clerk, parseInput(holdSeatsInput, { sessionId: show.session.id, ticketIds: [seat('1排', '3')], holdId: hold.holdId }));
  assert.equal(extended.ticketIds.length, 3);
  assert.equal(extended.expiresAt, world.clock.now + 5 * MINUTE, 'adding a seat renews the whole hold');
  world.clock.now += 5 * MINUTE;
  assert.deepEqual(states(other), [], 'expired holds are simply ignored');
  const taken = holdSeats(other, parseInput(holdSeatsInput, { sessionId: show.session.id, ticketIds: [seat('1排', '2')] }));
  assert.deepEqual(taken.ticketIds, [seat('1排', '2')]);
  assert.throws(() => holdSeats(world.clerk, parseInput(holdSeatsInput, { sessionId: show.session.id, ticketIds: [seat('1排', '5')], holdId: taken.holdId })), refusal('HOLD_NOT_FOUND'));
  assert.equal(purgeExpiredHolds(world.clerk), 0, 'taking a hold already cleared the expired ones of the session');
  world.clock.now += 5 * MINUTE;
  assert.equal(purgeExpiredHolds(world.clerk), 1);
});

test('releasing: the clerk who holds, or a manager; other clerks are refused', () => {
  const { world, show, seat } = setup();
  const hold = holdSeats(world.clerk, parseInput(holdSeatsInput, { sessionId: show.session.id, ticketIds: [seat('2排', '1'), seat('2排', '2'), seat('2排', '3')] }));
  assert.throws(() => releaseHold(world.as('clerk2', 'clerk'), parseInput(releaseHoldInput, { holdId: hold.holdId })), refusal('HOLD_NOT_FOUND'));
  assert.deepEqual(releaseHold(world.clerk, parseInput(releaseHoldInput, { holdId: hold.holdId, ticketIds: [seat('2排', '1')] })), { released: 1, bySession: new Map([[show.session.id, [seat('2排', '1')]]]) });
  assert.deepEqual(releaseHold(world.manager, parseInput(releaseHoldInput, { holdId: hold.holdId })).released, 2);
  assert.deepEqual(releaseHold(world.clerk, parseInput(releaseHoldInput, { holdId: hold.holdId })), { released: 0, bySession: new Map() });
});

test('holds are refused for reserved seats, unknown tickets, closed sales and cancelled sessions', () => {
  const { world, show, seat } = setup();
  setTicketStatus(world.manager, parseInput(setTicketStatusInput, { sessionId: show.session.id, ticketIds: [seat('3排', '1')], status: 'reserved' }));
  assert.throws(() => holdSeats(world.clerk, parseInput(holdSeatsInput, { sessionId: show.session.id, ticketIds: [seat('3排', '1')] })), refusal('SEAT_UNAVAILABLE'));
  assert.throws(() => holdSeats(world.clerk, parseInput(holdSeatsInput, { sessionId: show.session.id, ticketIds: ['tkt_nope'] })), refusal('NOT_FOUND'));
  assert.throws(() => holdSeats(world.clerk, parseInput(holdSeatsInput, { sessionId: show.session.id, ticketIds: [] })), refusal('VALIDATION'));
  world.clock.now = show.session.salesCloseAt;
  assert.throws(() => holdSeats(world.clerk, parseInput(holdSeatsInput, { sessionId: show.session.id, ticketIds: [seat('3排', '2')] })), refusal('SALES_CLOSED'));
  world.clock.now = show.session.salesOpenAt - 1;
  assert.throws(() => holdSeats(world.clerk, parseInput(holdSeatsInput, { sessionId: show.session.id, ticketIds: [seat('3排', '2')] })), refusal('SALES_NOT_OPEN'));
  world.clock.now = show.session.salesOpenAt;
  cancelSession(world.manager, parseInput(cancelSessionInput, { sessionId: show.session.id, reason: '取消' }));
  assert.throws(() => holdSeats(world.clerk, parseInput(holdSeatsInput, { sessionId: show.session.id, ticketIds: [seat('3排', '2')] })), refusal('SESSION_CANCELLED'));
});
