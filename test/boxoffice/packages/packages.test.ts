import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseInput } from '../../../electron/boxoffice/parse-input';
import { spreadPackagePrice } from '../../../electron/boxoffice/packages/spread';
import { listPackages } from '../../../electron/boxoffice/packages/packages';
import { proposePackageSeats } from '../../../electron/boxoffice/packages/propose';
import { sellPackage } from '../../../electron/boxoffice/packages/sell-package';
import { listPackagesInput, proposePackageSeatsInput, savePackageInput } from '../../../electron/boxoffice/packages/schemas';
import { savePackage } from '../../../electron/boxoffice/packages/packages';
import { sell } from '../../../electron/boxoffice/sales/sell';
import { sellInput } from '../../../electron/boxoffice/sales/schemas';
import { refund } from '../../../electron/boxoffice/refunds/refund';
import { quoteRefund } from '../../../electron/boxoffice/refunds/quote';
import { refundInput, refundQuoteInput, setRefundScheduleInput } from '../../../electron/boxoffice/refunds/schemas';
import { setRefundSchedule } from '../../../electron/boxoffice/refunds/schedule';
import { salesReport } from '../../../electron/boxoffice/reports/sales-report';
import { salesReportInput } from '../../../electron/boxoffice/reports/schemas';
import { queryAudit } from '../../../db/audit';
import type { OutboxPayload } from '../../../db/outbox/payloads';
import { count, outboxRows } from '../helpers/outbox';
import { DAY } from '../helpers/context';
import { refusal } from '../helpers/sales';
import { seriesWorld } from './package-world';
import { fileWorld } from '../helpers/file-world';
import { buildTheatre, unseatedShow } from '../helpers/fixtures';
import { createSession } from '../../../electron/boxoffice/catalog/sessions';
import { generateTickets } from '../../../electron/boxoffice/catalog/tickets';
import { createSessionInput, generateTicketsInput } from '../../../electron/boxoffice/catalog/schemas';
import { openShift } from '../../../electron/boxoffice/shifts/shifts';
import { openShiftInput } from '../../../electron/boxoffice/shifts/schemas';
import { sellPackageInput } from '../../../electron/boxoffice/packages/schemas';
import { releaseHold } from '../../../electron/boxoffice/holds/holds';
import { releaseHoldInput } from '../../../electron/boxoffice/holds/schemas';

test('a package price is spread in proportion to the tiers’ prices, the shares summing to it exactly, ties to the earlier ticket', () => {
  assert.deepEqual(spreadPackagePrice(45_001, [18_000, 18_000, 24_000]), [13_500, 13_500, 18_001]);
  assert.deepEqual(spreadPackagePrice(68_000, [28_000, 28_000, 18_000]), [25_730, 25_730, 16_540]);
  assert.deepEqual(spreadPackagePrice(100, [500, 500, 500]), [34, 33, 33], 'the spare fen goes to the first of equal tickets');
  assert.deepEqual(spreadPackagePrice(10_000, [0, 0]), [5_000, 5_000], 'free tiers share the price equally');
  for (const [price, tiers] of [[1, [3, 3, 3]], [99_999, [1, 7, 13]], [0, [5, 5]]] as const) {
    assert.equal(spreadPackagePrice(price, tiers).reduce((a, b) => a + b, 0), price);
  }
});

test('a manager defines a package: every tier it names must exist in every session; the change is audited', () => {
  const { world, sessionIds, definePackage } = seriesWorld('bo-package-define');
  const pkg = definePackage();
  assert.deepEqual(pkg.sessions.map((s) => s.sessionName), ['首演', '二轮', '三轮']);
  assert.deepEqual(pkg.tiers.map((t) => [t.tierName, t.priceFen, t.listFen]), [['普通', 45_001, 60_000], ['VIP', 200_000, 264_000]]);
  assert.throws(
    () => savePackage(world.manager, parseInput(savePackageInput, { name: '残缺套票', sessionIds, tiers: [{ tierName: '学生', priceFen: 100 }], refundRule: 'whole' })),
    refusal('PACKAGE_TIER_MISSING', (d) => d.tierName === '学生' && d.sessionName === '首演'),
  );
  assert.throws(() => definePackage({ packageId: undefined }), refusal('NAME_TAKEN'));
  assert.throws(() => parseInput(savePackageInput, { name: 'x', sessionIds: [sessionIds[0]], tiers: [{ tierName: '普通', priceFen: 1 }], refundRule: 'whole' }), refusal('VALIDATION'));
  const off = definePackage({ packageId: pkg.id, active: false, refundRule: 'whole' });
  assert.equal(off.active, false);
  assert.equal(listPackages(world.clerk, parseInput(listPackagesInput, { onSaleOnly: true })).length, 0, 'switched off: not offered at the window');
  assert.deepEqual(queryAudit(world.db, { action: 'package.save' }).map((a) => a.detail.created), [false, true]);
});

test('the same seat is proposed in every session, the best free seat of the tier where it is taken, all held at once or none', () => {
  const { world, sessionIds, seats, definePackage } = seriesWorld('bo-package-propose');
  const pkg = definePackage();
  // 二轮's B区 1排 5 is sold already
  sell(world.clerk, parseInput(sellInput, { sessionId: sessionIds[1], seats: [{ ticketId: seats[1]?.('1排', '5', 'B区') ?? '' }], payment: { method: 'card' } }));
  const proposal = proposePackageSeats(world.clerk, parseInput(proposePackageSeatsInput, { packageId: pkg.id, ticketIds: [seats[0]?.('1排', '5', 'B区') ?? '', seats[0]?.('1排', '6', 'B区') ?? ''] }));
  assert.equal(proposal.totalFen, 90_002);
  const [first, second] = proposal.sets;
  assert.deepEqual(first?.seats.map((s) => [s.seatText, s.same]), [['1层 B区 1排 5号', true], ['1层 B区 1排 1号', false], ['1层 B区 1排 5号', true]]);
  assert.deepEqual(second?.seats.map((s) => [s.seatText, s.same]), [['1层 B区 1排 6号', true], ['1层 B区 1排 6号', true], ['1层 B区 1排 6号', true]]);
  assert.equal(count(world.db, 'SELECT count(*) AS n FROM seat_holds WHERE hold_id = ?', proposal.holdId), 6, 'six seats in three sessions under one hold');

  // Another window wants 普通 in a session where none is left: nothing at all is held for it.
  const other = world.as('clerk2', 'clerk');
  const before = count(world.db, 'SELECT count(*) AS n FROM seat_holds');
  world.db.prepare("UPDATE tickets SET status = 'blocked' WHERE session_id = ? AND status = 'available' AND price_tier_id IN (SELECT id FROM price_tiers WHERE name = '普通')").run(sessionIds[2]);
  assert.throws(
    () => proposePackageSeats(other, parseInput(proposePackageSeatsInput, { packageId: pkg.id, ticketIds: [seats[0]?.('2排', '1', 'B区') ?? ''] })),
    refusal('NOT_ENOUGH_TICKETS', (d) => d.sessionName === '三轮' && d.tierName === '普通'),
  );
  assert.equal(count(world.db, 'SELECT count(*) AS n FROM seat_holds'), before, 'the first session’s seat was not held either');
  assert.throws(
    () => proposePackageSeats(other, parseInput(proposePackageSeatsInput, { packageId: pkg.id, ticketIds: [seats[0]?.('1排', '5', 'B区') ?? ''] })),
    refusal('SEAT_HELD'),
    'the first clerk’s seats are theirs while they choose',
  );

  // Letting the proposal go frees its seats in every session, and says which, session by session (for their maps).
  const released = releaseHold(world.clerk, parseInput(releaseHoldInput, { holdId: proposal.holdId }));
  assert.equal(released.released, 6);
  assert.deepEqual([...released.bySession.keys()].sort(), [...sessionIds].sort());
  assert.ok([...released.bySession.values()].every((ids) => ids.length === 2));
});

test('selling a package: one order, the tickets’ shares summing to the package price, reported beside the tiers’ prices', () => {
  const { world, sessionIds, seats, definePackage, sale } = seriesWorld('bo-package-sell');
  const pkg = definePackage();
  const proposal = proposePackageSeats(world.clerk, parseInput(proposePackageSeatsInput, { packageId: pkg.id, ticketIds: [seats[0]?.('3排', '4', 'B区') ?? ''] }));
  const ticketIds = proposal.sets[0]?.seats.map((s) => s.ticketId ?? '') ?? [];
  const outboxBefore = count(world.db, 'SELECT count(*) AS n FROM outbox');
  assert.throws(() => sellPackage(world.clerk, sale({ packageId: pkg.id, sets: [{ tierName: 'VIP', ticketIds }], holdId: proposal.holdId })), refusal('PACKAGE_SEATS_MISMATCH'));
  assert.throws(() => sellPackage(world.clerk, sale({ packageId: pkg.id, sets: [{ tierName: '普通', ticketIds: ticketIds.slice(0, 2) }], holdId: proposal.holdId })), refusal('PACKAGE_SEATS_MISMATCH'));
  assert.throws(() => sellPackage(world.clerk, sale({ packageId: pkg.id, sets: [{ tierName: '普通', ticketIds }], holdId: proposal.holdId, expectedTotalFen: 54_000 })), refusal('TOTAL_MISMATCH'));
  assert.equal(count(world.db, 'SELECT count(*) AS n FROM outbox'), outboxBefore, 'refusals write nothing');

  const order = sellPackage(world.clerk, sale({ packageId: pkg.id, sets: [{ tierName: '普通', ticketIds }], holdId: proposal.holdId, expectedTotalFen: 45_001 }));
  assert.equal(order.totalFen, 45_001);
  assert.deepEqual(order.package, { name: '雷雨三场套票', refundRule: 'per_session', sets: 1 });
  assert.deepEqual(order.lines.map((l) => [l.sessionName, l.seatText, l.priceFen, l.amountFen, l.packageName]), [
    ['首演', '1层 B区 3排 4号', 18_000, 13_500, '雷雨三场套票'],
    ['二轮', '1层 B区 3排 4号', 18_000, 13_500, '雷雨三场套票'],
    ['三轮', '1层 B区 3排 4号', 24_000, 18_001, '雷雨三场套票'],
  ]);
  assert.equal(count(world.db, "SELECT count(*) AS n FROM tickets WHERE status = 'sold'"), 3);
  assert.equal(count(world.db, 'SELECT count(*) AS n FROM seat_holds'), 0, 'the hold became the sale');

  const payload = outboxRows(world.db, 'order')[0]?.payload as OutboxPayload<'order'>;
  assert.equal(payload.totalAmount, 45_001);
  assert.equal(payload.ticketNum, 3);
  assert.deepEqual(payload.ticketOrderList.map((l) => [l.sessionId, l.ticketPrice, l.ticketOrderAmount]), [
    [sessionIds[0], 18_000, 13_500],
    [sessionIds[1], 18_000, 13_500],
    [sessionIds[2], 24_000, 18_001],
  ]);
  assert.equal(queryAudit(world.db, { action: 'order.sell' })[0]?.detail.packageName, '雷雨三场套票');

  const report = salesReport(world.manager, parseInput(salesReportInput, { from: world.clock.now - DAY, to: world.clock.now + DAY }));
  assert.equal(report.totals.grossFen, 45_001);
  assert.deepEqual(report.bySession.map((s) => s.grossFen).sort(), [13_500, 13_500, 18_001]);
  assert.equal(report.bySession.reduce((sum, s) => sum + s.grossFen, 0), report.totals.grossFen, 'the sessions’ figures still sum to the day’s');
});

test('a whole-only package refuses one session in words and refunds every ticket together, fee steps on each ticket’s share', () => {
  const { world, show, seats, definePackage, sale } = seriesWorld('bo-package-whole');
  setRefundSchedule(world.manager, parseInput(setRefundScheduleInput, { performanceId: show.performanceId, steps: [{ hoursBefore: 120, refundPercent: 100 }, { hoursBefore: 24, refundPercent: 80 }] }));
  const pkg = definePackage({ refundRule: 'whole' });
  const proposal = proposePackageSeats(world.clerk, parseInput(proposePackageSeatsInput, { packageId: pkg.id, ticketIds: [seats[0]?.('2排', '2', 'B区') ?? ''] }));
  const order = sellPackage(world.clerk, sale({ packageId: pkg.id, sets: [{ tierName: '普通', ticketIds: proposal.sets[0]?.seats.map((s) => s.ticketId ?? '') ?? [] }], holdId: proposal.holdId }));
  const one = order.lines[2]?.orderLineId ?? '';
  assert.throws(
    () => refund(world.clerk, parseInput(refundInput, { orderId: order.id, orderLineIds: [one], reason: '只看一场' })),
    refusal('PACKAGE_WHOLE_ONLY', (d) => d.packageName === '雷雨三场套票' && d.tickets === 3 && d.selected === 1),
  );
  assert.throws(() => quoteRefund(world.clerk, parseInput(refundQuoteInput, { orderId: order.id, orderLineIds: [one] })), refusal('PACKAGE_WHOLE_ONLY'));
  assert.equal(outboxRows(world.db, 'refund').length, 0);

  // 首演 and 二轮 are within 120 hours (80%), 三轮 is not (100%)
  const quote = quoteRefund(world.clerk, parseInput(refundQuoteInput, { orderId: order.id }));
  assert.deepEqual(quote.lines.map((l) => [l.amountFen, l.refundPercent, l.feeFen]), [[13_500, 80, 2_700], [13_500, 80, 2_700], [18_001, 100, 0]]);
  const done = refund(world.clerk, parseInput(refundInput, { orderId: order.id, reason: '行程变化', expectedFeeFen: 5_400 }));
  assert.equal(done.grossFen, 45_001);
  assert.equal(done.feeFen, 5_400);
  assert.equal(done.refundedFen, 39_601);
  const payload = outboxRows(world.db, 'refund')[0]?.payload as OutboxPayload<'refund'>;
  assert.deepEqual(payload.ticketOrderList.map((l) => l.refundAmount), [10_800, 10_800, 18_001]);
  assert.equal(done.order.status, 'refunded');
});

test('a per-session package refunds one session with that ticket’s share under its own fee step', () => {
  const { world, show, seats, definePackage, sale } = seriesWorld('bo-package-one');
  setRefundSchedule(world.manager, parseInput(setRefundScheduleInput, { performanceId: show.performanceId, steps: [{ hoursBefore: 120, refundPercent: 100 }, { hoursBefore: 24, refundPercent: 80 }] }));
  const pkg = definePackage();
  const proposal = proposePackageSeats(world.clerk, parseInput(proposePackageSeatsInput, { packageId: pkg.id, ticketIds: [seats[0]?.('2排', '2', 'B区') ?? ''] }));
  const order = sellPackage(world.clerk, sale({ packageId: pkg.id, sets: [{ tierName: '普通', ticketIds: proposal.sets[0]?.seats.map((s) => s.ticketId ?? '') ?? [] }], holdId: proposal.holdId }));
  const [firstLine, , thirdLine] = order.lines;
  const third = refund(world.clerk, parseInput(refundInput, { orderId: order.id, orderLineIds: [thirdLine?.orderLineId ?? ''], reason: '三轮去不了' }));
  assert.deepEqual([third.grossFen, third.feeFen, third.refundedFen], [18_001, 0, 18_001]);
  const first = refund(world.clerk, parseInput(refundInput, { orderId: order.id, orderLineIds: [firstLine?.orderLineId ?? ''], reason: '首演去不了' }));
  assert.deepEqual([first.grossFen, first.feeFen, first.refundedFen], [13_500, 2_700, 10_800]);
  assert.equal(first.order.status, 'partially_refunded');
  const reported = outboxRows(world.db, 'refund').map((r) => (r.payload as OutboxPayload<'refund'>).ticketOrderList.map((l) => [l.ticketId, l.refundAmount]));
  assert.deepEqual(reported, [[[thirdLine?.ticketId, 18_001]], [[firstLine?.ticketId, 10_800]]]);
  assert.equal(count(world.db, "SELECT count(*) AS n FROM tickets WHERE status = 'available' AND id IN (?, ?)", thirdLine?.ticketId, firstLine?.ticketId), 2, 'the seats are on sale again');
});

test('quantity mode: a package of unseated sessions takes one ticket per session from each tier’s pool', () => {
  const world = fileWorld('bo-package-unseated');
  const theatre = buildTheatre(world);
  const show = unseatedShow(world, theatre);
  const startsAt = world.clock.now + 2 * DAY;
  const second = createSession(world.manager, parseInput(createSessionInput, {
    performanceId: show.performanceId, hallId: theatre.unseatedHallId, name: '周日场', startsAt, endsAt: startsAt + DAY / 8, salesOpenAt: world.clock.now,
    tiers: [{ name: '站票', priceFen: 12_000, quantity: 100 }],
  }));
  generateTickets(world.manager, parseInput(generateTicketsInput, { sessionId: second.id }));
  openShift(world.clerk, parseInput(openShiftInput, { floatFen: 0 }));
  const pkg = savePackage(world.manager, parseInput(savePackageInput, { name: '周末联票', sessionIds: [show.session.id, second.id], tiers: [{ tierName: '站票', priceFen: 19_900 }], refundRule: 'whole' }));
  assert.throws(() => proposePackageSeats(world.clerk, parseInput(proposePackageSeatsInput, { packageId: pkg.id, ticketIds: ['x'] })), refusal('WRONG_HALL_KIND'));
  const order = sellPackage(world.clerk, parseInput(sellPackageInput, { packageId: pkg.id, sets: [{ tierName: '站票' }, { tierName: '站票' }], payment: { method: 'cash', receivedFen: 40_000 } }));
  assert.equal(order.totalFen, 39_800);
  assert.equal(order.payment.changeFen, 200);
  assert.deepEqual(order.lines.map((l) => [l.sessionName, l.amountFen]), [['周六场', 9_045], ['周日场', 10_855], ['周六场', 9_045], ['周日场', 10_855]]);
  assert.deepEqual(
    world.db.prepare('SELECT name, available_count AS n FROM price_tiers WHERE name = ? ORDER BY price_fen').all('站票'),
    [{ name: '站票', n: 198 }, { name: '站票', n: 98 }],
  );
});
