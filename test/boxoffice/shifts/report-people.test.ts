import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testWorld } from '../helpers/context';
import { buildTheatre, seatedShow } from '../helpers/fixtures';
import { seatFinder } from '../helpers/sales';
import { sell } from '../../../electron/boxoffice/sales/sell';
import { reprintTickets } from '../../../electron/boxoffice/tickets/reprint';
import { closeShift, openShift, shiftReport } from '../../../electron/boxoffice/shifts/shifts';
import { parseInput } from '../../../electron/boxoffice/parse-input';
import { closeShiftInput, openShiftInput, shiftReportInput } from '../../../electron/boxoffice/shifts/schemas';
import { sellInput } from '../../../electron/boxoffice/sales/schemas';
import { reprintInput } from '../../../electron/boxoffice/tickets/schemas';

test('the X/Z report names the person, counts their reprints (lost ones apart), and a Z report stored without them gets them on reading', () => {
  const world = testWorld();
  world.db.prepare("UPDATE users SET display_name = '李售票' WHERE username = 'clerk'").run();
  const show = seatedShow(world, buildTheatre(world));
  const seat = seatFinder(world.clerk, show.session.id);
  openShift(world.clerk, parseInput(openShiftInput, { floatFen: 0 }));
  const order = sell(world.clerk, parseInput(sellInput, { sessionId: show.session.id, seats: [{ ticketId: seat('1排', '3') }, { ticketId: seat('1排', '4') }], payment: { method: 'card' } }));
  const lines = order.lines.map((l) => l.orderLineId);
  reprintTickets(world.clerk, parseInput(reprintInput, { orderLineIds: lines, reason: '卡纸' }));
  reprintTickets(world.clerk, parseInput(reprintInput, { orderLineIds: lines.slice(0, 1), reason: '丢失', voidPrevious: true }));
  const x = shiftReport(world.clerk, parseInput(shiftReportInput, {}));
  assert.equal(x.personName, '李售票');
  assert.deepEqual(x.prints, { reprints: 3, voided: 1, exchanges: 0 });
  const z = closeShift(world.clerk, parseInput(closeShiftInput, { countedCashFen: 0 }));
  // A Z report stored by an earlier version: no name, no reprints.
  const { personName: _name, prints: _prints, ...older } = z;
  world.db.prepare('UPDATE shifts SET report = ? WHERE id = ?').run(JSON.stringify(older), z.shiftId);
  const read = shiftReport(world.manager, parseInput(shiftReportInput, { shiftId: z.shiftId }));
  assert.equal(read.personName, '李售票');
  assert.deepEqual(read.prints, { reprints: 3, voided: 1, exchanges: 0 });
});
