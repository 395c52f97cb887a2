import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HOUR, MINUTE, testWorld } from '../helpers/context';
import { buildTheatre, seatedShow } from '../helpers/fixtures';
import { refusal, seatFinder } from '../helpers/sales';
import { sell } from '../../../electron/boxoffice/sales/sell';
import { recentOrders, recentOrdersInput } from '../../../electron/boxoffice/sales/recent';
import { closeShift, openShift } from '../../../electron/boxoffice/shifts/shifts';
import { parseInput } from '../../../electron/boxoffice/parse-input';
import { closeShiftInput } from '../../../electron/boxoffice/shifts/schemas';
import { sellInput } from '../../../electron/boxoffice/sales/schemas';

const recent = (ctx: Parameters<typeof recentOrders>[0], limit?: number) => recentOrders(ctx, recentOrdersInput.parse(limit === undefined ? {} : { limit })).map((o) => o.number);

test('查询订单 opens on this clerk’s orders of the open shift, newest first, not on another window’s', () => {
  const world = testWorld();
  const show = seatedShow(world, buildTheatre(world));
  const other = world.as('clerk2');
  openShift(world.clerk, { floatFen: 0 });
  openShift(other, { floatFen: 0 });
  const seat = seatFinder(world.clerk, show.session.id);
  const sellOne = (ctx: typeof other, row: string, no: string) => {
    world.clock.now += MINUTE;
    return sell(ctx, parseInput(sellInput, { sessionId: show.session.id, seats: [{ ticketId: seat(row, no) }], payment: { method: 'card' } })).number;
  };
  const a = sellOne(world.clerk, '1排', '1');
  const theirs = sellOne(other, '1排', '2');
  const b = sellOne(world.clerk, '1排', '3');
  const c = sellOne(world.clerk, '1排', '4');
  assert.deepEqual(recent(world.clerk), [c, b, a]);
  assert.deepEqual(recent(world.clerk, 2), [c, b]);
  assert.deepEqual(recent(other), [theirs]);
  assert.equal(recentOrders(world.clerk, recentOrdersInput.parse({}))[0]?.ticketCount, 1);
});

test('without an open shift: this person’s orders of the last twelve hours', () => {
  const world = testWorld();
  const show = seatedShow(world, buildTheatre(world));
  openShift(world.clerk, { floatFen: 0 });
  const seat = seatFinder(world.clerk, show.session.id);
  const old = sell(world.clerk, parseInput(sellInput, { sessionId: show.session.id, seats: [{ ticketId: seat('1排', '1') }], payment: { method: 'card' } })).number;
  world.clock.now += 11 * HOUR;
  const late = sell(world.clerk, parseInput(sellInput, { sessionId: show.session.id, seats: [{ ticketId: seat('1排', '2') }], payment: { method: 'card' } })).number;
  closeShift(world.clerk, parseInput(closeShiftInput, { countedCashFen: 0 }));
  assert.deepEqual(recent(world.clerk), [late, old]);
  world.clock.now += 2 * HOUR;
  assert.deepEqual(recent(world.clerk), [late]);
  assert.deepEqual(recent(world.manager), []);
});

test('the limit is checked at the boundary, and the system has no recent orders', () => {
  assert.throws(() => recentOrdersInput.parse({ limit: 0 }));
  assert.throws(() => recentOrdersInput.parse({ limit: 51 }));
  assert.throws(() => recentOrdersInput.parse({ extra: 1 }));
  const world = testWorld();
  assert.throws(() => recentOrders(world.system, recentOrdersInput.parse({})), refusal('FORBIDDEN'));
});
