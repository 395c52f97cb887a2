import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DAY } from '../helpers/context';
import { largeEvening } from '../helpers/large';
import { refusal } from '../helpers/sales';
import { sell } from '../../../electron/boxoffice/sales/sell';
import { refund } from '../../../electron/boxoffice/refunds/refund';
import { setTicketStatus } from '../../../electron/boxoffice/catalog/tickets';
import { setRefundSchedule } from '../../../electron/boxoffice/refunds/schedule';
import { largeReport } from '../../../electron/boxoffice/large/report';
import { parseInput } from '../../../electron/boxoffice/parse-input';
import { refundInput, setRefundScheduleInput } from '../../../electron/boxoffice/refunds/schemas';
import { setTicketStatusInput } from '../../../electron/boxoffice/catalog/schemas';
import { sellInput } from '../../../electron/boxoffice/sales/schemas';
import { largeReportInput } from '../../../electron/boxoffice/large/schemas';

test('the report: open sale against held tickets, real-name completeness and refund fees, per session', () => {
  const { world, show, seat, fan } = largeEvening();
  const sessionId = show.session.id;
  setRefundSchedule(world.manager, parseInput(setRefundScheduleInput, { performanceId: show.performanceId, steps: [{ hoursBefore: 72, refundPercent: 100 }, { hoursBefore: 24, refundPercent: 80 }] }));
  setTicketStatus(world.manager, parseInput(setTicketStatusInput, { sessionId, ticketIds: [seat('1排', '9'), seat('1排', '10')], status: 'reserved' }));
  sell(world.manager, parseInput(sellInput, { sessionId, seats: [{ ticketId: seat('2排', '1') }, { ticketId: seat('2排', '2'), holder: fan(2) }], ticketType: 'complimentary', payment: { method: 'none' } }));
  sell(world.manager, parseInput(sellInput, { sessionId, seats: [{ ticketId: seat('2排', '3') }], ticketType: 'staff', payment: { method: 'none' } }));
  const regular = sell(world.clerk, parseInput(sellInput, { sessionId, seats: ['1', '2', '3', '4'].map((n, i) => ({ ticketId: seat('3排', n), holder: fan(10 + i) })), payment: { method: 'card' } }));
  refund(world.clerk, parseInput(refundInput, { orderId: regular.id, orderLineIds: [regular.lines[0]?.orderLineId ?? ''], reason: '退一张' }));
  refund(world.manager, parseInput(refundInput, { orderId: regular.id, orderLineIds: [regular.lines[1]?.orderLineId ?? ''], reason: '经理减免', feeOverride: { feeFen: 10_000, reason: '老顾客' } }));

  const report = largeReport(world.manager, parseInput(largeReportInput, { performanceId: show.performanceId }));
  assert.deepEqual([report.performanceName, report.large, report.sessions.length], ['雷雨', true, 1]);
  const [s] = report.sessions;
  assert.ok(s);
  assert.deepEqual([s.sessionId, s.approvedAudience, s.heldCap, s.heldOverCap], [sessionId, 100, 15, false]);
  assert.deepEqual(s.tickets, {
    total: 100,
    blocked: 1,
    openSale: { available: 99 - 5 - 2, sold: 2, total: 94 },
    held: { reserved: 2, complimentary: 2, staff: 1, total: 5 },
  });
  assert.equal(s.tickets.total - s.tickets.blocked, s.tickets.openSale.total + s.tickets.held.total, 'every ticket is counted once');
  assert.deepEqual(s.realName, { tickets: 5, bound: 3, unbound: 2, percent: 60 });
  assert.deepEqual(s.refunds, { refunds: 2, tickets: 2, grossFen: 176_000, feeFen: 17_600 + 10_000, netFen: 176_000 - 27_600, waivedFen: 7_600, overrides: 1 });
  assert.throws(() => largeReport(world.manager, parseInput(largeReportInput, { performanceId: 'prf_nope' })), refusal('NOT_FOUND'));
  assert.equal(show.session.startsAt - world.clock.now, 2 * DAY);
});

test('completeness is rounded down, so 100.0% means every ticket is named', () => {
  const { world, show, seat, fan } = largeEvening({ approvedAudience: 1000 });
  const sessionId = show.session.id;
  const names = Array.from({ length: 150 }, (_, i) => i);
  for (let r = 1; r <= 5; r++) {
    sell(world.clerk, parseInput(sellInput, { sessionId, seats: Array.from({ length: 10 }, (_, i) => ({ ticketId: seat(`${r}排`, String(i + 1)), holder: fan(names.pop() ?? 0) })), payment: { method: 'card' } }));
  }
  for (let r = 1; r <= 4; r++) {
    sell(world.clerk, parseInput(sellInput, { sessionId, seats: Array.from({ length: 10 }, (_, i) => ({ ticketId: seat(`${r}排`, String(i + 1), 'B区'), holder: fan(names.pop() ?? 0) })), payment: { method: 'card' } }));
  }
  sell(world.manager, parseInput(sellInput, { sessionId, seats: [{ ticketId: seat('5排', '1', 'B区') }], ticketType: 'complimentary', payment: { method: 'none' } }));
  const [s] = largeReport(world.manager, parseInput(largeReportInput, { performanceId: show.performanceId })).sessions;
  assert.deepEqual(s?.realName, { tickets: 91, bound: 90, unbound: 1, percent: 98.9 });
});
