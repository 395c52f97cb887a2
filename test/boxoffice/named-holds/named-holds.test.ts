import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DAY, HOUR, MINUTE, testWorld } from '../helpers/context';
import { count, outboxRows } from '../helpers/outbox';
import { buildTheatre, seatedShow } from '../helpers/fixtures';
import { refusal, seatFinder } from '../helpers/sales';
import { parseInput } from '../../../electron/boxoffice/parse-input';
import { createNamedHold, holdSeatsUnderName, listNamedHolds, releaseNamedHold, updateNamedHold } from '../../../electron/boxoffice/named-holds/named-holds';
import { createNamedHoldInput, namedHoldSeatsInput, releaseNamedHoldInput, updateNamedHoldInput } from '../../../electron/boxoffice/named-holds/schemas';
import { nextReleaseAt, releaseDueHolds } from '../../../electron/boxoffice/named-holds/release-due';
import { sell } from '../../../electron/boxoffice/sales/sell';
import { sellInput } from '../../../electron/boxoffice/sales/schemas';
import { openShift } from '../../../electron/boxoffice/shifts/shifts';
import { openShiftInput } from '../../../electron/boxoffice/shifts/schemas';
import { holdSeats } from '../../../electron/boxoffice/holds/holds';
import { holdSeatsInput } from '../../../electron/boxoffice/holds/schemas';
import { getSessionDetails, seatMap } from '../../../electron/boxoffice/catalog/queries';
import { sessionIdInput } from '../../../electron/boxoffice/catalog/schemas';
import type { OutboxPayload } from '../../../db/outbox/payloads';
import { queryAudit } from '../../../db/audit';

function world() {
  const w = testWorld();
  const show = seatedShow(w, buildTheatre(w));
  const seat = seatFinder(w.clerk, show.session.id);
  const press = createNamedHold(w.manager, parseInput(createNamedHoldInput, { sessionId: show.session.id, name: '媒体', userIds: [w.clerk.actor.userId ?? ''] }));
  return { w, show, seat, press };
}

const vip = (w: ReturnType<typeof testWorld>, sessionId: string) => getSessionDetails(w.manager, parseInput(sessionIdInput, { sessionId })).tiers.find((t) => t.name === 'VIP');

test('seats held under a name leave the stock, are reported not for sale, and show reserved on the map', () => {
  const { w, show, seat, press } = world();
  const seats = [seat('3排', '4'), seat('3排', '5'), seat('3排', '6')];
  const before = vip(w, show.session.id)?.available ?? 0;
  const held = holdSeatsUnderName(w.manager, parseInput(namedHoldSeatsInput, { holdId: press.id, ticketIds: seats }));
  assert.deepEqual(held.ticketIds, seats);
  assert.equal(vip(w, show.session.id)?.available, before - 3);
  const inventory = outboxRows(w.db, 'inventory').map((r) => r.payload as OutboxPayload<'inventory'>).find((p) => p.priceId === show.tier.VIP);
  assert.equal(inventory?.availableInventory, before - 3);
  assert.equal(inventory.unavailableInventory, 50 - (before - 3));
  const tickets = outboxRows(w.db, 'ticket').filter((r) => seats.includes(r.recordId)).map((r) => (r.payload as OutboxPayload<'ticket'>).availableSale);
  assert.deepEqual(tickets, ['not_for_sale', 'not_for_sale', 'not_for_sale']);
  const states = seatMap(w.clerk, parseInput(sessionIdInput, { sessionId: show.session.id })).seats.filter((s) => seats.includes(s.ticketId)).map((s) => s.state);
  assert.deepEqual(states, ['reserved', 'reserved', 'reserved']);
  assert.equal(queryAudit(w.db, { action: 'named_hold.hold' }).length, 1);
});

test('refusals change nothing: sold, blocked, in another hold, chosen at a window, a clerk not named, a taken name', () => {
  const { w, show, seat, press } = world();
  openShift(w.clerk, parseInput(openShiftInput, { floatFen: 0 }));
  sell(w.clerk, parseInput(sellInput, { sessionId: show.session.id, seats: [{ ticketId: seat('1排', '1') }], payment: { method: 'card' } }));
  const sponsor = createNamedHold(w.manager, parseInput(createNamedHoldInput, { sessionId: show.session.id, name: '赞助商' }));
  holdSeatsUnderName(w.manager, parseInput(namedHoldSeatsInput, { holdId: sponsor.id, ticketIds: [seat('2排', '1')] }));
  holdSeats(w.as('clerk2'), parseInput(holdSeatsInput, { sessionId: show.session.id, ticketIds: [seat('2排', '2')] }));
  const outbox = count(w.db, 'SELECT count(*) AS n FROM outbox');
  const attempt = (ticketId: string, ctx = w.manager) => () => holdSeatsUnderName(ctx, parseInput(namedHoldSeatsInput, { holdId: press.id, ticketIds: [seat('4排', '4'), ticketId] }));
  assert.throws(attempt(seat('1排', '1')), refusal('SEAT_TAKEN'));
  assert.throws(attempt(seat('5排', '10', 'B区')), refusal('SEAT_UNAVAILABLE', (d) => d.status === 'blocked'));
  assert.throws(attempt(seat('2排', '1')), refusal('SEAT_UNAVAILABLE', (d) => d.hold === '赞助商'));
  assert.throws(attempt(seat('2排', '2')), refusal('SEAT_HELD'));
  assert.throws(() => holdSeatsUnderName(w.clerk, parseInput(namedHoldSeatsInput, { holdId: sponsor.id, ticketIds: [seat('4排', '4')] })), refusal('FORBIDDEN'));
  assert.throws(() => createNamedHold(w.manager, parseInput(createNamedHoldInput, { sessionId: show.session.id, name: '媒体' })), refusal('NAME_TAKEN'));
  assert.throws(() => createNamedHold(w.manager, parseInput(createNamedHoldInput, { sessionId: show.session.id, name: '经理席', userIds: [w.manager.actor.userId ?? ''] })), refusal('VALIDATION'));
  assert.equal(count(w.db, 'SELECT count(*) AS n FROM outbox'), outbox);
  assert.deepEqual(listNamedHolds(w.clerk, { sessionId: show.session.id }).map((h) => [h.name, h.ticketIds.length, h.mayUse]), [['媒体', 0, true], ['赞助商', 1, false]]);
});

test('released one by one, then all at once; every seat goes back on sale and is reported', () => {
  const { w, show, seat, press } = world();
  const seats = [seat('3排', '4'), seat('3排', '5'), seat('3排', '6')];
  holdSeatsUnderName(w.clerk, parseInput(namedHoldSeatsInput, { holdId: press.id, ticketIds: seats }));
  const before = vip(w, show.session.id)?.available ?? 0;
  const one = releaseNamedHold(w.clerk, parseInput(releaseNamedHoldInput, { holdId: press.id, ticketIds: [seats[1] ?? ''] }));
  assert.equal(one.released, 1);
  assert.deepEqual(one.ticketIds, [seats[0], seats[2]]);
  assert.throws(() => releaseNamedHold(w.manager, parseInput(releaseNamedHoldInput, { holdId: press.id, ticketIds: [seat('4排', '4')] })), refusal('NOT_FOUND', (d) => d.hold === '媒体'));
  const all = releaseNamedHold(w.manager, parseInput(releaseNamedHoldInput, { holdId: press.id }));
  assert.equal(all.released, 2);
  assert.deepEqual(all.ticketIds, []);
  assert.equal(vip(w, show.session.id)?.available, before + 3);
  assert.equal(count(w.db, 'SELECT count(*) AS n FROM named_hold_tickets'), 0);
  const last = outboxRows(w.db, 'inventory').map((r) => r.payload as OutboxPayload<'inventory'>).filter((p) => p.priceId === show.tier.VIP).at(-1);
  assert.equal(last?.availableInventory, before + 3);
});

test('a clerk named on the hold sells from it; another clerk, and a clerk without allowReserved, cannot', () => {
  const { w, show, seat, press } = world();
  const other = w.as('clerk2');
  openShift(w.clerk, parseInput(openShiftInput, { floatFen: 0 }));
  openShift(other, parseInput(openShiftInput, { floatFen: 0 }));
  holdSeatsUnderName(w.manager, parseInput(namedHoldSeatsInput, { holdId: press.id, ticketIds: [seat('3排', '4'), seat('3排', '5')] }));
  const sale = (ctx: typeof other, allowReserved: boolean) => () =>
    sell(ctx, parseInput(sellInput, { sessionId: show.session.id, seats: [{ ticketId: seat('3排', '4') }], allowReserved, payment: { method: 'card' } }));
  assert.throws(sale(other, true), refusal('SEAT_UNAVAILABLE', (d) => d.hold === '媒体'));
  assert.throws(sale(w.clerk, false), refusal('SEAT_UNAVAILABLE'));
  const order = sale(w.clerk, true)();
  assert.equal(order.lines.length, 1);
  assert.deepEqual(listNamedHolds(w.manager, { sessionId: show.session.id })[0]?.ticketIds, [seat('3排', '5')], 'the sold seat left the hold');
});

test('the automatic release comes at its time before curtain, follows the session and a changed release time', () => {
  const { w, show, seat, press } = world();
  const startsAt = show.session.startsAt;
  updateNamedHold(w.manager, parseInput(updateNamedHoldInput, { holdId: press.id, releaseMinutesBeforeStart: 60 }));
  holdSeatsUnderName(w.manager, parseInput(namedHoldSeatsInput, { holdId: press.id, ticketIds: [seat('3排', '4')] }));
  assert.equal(nextReleaseAt(w.system), startsAt - HOUR);
  w.clock.now = startsAt - HOUR - MINUTE;
  assert.deepEqual(releaseDueHolds(w.system), { sessionIds: [], released: 0 });
  w.clock.now = startsAt - HOUR;
  assert.deepEqual(releaseDueHolds(w.system), { sessionIds: [show.session.id], released: 1 });
  assert.equal(nextReleaseAt(w.system), null, 'nothing left to release');
  const [after] = listNamedHolds(w.manager, { sessionId: show.session.id });
  assert.equal(after?.autoReleasedAt, startsAt - HOUR);
  assert.deepEqual(after.ticketIds, []);
  assert.equal(queryAudit(w.db, { action: 'named_hold.auto_release' })[0]?.username, 'system');
  assert.throws(() => holdSeatsUnderName(w.manager, parseInput(namedHoldSeatsInput, { holdId: press.id, ticketIds: [seat('3排', '5')] })), refusal('RULE_REFUSED', (d) => d.rule === 'hold_release_passed'));
  updateNamedHold(w.manager, parseInput(updateNamedHoldInput, { holdId: press.id, releaseMinutesBeforeStart: 30 }));
  holdSeatsUnderName(w.manager, parseInput(namedHoldSeatsInput, { holdId: press.id, ticketIds: [seat('3排', '5')] }));
  assert.equal(nextReleaseAt(w.system), startsAt - 30 * MINUTE);
  w.clock.now = startsAt + DAY;
  assert.equal(releaseDueHolds(w.system).released, 1);
});
