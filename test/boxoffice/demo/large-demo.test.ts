import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testWorld } from '../helpers/context';
import { buildDemo } from '../../../electron/boxoffice/demo/build-demo';
import { unboundHeldTickets } from '../../../electron/boxoffice/large/unbound';
import { getOrderDetails } from '../../../electron/boxoffice/sales/orders';
import { checkIn } from '../../../electron/boxoffice/gate/check-in';
import { quoteRefund } from '../../../electron/boxoffice/refunds/quote';
import { largeReport } from '../../../electron/boxoffice/large/report';
import { assertInvariants } from '../concurrency/invariants';
import { parseInput } from '../../../electron/boxoffice/parse-input';
import { largeReportInput, unboundHeldInput } from '../../../electron/boxoffice/large/schemas';
import { orderIdInput } from '../../../electron/boxoffice/sales/schemas';
import { checkInInput } from '../../../electron/boxoffice/gate/schemas';
import { refundQuoteInput } from '../../../electron/boxoffice/refunds/schemas';

test('the demo’s large performance: tonight’s unbound held ticket is refused at the gate, weekend refunds cost 50%', () => {
  const world = testWorld();
  world.clock.now = Date.now();
  const summary = buildDemo({ manager: world.manager, clerk: world.clerk, gate: world.gate }, { orders: 10, refunds: 1, checkins: 2, large: true });
  const large = summary.large;
  assert.ok(large);
  assert.equal(large.unboundHeld, 2);
  const countdown = unboundHeldTickets(world.manager, parseInput(unboundHeldInput, {}));
  assert.deepEqual(countdown.sessions.map((s) => [s.sessionId, s.overdue, s.issued.length, s.reserved.length]), [
    [large.tonightSessionId, true, 1, 6],
    [large.weekendSessionId, false, 1, 6],
  ]);
  const unbound = countdown.sessions[0]?.issued[0];
  assert.ok(unbound);
  const line = getOrderDetails(world.manager, parseInput(orderIdInput, { orderId: unbound.orderId })).lines.find((l) => l.orderLineId === unbound.orderLineId);
  assert.ok(line);
  assert.equal(checkIn(world.gate, parseInput(checkInInput, { gateName: '东门', sessionIds: [large.tonightSessionId], code: line.ticketCode })).verdict, 'holder_unbound');
  const report = largeReport(world.manager, parseInput(largeReportInput, { performanceId: large.performanceId }));
  const weekend = report.sessions.find((s) => s.sessionId === large.weekendSessionId);
  assert.deepEqual([weekend?.approvedAudience, weekend?.heldCap, weekend?.tickets.held.total], [1600, 240, 9]);
  const sold = world.db.prepare("SELECT id FROM orders WHERE session_id = ? AND ticket_type = 'regular' LIMIT 1").pluck().get(large.weekendSessionId) as string;
  assert.equal(quoteRefund(world.clerk, parseInput(refundQuoteInput, { orderId: sold })).refundPercent, 50);
  assertInvariants(world.db);
});
