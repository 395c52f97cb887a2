import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DAY, HOUR, testWorld } from '../helpers/context';
import { buildTheatre, seatedShow, unseatedShow } from '../helpers/fixtures';
import { person, residentId, seatFinder } from '../helpers/sales';
import { sell } from '../../../electron/boxoffice/sales/sell';
import { getOrderDetails } from '../../../electron/boxoffice/sales/orders';
import { openShift } from '../../../electron/boxoffice/shifts/shifts';
import { savePriceType, savePromoCode } from '../../../electron/boxoffice/pricing/rules';
import { parseInput } from '../../../electron/boxoffice/parse-input';
import { openShiftInput } from '../../../electron/boxoffice/shifts/schemas';
import { orderIdInput, sellInput } from '../../../electron/boxoffice/sales/schemas';
import { savePriceTypeInput, savePromoCodeInput } from '../../../electron/boxoffice/pricing/schemas';
import type { OrderView } from '../../../electron/boxoffice/sales/orders';
import type { DomainContext } from '../../../electron/boxoffice/context';

// A sale answers with the order built from what it wrote (sales/orders.ts soldOrderView), not read back: it must be
// exactly the order the order screen reads afterwards.
const readBack = (ctx: DomainContext, sold: OrderView) => getOrderDetails(ctx, parseInput(orderIdInput, { orderId: sold.id }));

test('a seated sale with holders, a buyer, concessions with proofs and a promo code answers the order as it reads back', () => {
  const world = testWorld();
  const show = seatedShow(world, buildTheatre(world), { realNameMode: 'per_ticket' });
  openShift(world.clerk, parseInput(openShiftInput, { floatFen: 50_000 }));
  const seat = seatFinder(world.clerk, show.session.id);
  const addType = (name: string, proof: 'none' | 'confirm' | 'gate') =>
    savePriceType(world.manager, parseInput(savePriceTypeInput, { performanceId: show.performanceId, name, priceRule: 'percent', priceValue: 50, proof })).priceTypes.find((t) => t.name === name)?.id ?? '';
  const soldier = addType('军人/消防', 'gate');
  const student = addType('学生', 'confirm');
  savePromoCode(world.manager, parseInput(savePromoCodeInput, { performanceId: show.performanceId, code: 'spring25', discountRule: 'percent', discountValue: 20, startsAt: world.clock.now - HOUR, endsAt: world.clock.now + DAY, useLimit: 5, appliesTo: ['full'] }));
  const sold = sell(world.clerk, parseInput(sellInput, {
    sessionId: show.session.id,
    seats: [
      { ticketId: seat('1排', '1', 'B区'), holder: person('张三丰', residentId('19900307', '123')) },
      { ticketId: seat('1排', '2', 'B区'), holder: person('李四', residentId('19851111', '456')), priceTypeId: soldier },
      { ticketId: seat('1排', '3'), holder: person('王五', residentId('20000101', '789')), priceTypeId: student, proofConfirmed: true },
    ],
    buyer: { ...person('张三丰', residentId('19900307', '123')), phone: '13812345678' },
    promoCode: 'SPRING25',
    ticketMode: 'electronic',
    payment: { method: 'cash', receivedFen: 500_000 },
  }));
  assert.deepEqual(sold.lines.map((l) => [l.priceTypeName, l.proofAtGate, l.holderName]), [[null, false, '张*丰'], ['军人/消防', true, '李*'], ['学生', false, '王*']]);
  assert.equal(sold.offers?.promoCode, 'SPRING25');
  assert.equal(sold.buyer?.phone, '138****5678');
  assert.deepEqual(sold, readBack(world.clerk, sold));
});

test('a plain paper sale, a complimentary one and an unseated one each answer the order as it reads back', () => {
  const world = testWorld();
  const theatre = buildTheatre(world);
  const show = seatedShow(world, theatre);
  const standing = unseatedShow(world, theatre);
  openShift(world.clerk, parseInput(openShiftInput, { floatFen: 0 }));
  openShift(world.manager, parseInput(openShiftInput, { floatFen: 0 }));
  const seat = seatFinder(world.clerk, show.session.id);
  const paper = sell(world.clerk, parseInput(sellInput, { sessionId: show.session.id, seats: [{ ticketId: seat('2排', '1') }, { ticketId: seat('2排', '2') }], payment: { method: 'card', reference: 'POS-1' } }));
  assert.equal(paper.lines[0]?.seatText, '1层 A区 2排 1号');
  assert.deepEqual(paper.lines.map((l) => l.printCount), [1, 1]);
  assert.deepEqual(paper, readBack(world.clerk, paper));
  const comp = sell(world.manager, parseInput(sellInput, { sessionId: show.session.id, seats: [{ ticketId: seat('3排', '1') }], ticketType: 'complimentary', payment: { method: 'none' } }));
  assert.equal(comp.lines[0]?.amountFen, 0);
  assert.deepEqual(comp, readBack(world.manager, comp));
  const unseated = sell(world.clerk, parseInput(sellInput, { sessionId: standing.session.id, unseated: [{ priceTierId: standing.tier['站票'] ?? '', quantity: 2 }, { priceTierId: standing.tier['学生'] ?? '', quantity: 1 }], payment: { method: 'mobile', reference: 'ALI-1' } }));
  assert.deepEqual(unseated.lines.map((l) => [l.seat, l.tierName]), [[null, '站票'], [null, '站票'], [null, '学生']]);
  assert.deepEqual(unseated, readBack(world.clerk, unseated));
});
