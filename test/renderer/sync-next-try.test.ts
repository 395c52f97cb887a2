import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nextTrySeconds } from '../../renderer/src/frame/next-try';

test('the countdown to the next try runs on this window’s clock from when the status arrived', () => {
  // The core's clock is an hour ahead of this PC's: only the difference next − at counts.
  const status = { at: 3_600_000 + 10_000, nextTryAt: 3_600_000 + 98_000, state: 'retrying' as const };
  assert.equal(nextTrySeconds(status, 500, 500), 88);
  assert.equal(nextTrySeconds(status, 500, 500 + 2_500), 86, 'rounded up: 85.5 s left still shows 86');
  assert.equal(nextTrySeconds(status, 500, 500 + 100_000), 0, 'due now, never negative');
  assert.equal(nextTrySeconds({ ...status, state: 'offline' }, 500, 500), 88);
});

test('no countdown while online, paused, or when nothing waits for a try', () => {
  assert.equal(nextTrySeconds({ at: 0, nextTryAt: 5_000, state: 'online' }, 0, 0), null);
  assert.equal(nextTrySeconds({ at: 0, nextTryAt: 5_000, state: 'paused' }, 0, 0), null);
  assert.equal(nextTrySeconds({ at: 0, nextTryAt: null, state: 'retrying' }, 0, 0), null);
  assert.equal(nextTrySeconds(null, 0, 0), null);
});
