import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DAY, HOUR, testWorld } from '../helpers/context';
import { outboxRows } from '../helpers/outbox';
import { buildTheatre, seatedShow } from '../helpers/fixtures';
import { createPerformance } from '../../../electron/boxoffice/catalog/performances';
import { cancelSession, createSession, updateSession } from '../../../electron/boxoffice/catalog/sessions';
import { BoxOfficeError } from '../../../electron/boxoffice/errors';
import { setSessionCodes } from '../../../db/catalog';
import { markInFlight } from '../../../db/outbox/queue';
import type { OutboxPayload } from '../../../db/outbox/payloads';
import { parseInput } from '../../../electron/boxoffice/parse-input';
import { cancelSessionInput, createPerformanceInput, createSessionInput, updateSessionInput } from '../../../electron/boxoffice/catalog/schemas';

const refusal = (code: string) => (error: unknown) => error instanceof BoxOfficeError && error.code === code;

test('sessions: schedule defaults and refusals', () => {
  const world = testWorld();
  const theatre = buildTheatre(world);
  const p = createPerformance(world.manager, parseInput(createPerformanceInput, { name: '茶馆', approval: 'A1', typeId: 1 }));
  const startsAt = world.clock.now + DAY;
  const input = { performanceId: p.id, hallId: theatre.unseatedHallId, name: '晚场', startsAt, endsAt: startsAt + 2 * HOUR, salesOpenAt: world.clock.now, tiers: [{ name: '站票', priceFen: 10000, quantity: 100 }] };
  const s = createSession(world.manager, parseInput(createSessionInput, input));
  assert.equal(s.salesCloseAt, startsAt, 'sales close at the start by default');
  assert.equal(s.entryOpensAt, startsAt - HOUR);
  assert.equal(s.entryClosesAt, startsAt + 2 * HOUR);
  assert.equal(s.allowReentry, false);
  assert.equal(s.ticketsGenerated, false);
  assert.throws(() => createSession(world.manager, parseInput(createSessionInput, { ...input, endsAt: startsAt })), refusal('VALIDATION'));
  assert.throws(() => createSession(world.manager, parseInput(createSessionInput, { ...input, tiers: [] })), refusal('VALIDATION'));
  assert.throws(() => createSession(world.manager, parseInput(createSessionInput, { ...input, tiers: [{ name: 'a', priceFen: 1, quantity: 1 }, { name: 'a', priceFen: 2, quantity: 1 }] })), refusal('VALIDATION'));
  assert.throws(() => createSession(world.manager, parseInput(createSessionInput, { ...input, tiers: [{ name: 'a', priceFen: 1.5, quantity: 1 }] })), refusal('VALIDATION'), 'money is whole fen');
  assert.throws(() => createSession(world.manager, parseInput(createSessionInput, { ...input, tiers: [{ name: 'a', priceFen: 100 }] })), refusal('VALIDATION'), 'an unseated tier needs a quantity');
  assert.throws(() => createSession(world.manager, parseInput(createSessionInput, { ...input, tiers: [{ name: 'a', priceFen: 100, quantity: 301 }] })), refusal('CAPACITY_EXCEEDED'));
  assert.throws(() => updateSession(world.manager, parseInput(updateSessionInput, { sessionId: s.id, salesCloseAt: startsAt + 3 * HOUR })), refusal('INVALID_SCHEDULE'));
  const moved = updateSession(world.manager, parseInput(updateSessionInput, { sessionId: s.id, startsAt: startsAt + HOUR, endsAt: startsAt + 3 * HOUR, allowReentry: true }));
  assert.equal(moved.allowReentry, true);
  assert.equal(moved.salesCloseAt, startsAt, 'other times are kept');
});

test('code requests coalesce while pending; sessions added during flight go in a new request', () => {
  const world = testWorld();
  const theatre = buildTheatre(world);
  const show = seatedShow(world, theatre);
  const startsAt = world.clock.now + 3 * DAY;
  const second = createSession(world.manager, parseInput(createSessionInput, { performanceId: show.performanceId, hallId: theatre.seatedHallId, name: '次日场', startsAt, endsAt: startsAt + 2 * HOUR, salesOpenAt: world.clock.now, tiers: [{ name: 'VIP', priceFen: 88000 }] }));
  let requests = outboxRows(world.db, 'performance.code');
  assert.equal(requests.length, 1);
  const first = requests[0];
  assert.deepEqual((first?.payload as OutboxPayload<'performance.code'>).sessionList.map((s) => s.sessionId), [show.session.id, second.id]);
  assert.deepEqual((first?.payload as OutboxPayload<'performance.code'>).sessionList[0], {
    sessionId: show.session.id, sessionName: '首演', hallId: theatre.seatedHallId, sessionStartTime: show.session.startsAt, sessionEndTime: show.session.endsAt, seatingChart: '', hasSeat: true, tag: 'normal',
  });
  markInFlight(world.db, [first?.seq ?? 0], world.clock.now);
  const third = createSession(world.manager, parseInput(createSessionInput, { performanceId: show.performanceId, hallId: theatre.seatedHallId, name: '加场', startsAt: startsAt + DAY, endsAt: startsAt + DAY + HOUR, salesOpenAt: world.clock.now, tiers: [{ name: 'VIP', priceFen: 88000 }] }));
  requests = outboxRows(world.db, 'performance.code');
  assert.equal(requests.length, 2);
  assert.deepEqual((requests[1]?.payload as OutboxPayload<'performance.code'>).sessionList.map((s) => s.sessionId), [third.id]);
  assert.equal(outboxRows(world.db, 'session.update').length, 0, 'sessions the platform does not know need no update');
  updateSession(world.manager, parseInput(updateSessionInput, { sessionId: show.session.id, name: '首演（改期）' }));
  assert.equal(outboxRows(world.db, 'session.update').length, 1, 'the session is in the request on the wire: its update waits behind it');
});

test('cancelling: the platform is told, the stock goes to zero, tickets go off sale; an unreported session just leaves the request', () => {
  const world = testWorld();
  const theatre = buildTheatre(world);
  const show = seatedShow(world, theatre);
  setSessionCodes(world.db, { [show.session.id]: '310101001012506030001' }, world.clock.now);
  const startsAt = world.clock.now + 3 * DAY;
  const spare = createSession(world.manager, parseInput(createSessionInput, { performanceId: show.performanceId, hallId: theatre.seatedHallId, name: '次日场', startsAt, endsAt: startsAt + HOUR, salesOpenAt: world.clock.now, tiers: [{ name: 'VIP', priceFen: 1 }] }));
  assert.equal(outboxRows(world.db, 'performance.code', 'pending').length, 1);
  cancelSession(world.manager, parseInput(cancelSessionInput, { sessionId: spare.id, reason: '场地检修' }));
  assert.equal(outboxRows(world.db, 'performance.code', 'pending').length, 0, 'the request had only that session: withdrawn');
  assert.equal(outboxRows(world.db, 'session.update').length, 0);

  const cancelled = cancelSession(world.manager, parseInput(cancelSessionInput, { sessionId: show.session.id, reason: '演员生病' }));
  assert.equal(cancelled.status, 'cancelled');
  const update = outboxRows(world.db, 'session.update')[0]?.payload as OutboxPayload<'session.update'>;
  assert.equal(update.sessionStatus, 'cancelled');
  const stock = outboxRows(world.db, 'inventory').map((r) => r.payload as OutboxPayload<'inventory'>);
  assert.deepEqual(stock.map((s) => [s.availableInventory, s.unavailableInventory]), [[0, 50], [0, 50]]);
  assert.ok(outboxRows(world.db, 'ticket').every((r) => (r.payload as OutboxPayload<'ticket'>).availableSale === 'not_for_sale'));
  assert.throws(() => cancelSession(world.manager, parseInput(cancelSessionInput, { sessionId: show.session.id, reason: 'again' })), refusal('SESSION_CANCELLED'));
  assert.throws(() => updateSession(world.manager, parseInput(updateSessionInput, { sessionId: show.session.id, name: 'x' })), refusal('SESSION_CANCELLED'));
});
