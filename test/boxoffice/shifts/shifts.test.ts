import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testWorld } from '../helpers/context';
import { buildTheatre, seatedShow } from '../helpers/fixtures';
import { refusal, seatFinder } from '../helpers/sales';
import { sell } from '../../../electron/boxoffice/sales/sell';
import { refund } from '../../../electron/boxoffice/refunds/refund';
import { closeShift, openShift, shiftReport } from '../../../electron/boxoffice/shifts/shifts';
import { queryAudit } from '../../../db/audit';
import { parseInput } from '../../../electron/boxoffice/parse-input';
import { closeShiftInput, openShiftInput, shiftReportInput } from '../../../electron/boxoffice/shifts/schemas';
import { sellInput } from '../../../electron/boxoffice/sales/schemas';
import { refundInput } from '../../../electron/boxoffice/refunds/schemas';

test('X report during the shift, Z report at closing: sales, refunds and takings by method, counted vs expected cash', () => {
  const world = testWorld();
  const show = seatedShow(world, buildTheatre(world));
  const seat = seatFinder(world.clerk, show.session.id);
  const shift = openShift(world.clerk, parseInput(openShiftInput, { floatFen: 50_000 }));
  assert.throws(() => openShift(world.clerk, parseInput(openShiftInput, { floatFen: 0 })), refusal('SHIFT_ALREADY_OPEN'));
  const cash = sell(world.clerk, parseInput(sellInput, { sessionId: show.session.id, seats: [{ ticketId: seat('1排', '1') }, { ticketId: seat('1排', '2') }], payment: { method: 'cash', receivedFen: 200_000 } }));
  sell(world.clerk, parseInput(sellInput, { sessionId: show.session.id, seats: [{ ticketId: seat('1排', '1', 'B区') }], payment: { method: 'card', reference: 'POS' } }));
  sell(world.clerk, parseInput(sellInput, { sessionId: show.session.id, seats: [{ ticketId: seat('1排', '2', 'B区') }], payment: { method: 'mobile', reference: 'WX' } }));
  sell(world.manager, parseInput(sellInput, { sessionId: show.session.id, seats: [{ ticketId: seat('2排', '1') }], ticketType: 'complimentary', payment: { method: 'none' } }));
  refund(world.clerk, parseInput(refundInput, { orderId: cash.id, orderLineIds: [cash.lines[0]?.orderLineId ?? ''], reason: '退一张' }));

  const x = shiftReport(world.clerk, parseInput(shiftReportInput, {}));
  assert.equal(x.kind, 'X');
  assert.equal(x.sales.orders, 3, 'the manager’s complimentary ticket is outside this drawer');
  assert.equal(x.sales.tickets, 4);
  assert.deepEqual(x.sales.byMethod, { cash: { count: 1, fen: 176_000 }, card: { count: 1, fen: 18_000 }, mobile: { count: 1, fen: 18_000 } });
  assert.deepEqual(x.refunds.byMethod.cash, { count: 1, fen: 88_000 });
  assert.deepEqual(x.takings, { cash: 88_000, card: 18_000, mobile: 18_000, total: 124_000 });
  assert.equal(x.expectedCashFen, 50_000 + 88_000);
  assert.equal(x.countedCashFen, null);

  assert.throws(() => closeShift(world.as('clerk2', 'clerk'), parseInput(closeShiftInput, { shiftId: shift.id, countedCashFen: 0 })), refusal('FORBIDDEN'));
  const z = closeShift(world.clerk, parseInput(closeShiftInput, { countedCashFen: 137_500, note: '少50元' }));
  assert.equal(z.kind, 'Z');
  assert.equal(z.differenceFen, -500);
  assert.equal(z.closedAt, world.clock.now);
  assert.throws(() => closeShift(world.manager, parseInput(closeShiftInput, { shiftId: shift.id, countedCashFen: 0 })), refusal('SHIFT_CLOSED'));
  assert.throws(() => closeShift(world.clerk, parseInput(closeShiftInput, { countedCashFen: 0 })), refusal('NO_OPEN_SHIFT'));
  world.clock.now += 60_000;
  assert.deepEqual(shiftReport(world.manager, parseInput(shiftReportInput, { shiftId: shift.id })), z, 'the Z report is frozen');
  assert.equal(queryAudit(world.db, { action: 'shift.close' })[0]?.detail.differenceFen, -500);
  const next = openShift(world.clerk, parseInput(openShiftInput, { floatFen: 0 }));
  assert.notEqual(next.id, shift.id);
});
