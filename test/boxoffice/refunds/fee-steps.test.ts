import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allocateFee, feeFor, HOUR_MS, refundPercentAt, scheduleIssues, stepAt, worseForBuyers } from '../../../electron/boxoffice/refunds/fee-steps';

const STEPS = [
  { hoursBefore: 24, refundPercent: 50 },
  { hoursBefore: 168, refundPercent: 100 },
  { hoursBefore: 72, refundPercent: 80 },
];

test('the step in force: the earliest that still lies ahead, none after the last (0%), 100% without a schedule', () => {
  assert.deepEqual(stepAt(STEPS, 200 * HOUR_MS), { hoursBefore: 168, refundPercent: 100 });
  assert.equal(refundPercentAt(STEPS, 168 * HOUR_MS), 100, 'exactly 7 days before: still 100%');
  assert.equal(refundPercentAt(STEPS, 168 * HOUR_MS - 1), 80);
  assert.equal(refundPercentAt(STEPS, 72 * HOUR_MS), 80);
  assert.equal(refundPercentAt(STEPS, 24 * HOUR_MS), 50);
  assert.equal(refundPercentAt(STEPS, 24 * HOUR_MS - 1), 0);
  assert.equal(stepAt(STEPS, -5), null, 'after the start');
  assert.equal(refundPercentAt([], -5), 100);
  assert.equal(refundPercentAt([{ hoursBefore: 0, refundPercent: 80 }], 0), 80, 'a step at 0 hours holds until the start');
});

test('fees are rounded down to the fen, in the buyer’s favour', () => {
  assert.equal(feeFor(18_001, 80), 3600, '20% of 180.01 yuan is 36.002: the fee is 36.00');
  assert.equal(feeFor(18_001, 100), 0);
  assert.equal(feeFor(18_001, 0), 18_001);
  assert.equal(feeFor(99, 50), 49);
  assert.equal(feeFor(0, 50), 0, 'a complimentary ticket costs no fee');
});

test('a manager’s fee is spread over the tickets in proportion to their scheduled fees, never above them', () => {
  assert.deepEqual(allocateFee(100, [300, 100]), [75, 25]);
  assert.deepEqual(allocateFee(5, [3, 3, 3]), [2, 2, 1], 'largest remainder, ties to the earlier ticket');
  assert.deepEqual(allocateFee(0, [300, 100]), [0, 0]);
  assert.deepEqual(allocateFee(0, [0, 0]), [0, 0]);
  const scheduled = [17_600, 3_600, 3_601, 0];
  for (let total = 0; total <= 24_801; total += 997) {
    const fees = allocateFee(total, scheduled);
    assert.equal(fees.reduce((a, b) => a + b, 0), total);
    fees.forEach((fee, i) => assert.ok(fee <= (scheduled[i] ?? 0) && fee >= 0));
  }
});

test('a schedule cannot repeat a time or refund more closer to the show', () => {
  assert.deepEqual(scheduleIssues(STEPS), []);
  assert.deepEqual(scheduleIssues([{ hoursBefore: 24, refundPercent: 50 }, { hoursBefore: 24, refundPercent: 40 }]).map((i) => i.path), ['steps.1.hoursBefore']);
  assert.deepEqual(scheduleIssues([{ hoursBefore: 72, refundPercent: 50 }, { hoursBefore: 24, refundPercent: 80 }]).map((i) => i.path), ['steps.1.refundPercent']);
});

test('a changed schedule is compared with the published one at every step', () => {
  assert.equal(worseForBuyers(STEPS, STEPS), null);
  assert.equal(worseForBuyers(STEPS, [{ hoursBefore: 168, refundPercent: 100 }, { hoursBefore: 48, refundPercent: 80 }, { hoursBefore: 12, refundPercent: 50 }]), null, 'longer steps favour buyers');
  assert.equal(worseForBuyers(STEPS, []), null, 'removing the fees favours buyers');
  assert.deepEqual(worseForBuyers(STEPS, [{ hoursBefore: 168, refundPercent: 100 }, { hoursBefore: 72, refundPercent: 70 }, { hoursBefore: 24, refundPercent: 50 }]), { hoursBefore: 72, currentPercent: 80, newPercent: 70 });
  assert.deepEqual(worseForBuyers([], STEPS), { hoursBefore: 72, currentPercent: 100, newPercent: 80 }, 'introducing fees after sales');
  assert.deepEqual(worseForBuyers([{ hoursBefore: 0, refundPercent: 50 }], [{ hoursBefore: 12, refundPercent: 50 }]), { hoursBefore: 0, currentPercent: 50, newPercent: 0 });
});
