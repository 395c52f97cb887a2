import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DAY, HOUR, T0, testWorld } from '../helpers/context';
import { count, outboxRows } from '../helpers/outbox';
import { buildTheatre, seatedShow } from '../helpers/fixtures';
import { refusal, seatFinder } from '../helpers/sales';
import { sell } from '../../../electron/boxoffice/sales/sell';
import { refund } from '../../../electron/boxoffice/refunds/refund';
import { quoteRefund } from '../../../electron/boxoffice/refunds/quote';
import { setRefundSchedule } from '../../../electron/boxoffice/refunds/schedule';
import { openShift, shiftReport } from '../../../electron/boxoffice/shifts/shifts';
import { cancelSession, updateSession } from '../../../electron/boxoffice/catalog/sessions';
import { queryAudit } from '../../../db/audit';
import type { OutboxPayload } from '../../../db/outbox/payloads';
import { parseInput } from '../../../electron/boxoffice/parse-input';
import { cancelSessionInput, updateSessionInput } from '../../../electron/boxoffice/catalog/schemas';
import { refundInput, refundQuoteInput, setRefundScheduleInput } from '../../../electron/boxoffice/refunds/schemas';
import { openShiftInput, shiftReportInput } from '../../../electron/boxoffice/shifts/schemas';
import { sellInput } from '../../../electron/boxoffice/sales/schemas';

const STEPS = [
  { hoursBefore: 168, refundPercent: 100 },
  { hoursBefore: 72, refundPercent: 80 },
  { hoursBefore: 24, refundPercent: 50 },
];
const START = T0 + 10 * DAY;

/** A VIP (880 yuan) and a 普通 (180 yuan) ticket of a session 10 days ahead, paid in cash, under the 7 d / 3 d / 24 h schedule. */
function sold(steps = STEPS) {
  const world = testWorld();
  const show = seatedShow(world, buildTheatre(world));
  updateSession(world.manager, parseInput(updateSessionInput, { sessionId: show.session.id, startsAt: START, endsAt: START + 2 * HOUR }));
  setRefundSchedule(world.manager, parseInput(setRefundScheduleInput, { performanceId: show.performanceId, steps }));
  openShift(world.clerk, parseInput(openShiftInput, { floatFen: 0 }));
  openShift(world.manager, parseInput(openShiftInput, { floatFen: 0 }));
  const seat = seatFinder(world.clerk, show.session.id);
  const order = sell(world.clerk, parseInput(sellInput, { sessionId: show.session.id, seats: [{ ticketId: seat('1排', '1') }, { ticketId: seat('1排', '1', 'B区') }], payment: { method: 'cash', receivedFen: 106_000 } }));
  return { world, show, seat, order };
}

test('a quote shows the fee step per ticket; the refund applies it and reports refundAmount net of the fee', () => {
  const { world, show, order } = sold();
  world.clock.now = START - 5 * DAY;
  const quote = quoteRefund(world.clerk, parseInput(refundQuoteInput, { orderId: order.id }));
  assert.deepEqual(
    [quote.basis, quote.step, quote.refundPercent, quote.validUntil, quote.amountFen, quote.feeFen, quote.netFen, quote.orderNumber, quote.startsAt, quote.quotedAt],
    ['schedule', { hoursBefore: 72, refundPercent: 80 }, 80, START - 72 * HOUR, 106_000, 21_200, 84_800, order.number, START, world.clock.now],
  );
  assert.deepEqual(quote.schedule, STEPS);
  assert.deepEqual(
    quote.lines.map((l) => [l.seatText, l.tierName, l.amountFen, l.refundPercent, l.feeFen, l.netFen]),
    [
      ['1层 A区 1排 1号', 'VIP', 88_000, 80, 17_600, 70_400],
      ['1层 B区 1排 1号', '普通', 18_000, 80, 3_600, 14_400],
    ],
  );
  assert.equal(count(world.db, 'SELECT count(*) AS n FROM refunds'), 0, 'a quote changes nothing');

  const result = refund(world.clerk, parseInput(refundInput, { orderId: order.id, reason: '行程变更', expectedFeeFen: quote.feeFen }));
  assert.deepEqual(
    [result.refundedFen, result.grossFen, result.feeFen, result.scheduledFeeFen, result.refundPercent, result.feeOverridden, result.tickets],
    [84_800, 106_000, 21_200, 21_200, 80, false, 2],
  );
  assert.deepEqual([result.order.refundedFen, result.order.refundFeeFen, result.order.status], [84_800, 21_200, 'refunded']);
  assert.deepEqual(world.db.prepare('SELECT amount_fen AS net, fee_fen AS fee, refund_percent AS p, scheduled_fee_fen AS s FROM refunds').get(), { net: 84_800, fee: 21_200, p: 80, s: 21_200 });
  assert.deepEqual(world.db.prepare('SELECT amount_fen AS net, fee_fen AS fee FROM refund_lines ORDER BY rowid').all(), [{ net: 70_400, fee: 17_600 }, { net: 14_400, fee: 3_600 }]);
  const payload = outboxRows(world.db, 'refund')[0]?.payload as OutboxPayload<'refund'>;
  assert.deepEqual(payload.ticketOrderList.map((l) => l.refundAmount), [70_400, 14_400]);
  const [entry] = queryAudit(world.db, { action: 'order.refund' });
  assert.deepEqual([entry?.detail.amountFen, entry?.detail.feeFen, entry?.detail.refundPercent], [84_800, 21_200, 80]);
  const x = shiftReport(world.clerk, parseInput(shiftReportInput, {}));
  assert.deepEqual([x.refunds.totalFen, x.takings.cash, x.expectedCashFen], [84_800, 21_200, 21_200], 'the drawer keeps the fee');
  assert.equal(show.session.id, result.order.sessionId);
});

test('each step in turn, exactly at its boundary; after the last step nothing is refunded', () => {
  const { world, order } = sold();
  const percentAt = (now: number) => {
    world.clock.now = now;
    return quoteRefund(world.manager, parseInput(refundQuoteInput, { orderId: order.id })).refundPercent;
  };
  assert.deepEqual(
    [percentAt(START - 8 * DAY), percentAt(START - 168 * HOUR), percentAt(START - 168 * HOUR + 1), percentAt(START - 72 * HOUR + 1), percentAt(START - 24 * HOUR), percentAt(START - 24 * HOUR + 1), percentAt(START + HOUR)],
    [100, 100, 80, 50, 50, 0, 0],
  );
  world.clock.now = START - HOUR;
  const none = refund(world.clerk, parseInput(refundInput, { orderId: order.id, orderLineIds: [order.lines[1]?.orderLineId ?? ''], reason: '来不了' }));
  assert.deepEqual([none.refundedFen, none.feeFen, none.refundPercent], [0, 18_000, 0]);
  assert.equal((outboxRows(world.db, 'refund')[0]?.payload as OutboxPayload<'refund'>).ticketOrderList[0]?.refundAmount, 0);
});

test('a fee step passing between the quote and the confirmation refuses the refund, which changes nothing', () => {
  const { world, order } = sold();
  world.clock.now = START - 72 * HOUR;
  const quote = quoteRefund(world.clerk, parseInput(refundQuoteInput, { orderId: order.id }));
  assert.equal(quote.validUntil, world.clock.now, 'the quote holds until this instant');
  world.clock.now += 1;
  const before = count(world.db, 'SELECT count(*) AS n FROM outbox');
  assert.throws(
    () => refund(world.clerk, parseInput(refundInput, { orderId: order.id, reason: '行程变更', expectedFeeFen: quote.feeFen })),
    (error: unknown) => refusal('FEE_CHANGED', (d) => d.feeFen === 53_000 && d.expectedFeeFen === 21_200 && d.refundPercent === 50)(error) && /now ¥530\.00, not ¥212\.00/.test((error as Error).message),
  );
  assert.equal(count(world.db, 'SELECT count(*) AS n FROM outbox'), before);
  assert.equal(count(world.db, "SELECT count(*) AS n FROM order_lines WHERE status = 'refunded'"), 0);
});

test('a manager may lower the fee with a reason (audited); clerks may not, and nobody may raise it', () => {
  const { world, order } = sold();
  world.clock.now = START - 2 * DAY;
  const base = { orderId: order.id, reason: '家中急事' };
  assert.throws(() => refund(world.clerk, parseInput(refundInput, { ...base, feeOverride: { feeFen: 0, reason: '照顾' } })), refusal('FORBIDDEN'));
  assert.throws(() => refund(world.manager, parseInput(refundInput, { ...base, feeOverride: { feeFen: 53_001, reason: '多收' } })), refusal('FEE_OVERRIDE_TOO_HIGH', (d) => d.maxFeeFen === 53_000 && d.field === 'feeOverride.feeFen'));
  assert.throws(() => refund(world.manager, parseInput(refundInput, { ...base, feeOverride: { feeFen: 100, reason: '' } })), refusal('VALIDATION'));
  const lowered = refund(world.manager, parseInput(refundInput, { ...base, expectedFeeFen: 53_000, feeOverride: { feeFen: 10_000, reason: '医院证明' } }));
  assert.deepEqual([lowered.feeFen, lowered.scheduledFeeFen, lowered.refundedFen, lowered.feeOverridden, lowered.refundPercent], [10_000, 53_000, 96_000, true, 50]);
  assert.deepEqual(world.db.prepare('SELECT fee_fen AS fee FROM refund_lines ORDER BY rowid').pluck().all(), [8_302, 1_698], 'spread in proportion to the scheduled fees (44,000 : 9,000)');
  assert.equal(world.db.prepare('SELECT fee_override_reason FROM refunds').pluck().get(), '医院证明');
  const [entry] = queryAudit(world.db, { action: 'order.refund' });
  assert.deepEqual([entry?.detail.feeFen, entry?.detail.scheduledFeeFen, entry?.detail.feeOverrideReason, entry?.username], [10_000, 53_000, '医院证明', 'manager']);
});

test('a cancelled session is refunded in full, whatever the schedule; complimentary tickets cost no fee', () => {
  const { world, show, seat, order } = sold();
  const comp = sell(world.manager, parseInput(sellInput, { sessionId: show.session.id, seats: [{ ticketId: seat('2排', '1') }], ticketType: 'complimentary', payment: { method: 'none' } }));
  world.clock.now = START - HOUR;
  assert.deepEqual([quoteRefund(world.manager, parseInput(refundQuoteInput, { orderId: comp.id })).feeFen, refund(world.manager, parseInput(refundInput, { orderId: comp.id, reason: '退赠票' })).refundedFen], [0, 0]);
  cancelSession(world.manager, parseInput(cancelSessionInput, { sessionId: show.session.id, reason: '艺人生病' }));
  world.clock.now = START + DAY;
  const quote = quoteRefund(world.clerk, parseInput(refundQuoteInput, { orderId: order.id }));
  assert.deepEqual([quote.basis, quote.step, quote.refundPercent, quote.feeFen, quote.validUntil], ['session_cancelled', null, 100, 0, null]);
  const result = refund(world.clerk, parseInput(refundInput, { orderId: order.id, reason: '演出取消', expectedFeeFen: 0 }));
  assert.deepEqual([result.refundedFen, result.feeFen, result.refundPercent], [106_000, 0, null]);
});

test('quotes refuse what refunds refuse; without a schedule there is no fee', () => {
  const world = testWorld();
  const show = seatedShow(world, buildTheatre(world));
  openShift(world.clerk, parseInput(openShiftInput, { floatFen: 0 }));
  const order = sell(world.clerk, parseInput(sellInput, { sessionId: show.session.id, seats: [{ ticketId: seatFinder(world.clerk, show.session.id)('1排', '1') }], payment: { method: 'card' } }));
  const quote = quoteRefund(world.clerk, parseInput(refundQuoteInput, { orderId: order.id }));
  assert.deepEqual([quote.basis, quote.refundPercent, quote.feeFen, quote.netFen, quote.validUntil, quote.schedule], ['no_schedule', 100, 0, 88_000, null, []]);
  assert.throws(() => quoteRefund(world.clerk, parseInput(refundQuoteInput, { orderId: 'ord_nope' })), refusal('NOT_FOUND'));
  world.clock.now = show.session.startsAt;
  assert.throws(() => quoteRefund(world.clerk, parseInput(refundQuoteInput, { orderId: order.id })), refusal('REFUND_CLOSED'));
  openShift(world.manager, parseInput(openShiftInput, { floatFen: 0 }));
  refund(world.manager, parseInput(refundInput, { orderId: order.id, reason: '经理退票' }));
  assert.throws(() => quoteRefund(world.manager, parseInput(refundQuoteInput, { orderId: order.id })), refusal('ALREADY_REFUNDED'));
});

test('the schedule: validated, set by managers, and once tickets are sold changed only in the buyers’ favour', () => {
  const world = testWorld();
  const show = seatedShow(world, buildTheatre(world));
  const performanceId = show.performanceId;
  assert.throws(() => setRefundSchedule(world.manager, parseInput(setRefundScheduleInput, { performanceId, steps: [{ hoursBefore: 72, refundPercent: 50 }, { hoursBefore: 24, refundPercent: 80 }] })), refusal('VALIDATION', (d) => JSON.stringify(d.issues).includes('steps.1.refundPercent')));
  assert.throws(() => setRefundSchedule(world.manager, parseInput(setRefundScheduleInput, { performanceId, steps: [{ hoursBefore: 24, refundPercent: 101 }] })), refusal('VALIDATION'));
  assert.throws(() => setRefundSchedule(world.manager, parseInput(setRefundScheduleInput, { performanceId: 'prf_nope', steps: [] })), refusal('NOT_FOUND'));
  assert.deepEqual(setRefundSchedule(world.manager, parseInput(setRefundScheduleInput, { performanceId, steps: [{ hoursBefore: 24, refundPercent: 50 }, { hoursBefore: 168, refundPercent: 100 }] })).steps, [{ hoursBefore: 168, refundPercent: 100 }, { hoursBefore: 24, refundPercent: 50 }]);
  setRefundSchedule(world.manager, parseInput(setRefundScheduleInput, { performanceId, steps: STEPS }));
  openShift(world.clerk, parseInput(openShiftInput, { floatFen: 0 }));
  const order = sell(world.clerk, parseInput(sellInput, { sessionId: show.session.id, seats: [{ ticketId: seatFinder(world.clerk, show.session.id)('1排', '1') }], payment: { method: 'card' } }));
  assert.throws(
    () => setRefundSchedule(world.manager, parseInput(setRefundScheduleInput, { performanceId, steps: [{ hoursBefore: 168, refundPercent: 100 }, { hoursBefore: 72, refundPercent: 60 }] })),
    refusal('REFUND_SCHEDULE_LOCKED', (d) => d.hoursBefore === 72 && d.currentPercent === 80 && d.newPercent === 60),
  );
  setRefundSchedule(world.manager, parseInput(setRefundScheduleInput, { performanceId, steps: [{ hoursBefore: 72, refundPercent: 100 }, { hoursBefore: 12, refundPercent: 50 }] }));
  setRefundSchedule(world.manager, parseInput(setRefundScheduleInput, { performanceId, steps: [] }));
  assert.throws(() => setRefundSchedule(world.manager, parseInput(setRefundScheduleInput, { performanceId, steps: STEPS })), refusal('REFUND_SCHEDULE_LOCKED'), 'fees cannot come back once removed');
  refund(world.clerk, parseInput(refundInput, { orderId: order.id, reason: '退' }));
  setRefundSchedule(world.manager, parseInput(setRefundScheduleInput, { performanceId, steps: STEPS }));
  assert.deepEqual(queryAudit(world.db, { action: 'performance.refund_schedule' }).length, 5);
});
