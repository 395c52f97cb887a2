import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_RESTART_POLICY, RestartTracker } from '../../electron/shell/restart-policy';

test('a core that ran a good while is restarted after the base delay', () => {
  const tracker = new RestartTracker();
  assert.deepEqual(tracker.exited(0, 3_600_000), { delayMs: 1_000, fastFailures: 0, alert: false });
});

test('fast failures back off, doubling to the cap; the third in a row alerts the window once', () => {
  const tracker = new RestartTracker();
  const decisions = Array.from({ length: 8 }, (_, i) => tracker.exited(i * 100_000, i * 100_000 + 2_000));
  assert.deepEqual(decisions.map((d) => d.delayMs), [1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000]);
  assert.deepEqual(decisions.map((d) => d.alert), [false, false, true, false, false, false, false, false]);
});

test('a good run ends the streak: the next fast failure starts over', () => {
  const tracker = new RestartTracker();
  tracker.exited(0, 1_000);
  tracker.exited(0, 1_000);
  assert.equal(tracker.exited(0, DEFAULT_RESTART_POLICY.fastFailureMs).fastFailures, 0);
  assert.deepEqual(tracker.exited(0, 1_000), { delayMs: 1_000, fastFailures: 1, alert: false });
});
