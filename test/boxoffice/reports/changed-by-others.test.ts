import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testWorld } from '../helpers/context';
import { buildTheatre, seatedShow } from '../helpers/fixtures';
import { seatFinder } from '../helpers/sales';
import { sell } from '../../../electron/boxoffice/sales/sell';
import { parseInput } from '../../../electron/boxoffice/parse-input';
import { sellInput } from '../../../electron/boxoffice/sales/schemas';
import { refund } from '../../../electron/boxoffice/refunds/refund';
import { openShift } from '../../../electron/boxoffice/shifts/shifts';
import { reprintTickets } from '../../../electron/boxoffice/tickets/reprint';
import { ordersChangedByOthers } from '../../../electron/boxoffice/reports/changed-by-others';

test("refunds and reprints of another clerk's order are flagged for the manager; a clerk's own are not", () => {
  const world = testWorld();
  const show = seatedShow(world, buildTheatre(world));
  const other = world.as('clerk2', 'clerk');
  openShift(world.clerk, { floatFen: 0 });
  openShift(other, { floatFen: 0 });
  const seat = seatFinder(world.clerk, show.session.id);
  const mine = sell(world.clerk, parseInput(sellInput, { sessionId: show.session.id, seats: [{ ticketId: seat('1排', '1') }, { ticketId: seat('1排', '2') }], payment: { method: 'card' } }));
  const own = sell(world.clerk, parseInput(sellInput, { sessionId: show.session.id, seats: [{ ticketId: seat('1排', '3') }], payment: { method: 'card' } }));
  const [first, second] = mine.lines;
  assert.ok(first && second && own.lines[0]);
  const start = world.clock.now;
  world.clock.now += 60_000;
  refund(other, { orderId: mine.id, orderLineIds: [first.orderLineId], reason: '观众行程变更' });
  reprintTickets(other, { orderLineIds: [second.orderLineId], reason: '票面污损', voidPrevious: true });
  refund(world.clerk, { orderId: own.id, orderLineIds: [own.lines[0].orderLineId], reason: '观众行程变更' });
  const flagged = ordersChangedByOthers(world.manager, { from: start, to: world.clock.now + 1 });
  assert.deepEqual(
    flagged.map((f) => [f.kind, f.orderNumber, f.changedByRole]).sort(),
    [
      ['refund', mine.number, 'clerk'],
      ['reprint', mine.number, 'clerk'],
    ],
  );
  assert.notEqual(flagged[0]?.soldBy, flagged[0]?.changedBy);
});
