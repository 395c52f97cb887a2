import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chinaWeekday } from '../../../electron/boxoffice/demo/large-demo';

test('a demo session named by a weekday falls on that weekday, China time', () => {
  // 2026-12-04 is a Friday; 23:30 UTC that day is already Saturday in China.
  assert.equal(chinaWeekday(Date.UTC(2026, 11, 4, 12)), '周五');
  assert.equal(chinaWeekday(Date.UTC(2026, 11, 4, 23, 30)), '周六');
  assert.equal(chinaWeekday(Date.UTC(2026, 11, 6, 3)), '周日');
});
