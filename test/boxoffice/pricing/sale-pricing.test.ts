import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DAY, HOUR } from '../helpers/context';
import { count, outboxRows } from '../helpers/outbox';
import { buildTheatre, seatedShow, unseatedShow } from '../helpers/fixtures';
import { fileWorld } from '../helpers/processes';
import { person, refusal, residentId, seatFinder } from '../helpers/sales';
import { sell } from '../../../electron/boxoffice/sales/sell';
import { refund } from '../../../electron/boxoffice/refunds/refund';
import { setRefundSchedule } from '../../../electron/boxoffice/refunds/schedule';
import { openShift } from '../../../electron/boxoffice/shifts/shifts';
import { checkPromo, pricingRules, savePriceType, savePromoCode, setGroupDiscount } from '../../../electron/boxoffice/pricing/rules';
import { queryAudit } from '../../../db/audit';
import type { OutboxPayload } from '../../../db/outbox/payloads';
import { parseInput } from '../../../electron/boxoffice/parse-input';
import { openShiftInput } from '../../../electron/boxoffice/shifts/schemas';
import { sellInput, type SellInput } from '../../../electron/boxoffice/sales/schemas';
import { refundInput, setRefundScheduleInput } from '../../../electron/boxoffice/refunds/schemas';
import { checkPromoInput, savePriceTypeInput, savePromoCodeInput, setGroupDiscountInput, type SavePriceTypeInput, type SavePromoCodeInput } from '../../../electron/boxoffice/pricing/schemas';

/** A box office on a real database file: the seated show (VIP 880, 普通 180 yuan, starting 2025-06-03 12:00 China time) with its concessions. */
function pricedWorld() {
  const files = fileWorld();
  const { world } = files;
  const show = seatedShow(world, buildTheatre(world));
  openShift(world.clerk, parseInput(openShiftInput, { floatFen: 0 }));
  openShift(world.manager, parseInput(openShiftInput, { floatFen: 0 }));
  const seat = seatFinder(world.clerk, show.session.id);
  const addType = (input: Omit<SavePriceTypeInput, 'performanceId'>) => {
    const rules = savePriceType(world.manager, parseInput(savePriceTypeInput, { performanceId: show.performanceId, ...input }));
    return rules.priceTypes.find((t) => t.name === input.name)?.id ?? '';
  };
  const types = {
    child: addType({ name: '儿童', priceRule: 'percent', priceValue: 50, proof: 'id_age', maxAge: 14 }),
    senior: addType({ name: '老年', priceRule: 'fixed', priceValue: 9_000, proof: 'id_age', minAge: 60 }),
    student: addType({ name: '学生', priceRule: 'percent', priceValue: 60, proof: 'confirm', maxPerOrder: 2 }),
    soldier: addType({ name: '军人/消防', priceRule: 'percent', priceValue: 50, proof: 'gate' }),
  };
  const addPromo = (input: Partial<SavePromoCodeInput> = {}) =>
    savePromoCode(world.manager, parseInput(savePromoCodeInput, {
      performanceId: show.performanceId, code: 'spring25', discountRule: 'percent', discountValue: 20, startsAt: world.clock.now - HOUR, endsAt: world.clock.now + DAY, useLimit: 1, appliesTo: ['full'], ...input,
    }));
  const sale = (input: Partial<SellInput>) => parseInput(sellInput, { sessionId: show.session.id, payment: { method: 'card' }, ...input });
  return { ...files, world, show, seat, types, addType, addPromo, sale };
}

const snapshot = (db: ReturnType<typeof fileWorld>['world']['db']) => ({
  orders: count(db, 'SELECT count(*) AS n FROM orders'),
  sold: count(db, "SELECT count(*) AS n FROM tickets WHERE status = 'sold'"),
  outbox: count(db, 'SELECT count(*) AS n FROM outbox'),
  pricing: count(db, 'SELECT count(*) AS n FROM order_line_pricing'),
  uses: count(db, 'SELECT coalesce(sum(used_count), 0) AS n FROM promo_codes'),
});

test('a family of four: two adults, a child and a senior checked from their IDs; the platform gets what was paid beside the tier’s price', () => {
  const { world, show, seat, types, sale, cleanup } = pricedWorld();
  try {
    const ids = ['1', '2', '3', '4'].map((n) => seat('2排', n, 'B区'));
    const order = sell(world.clerk, sale({
      seats: [
        { ticketId: ids[0] ?? '' },
        { ticketId: ids[1] ?? '' },
        { ticketId: ids[2] ?? '', priceTypeId: types.child, holder: person('李小明', residentId('20110604', '031')) },
        { ticketId: ids[3] ?? '', priceTypeId: types.senior, holder: person('李奶奶', residentId('19650603', '042')) },
      ],
      expectedTotalFen: 18_000 * 2 + 9_000 + 9_000,
    }));
    assert.equal(order.totalFen, 54_000);
    assert.deepEqual(order.lines.map((l) => [l.priceFen, l.amountFen, l.priceTypeName]), [
      [18_000, 18_000, null],
      [18_000, 18_000, null],
      [18_000, 9_000, '儿童'],
      [18_000, 9_000, '老年'],
    ]);
    assert.equal(order.offers?.listTotalFen, 72_000);
    assert.equal(order.lines[3]?.pricing?.proof, 'id_age');
    const payload = outboxRows(world.db, 'order')[0]?.payload as OutboxPayload<'order'>;
    assert.equal(payload.totalAmount, 54_000);
    assert.deepEqual(payload.ticketOrderList.map((l) => [l.ticketPrice, l.ticketOrderAmount]), [[18_000, 18_000], [18_000, 18_000], [18_000, 9_000], [18_000, 9_000]]);
    assert.deepEqual(queryAudit(world.db, { action: 'order.sell' })[0]?.detail, {
      sessionId: show.session.id, tickets: 4, totalFen: 54_000, ticketType: 'regular', paymentMethod: 'card', listTotalFen: 72_000, priceTypes: { 儿童: 1, 老年: 1 },
    });
  } finally {
    cleanup();
  }
});

test('every concession refusal names its rule and changes nothing', () => {
  const { world, seat, types, sale, cleanup, show, addType } = pricedWorld();
  try {
    const before = snapshot(world.db);
    const one = (extra: Record<string, unknown>) => sale({ seats: [{ ticketId: seat('1排', '1', 'B区'), ...extra }] });
    assert.throws(() => sell(world.clerk, one({ priceTypeId: types.senior, holder: person('王', residentId('19650604', '011')) })), refusal('CONCESSION_AGE', (d) => d.age === 59 && d.minAge === 60 && d.sessionDate === '2025-06-03'));
    assert.throws(() => sell(world.clerk, one({ priceTypeId: types.child, holder: person('王', residentId('20110603', '011')) })), refusal('CONCESSION_AGE', (d) => d.age === 14 && d.maxAge === 14));
    assert.throws(() => sell(world.clerk, one({ priceTypeId: types.senior })), refusal('CONCESSION_ID_REQUIRED', (d) => d.field === 'seats.0.holder'));
    assert.throws(() => sell(world.clerk, one({ priceTypeId: types.senior, holder: { name: '王', idType: 'passport', idNumber: 'E12345678' } })), refusal('CONCESSION_ID_REQUIRED'));
    assert.throws(() => sell(world.clerk, one({ priceTypeId: types.student })), refusal('CONCESSION_PROOF_REQUIRED', (d) => d.field === 'seats.0.proofConfirmed' && d.priceTypeName === '学生'));
    const three = sale({ seats: ['1', '2', '3'].map((n) => ({ ticketId: seat('1排', n, 'B区'), priceTypeId: types.student, proofConfirmed: true })) });
    assert.throws(() => sell(world.clerk, three), refusal('CONCESSION_LIMIT', (d) => d.limit === 2 && d.requested === 3));
    assert.throws(() => sell(world.manager, { ...one({ priceTypeId: types.soldier }), ticketType: 'complimentary', payment: { method: 'none' } }), refusal('OFFERS_REGULAR_ONLY'));
    addType({ name: '旧学生', priceRule: 'percent', priceValue: 50, active: false });
    const retired = pricingRules(world.manager, { performanceId: show.performanceId }).priceTypes.find((t) => t.name === '旧学生')?.id ?? '';
    assert.throws(() => sell(world.clerk, one({ priceTypeId: retired })), refusal('PRICE_TYPE_UNAVAILABLE'));
    assert.throws(() => sell(world.clerk, one({ priceTypeId: 'pty_other' })), refusal('PRICE_TYPE_UNAVAILABLE'));
    assert.deepEqual(snapshot(world.db), before);
    // The gate checks a soldier's card: the ticket says so.
    const order = sell(world.clerk, one({ priceTypeId: types.soldier }));
    assert.deepEqual(order.lines.map((l) => [l.proofAtGate, l.amountFen]), [[true, 9_000]]);
  } finally {
    cleanup();
  }
});

test('团体票: from N tickets every ticket is discounted, concessions too; one fewer pays in full', () => {
  const { world, show, types, cleanup } = pricedWorld();
  try {
    const unseated = unseatedShow(world, buildTheatre(world));
    setGroupDiscount(world.manager, parseInput(setGroupDiscountInput, { performanceId: unseated.performanceId, group: { minTickets: 10, percentOff: 15 } }));
    const nine = sell(world.clerk, parseInput(sellInput, { sessionId: unseated.session.id, unseated: [{ priceTierId: unseated.tier['站票'] ?? '', quantity: 9 }], payment: { method: 'card' } }));
    assert.equal(nine.totalFen, 90_000);
    assert.equal(nine.offers, null, 'nothing to record at the tiers’ prices');
    const ten = sell(world.clerk, parseInput(sellInput, { sessionId: unseated.session.id, unseated: [{ priceTierId: unseated.tier['站票'] ?? '', quantity: 10 }], payment: { method: 'card' }, expectedTotalFen: 85_000 }));
    assert.equal(ten.totalFen, 85_000);
    assert.equal(ten.offers?.groupPercentOff, 15);
    assert.deepEqual(new Set(ten.lines.map((l) => l.amountFen)), new Set([8_500]));
    const payload = outboxRows(world.db, 'order').at(-1)?.payload as OutboxPayload<'order'>;
    assert.equal(payload.totalAmount, 85_000);
    assert.ok(payload.ticketOrderList.every((l) => l.ticketPrice === 10_000 && l.ticketOrderAmount === 8_500));
    // the group rule belongs to its own performance: the seated show has none
    assert.equal(pricingRules(world.manager, { performanceId: show.performanceId }).group, null);
    assert.ok(types.child);
  } finally {
    cleanup();
  }
});

test('a promo code: its dates, its price types, its last use; a whole refund gives the use back, a partial one does not', () => {
  const { world, show, seat, types, sale, addPromo, cleanup } = pricedWorld();
  try {
    addPromo({ useLimit: 2, appliesTo: ['full', types.student] });
    const code = (c: string) => checkPromo(world.clerk, parseInput(checkPromoInput, { sessionId: show.session.id, code: c }));
    assert.deepEqual({ ...code(' spring25 '), id: '' }, { id: '', code: 'SPRING25', discountRule: 'percent', discountValue: 20, appliesTo: ['full', types.student], usesLeft: 2 });
    assert.throws(() => code('NOPE1'), refusal('PROMO_UNKNOWN'));
    const before = snapshot(world.db);
    assert.throws(
      () => sell(world.clerk, sale({ seats: [{ ticketId: seat('1排', '1', 'B区'), priceTypeId: types.soldier }], promoCode: 'SPRING25' })),
      refusal('PROMO_NOT_APPLICABLE'),
    );
    assert.deepEqual(snapshot(world.db), before, 'a refused sale takes no use');
    const first = sell(world.clerk, sale({ seats: [{ ticketId: seat('1排', '1', 'B区') }, { ticketId: seat('1排', '2', 'B区'), priceTypeId: types.soldier }], promoCode: 'spring25' }));
    assert.deepEqual(first.lines.map((l) => l.amountFen), [14_400, 9_000], 'the promo on the full-price ticket only');
    assert.equal(first.offers?.promoCode, 'SPRING25');
    const second = sell(world.clerk, sale({ seats: [{ ticketId: seat('1排', '3', 'B区') }, { ticketId: seat('1排', '4', 'B区') }], promoCode: 'SPRING25' }));
    assert.throws(() => sell(world.clerk, sale({ seats: [{ ticketId: seat('1排', '5', 'B区') }], promoCode: 'SPRING25' })), refusal('PROMO_USED_UP', (d) => d.useLimit === 2));
    assert.throws(() => code('SPRING25'), refusal('PROMO_USED_UP'));

    refund(world.clerk, parseInput(refundInput, { orderId: second.id, orderLineIds: [second.lines[0]?.orderLineId ?? ''], reason: '改期' }));
    assert.throws(() => code('SPRING25'), refusal('PROMO_USED_UP'), 'part of the order refunded: the use stays');
    const whole = refund(world.clerk, parseInput(refundInput, { orderId: second.id, reason: '改期' }));
    assert.equal(whole.order.offers?.promoReturned, true);
    assert.equal(code('SPRING25').usesLeft, 1, 'the whole order refunded: its use is back');
    assert.deepEqual(queryAudit(world.db, { action: 'order.refund' })[0]?.detail.promoUseReturned, true);

    world.clock.now += 2 * DAY;
    assert.throws(() => code('SPRING25'), refusal('PROMO_ENDED'));
    addPromo({ code: 'LATER', startsAt: world.clock.now + HOUR, endsAt: world.clock.now + 2 * HOUR });
    assert.throws(() => code('LATER'), refusal('PROMO_NOT_STARTED'));
    assert.ok(first.id);
  } finally {
    cleanup();
  }
});

test('a manual discount: a manager’s, with its reason, spread over the tickets and audited; a clerk needs a manager’s approval', () => {
  const { world, seat, sale, cleanup } = pricedWorld();
  try {
    const seats = [{ ticketId: seat('1排', '1', 'B区') }, { ticketId: seat('1排', '2', 'B区') }, { ticketId: seat('1排', '3', 'B区') }];
    const discount = { amountFen: 10_001, reason: '演出延误致歉' };
    assert.throws(() => sell(world.clerk, sale({ seats, manualDiscount: discount })), refusal('MANUAL_DISCOUNT_APPROVAL'));
    assert.throws(() => sell(world.manager, sale({ seats, manualDiscount: { ...discount, amountFen: 54_001 } })), refusal('MANUAL_DISCOUNT_TOO_HIGH', (d) => d.totalFen === 54_000));
    const order = sell(world.clerk, sale({ seats, manualDiscount: discount }), { managerId: 'usr_manager' });
    assert.equal(order.totalFen, 54_000 - 10_001);
    assert.deepEqual(order.lines.map((l) => l.pricing?.manualOffFen), [3_334, 3_334, 3_333]);
    assert.deepEqual([order.offers?.manualReason, order.offers?.manualApprovedBy], ['演出延误致歉', 'manager']);
    const [entry] = queryAudit(world.db, { action: 'order.sell' });
    assert.ok(entry);
    assert.deepEqual([entry.detail.manualDiscountFen, entry.detail.manualReason, entry.detail.manualApprovedBy], [10_001, '演出延误致歉', 'usr_manager']);
  } finally {
    cleanup();
  }
});

test('a refund pays back what was paid for a concession, and the fee steps apply to that amount', () => {
  const { world, show, seat, types, sale, cleanup } = pricedWorld();
  try {
    setRefundSchedule(world.manager, parseInput(setRefundScheduleInput, { performanceId: show.performanceId, steps: [{ hoursBefore: 72, refundPercent: 100 }, { hoursBefore: 24, refundPercent: 80 }] }));
    const order = sell(world.clerk, sale({ seats: [{ ticketId: seat('1排', '1', 'B区'), priceTypeId: types.student, proofConfirmed: true }, { ticketId: seat('1排', '2', 'B区') }] }));
    assert.deepEqual(order.lines.map((l) => l.amountFen), [10_800, 18_000]);
    const done = refund(world.clerk, parseInput(refundInput, { orderId: order.id, orderLineIds: [order.lines[0]?.orderLineId ?? ''], reason: '学生证过期' }));
    assert.equal(done.grossFen, 10_800);
    assert.equal(done.feeFen, 2_160, '20% of the 108 yuan paid, not of the 180 yuan tier');
    assert.equal(done.refundedFen, 8_640);
    const payload = outboxRows(world.db, 'refund')[0]?.payload as OutboxPayload<'refund'>;
    assert.equal(payload.ticketOrderList[0]?.refundAmount, 8_640);
  } finally {
    cleanup();
  }
});
