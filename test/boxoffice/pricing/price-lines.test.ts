import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ageFits, ageOn, birthDateOf, concessionPrice, percentOf, priceOrder, type PriceTypeRule } from '../../../electron/boxoffice/pricing/price-lines';

const type = (id: string, priceRule: 'percent' | 'fixed', priceValue: number): PriceTypeRule => ({ id, name: id, priceRule, priceValue, proof: 'none', minAge: null, maxAge: null, maxPerOrder: null });
const STUDENT = type('student', 'percent', 50);
const SENIOR = type('senior', 'fixed', 9_000);

test('percentages are rounded down to the fen, in the buyer’s favour', () => {
  assert.equal(percentOf(18_001, 50), 9_000, '50% of 180.01 yuan is 90.005: 90.00');
  assert.equal(percentOf(9_999, 85), 8_499, '85% of 99.99 yuan is 84.9915: 84.99');
  assert.equal(concessionPrice(18_001, STUDENT), 9_000);
  assert.equal(concessionPrice(18_000, SENIOR), 9_000);
  assert.equal(concessionPrice(6_000, SENIOR), 6_000, 'a fixed price never costs more than the tier');
  assert.equal(concessionPrice(18_000, null), 18_000);
});

test('four steps in order: price type, group, promo on its price types, then the manual discount spread to the fen', () => {
  const lines = [
    { tierPriceFen: 18_000, priceTypeId: null },
    { tierPriceFen: 18_000, priceTypeId: 'student' },
    { tierPriceFen: 88_000, priceTypeId: 'senior' },
  ];
  const plain = priceOrder(lines, { priceTypes: [STUDENT, SENIOR], group: { minTickets: 4, percentOff: 10 }, promo: null, manualOffFen: 0 });
  assert.deepEqual(plain.lines.map((l) => l.amountFen), [18_000, 9_000, 9_000], 'three tickets: no group discount');
  assert.equal(plain.group, null);
  assert.equal(plain.listTotalFen, 124_000);

  const promo = { id: 'p', code: 'SPRING', discountRule: 'percent' as const, discountValue: 15, appliesTo: ['full', 'student'] };
  const offered = priceOrder(lines, { priceTypes: [STUDENT, SENIOR], group: { minTickets: 3, percentOff: 10 }, promo, manualOffFen: 1_001 });
  assert.deepEqual(offered.lines.map((l) => [l.concessionFen, l.groupOffFen, l.promoOffFen]), [
    [18_000, 1_800, 2_430],
    [9_000, 900, 1_215],
    [9_000, 900, 0],
  ]);
  // before the manual discount: 13 770 + 6 885 + 8 100 = 28 755; 10.01 yuan spread in proportion, largest remainder
  assert.deepEqual(offered.lines.map((l) => l.manualOffFen), [479, 240, 282]);
  assert.equal(offered.lines.reduce((sum, l) => sum + l.manualOffFen, 0), 1_001);
  assert.equal(offered.totalFen, 28_755 - 1_001);
  assert.equal(offered.totalFen, offered.lines.reduce((sum, l) => sum + l.amountFen, 0));
  assert.equal(offered.promoLines, 2);
});

test('an amount promo never takes a ticket below zero; a manual discount never more than is left', () => {
  const promo = { id: 'p', code: 'FIFTY', discountRule: 'amount' as const, discountValue: 5_000, appliesTo: ['full'] };
  const priced = priceOrder([{ tierPriceFen: 3_000, priceTypeId: null }], { priceTypes: [], group: null, promo, manualOffFen: 10 });
  assert.equal(priced.lines[0]?.promoOffFen, 3_000);
  assert.equal(priced.totalFen, 0);
});

test('ages on the session’s date from the GB 11643 birth date: the birthday counts, 29 February turns on 1 March', () => {
  assert.equal(birthDateOf('resident_id', '11010119650603123X'), '19650603');
  assert.equal(birthDateOf('passport', 'E12345678'), null);
  assert.equal(ageOn('19650603', '2025-06-03'), 60);
  assert.equal(ageOn('19650604', '2025-06-03'), 59);
  assert.equal(ageOn('20000229', '2025-02-28'), 24);
  assert.equal(ageOn('20000229', '2025-03-01'), 25);
  assert.equal(ageFits(60, { minAge: 60, maxAge: null }), true);
  assert.equal(ageFits(59, { minAge: 60, maxAge: null }), false);
  assert.equal(ageFits(13, { minAge: null, maxAge: 14 }), true);
  assert.equal(ageFits(14, { minAge: null, maxAge: 14 }), false, '儿童 < 14: the 14th birthday ends it');
});
