import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkSchedule, toDrafts } from '../../../renderer/src/manage/large/schedule-draft';

describe('the refund schedule as typed', () => {
  it('sends a valid schedule as numbers', () => {
    const check = checkSchedule(toDrafts([{ hoursBefore: 168, refundPercent: 100 }, { hoursBefore: 72, refundPercent: 80 }, { hoursBefore: 24, refundPercent: 50 }]));
    assert.deepEqual(check.steps, [{ hoursBefore: 168, refundPercent: 100 }, { hoursBefore: 72, refundPercent: 80 }, { hoursBefore: 24, refundPercent: 50 }]);
    assert.ok(check.problems.every((p) => p.hours === undefined && p.percent === undefined));
  });

  it('an empty schedule means no fee', () => {
    assert.deepEqual(checkSchedule([]).steps, []);
  });

  it('says which field is not a whole number in range', () => {
    const check = checkSchedule([{ hours: '7.5', percent: '100' }, { hours: '24', percent: '120' }, { hours: '', percent: '' }]);
    assert.equal(check.steps, null);
    assert.deepEqual(check.problems, [{ hours: 'hours' }, { percent: 'percent' }, { hours: 'hours', percent: 'percent' }]);
  });

  it('refuses a refund that grows as the show approaches, on the later step, in any typed order', () => {
    const check = checkSchedule([{ hours: '24', percent: '90' }, { hours: '168', percent: '80' }]);
    assert.equal(check.steps, null);
    assert.deepEqual(check.problems, [{ percent: 'grows' }, {}]);
  });

  it('refuses two steps at the same hour', () => {
    const check = checkSchedule([{ hours: '72', percent: '80' }, { hours: '72', percent: '50' }]);
    assert.equal(check.steps, null);
    assert.equal(check.problems[1]?.hours, 'sameHours');
  });
});
