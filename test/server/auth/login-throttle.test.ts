import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LoginThrottle, PER_USER } from '../../../electron/server/auth/login-throttle';

test('free attempts, then doubling locks capped at the maximum', () => {
  const throttle = new LoginThrottle(PER_USER);
  const t0 = 1_000_000;
  for (let i = 0; i < 5; i++) throttle.recordFailure('ann', t0);
  assert.equal(throttle.retryAfter('ann', t0), 0, 'five failures are free');
  throttle.recordFailure('ann', t0);
  assert.equal(throttle.retryAfter('ann', t0), 30_000);
  throttle.recordFailure('ann', t0 + 30_000);
  assert.equal(throttle.retryAfter('ann', t0 + 30_000), 60_000);
  for (let i = 0; i < 20; i++) throttle.recordFailure('ann', t0 + 60_000);
  assert.equal(throttle.retryAfter('ann', t0 + 60_000), 15 * 60_000, 'capped at 15 minutes');
  assert.equal(throttle.retryAfter('bob', t0), 0, 'other keys are untouched');
});

test('a success clears the key; failures older than the window are forgotten', () => {
  const throttle = new LoginThrottle(PER_USER);
  for (let i = 0; i < 6; i++) throttle.recordFailure('ann', 0);
  throttle.recordSuccess('ann');
  assert.equal(throttle.retryAfter('ann', 0), 0);
  for (let i = 0; i < 5; i++) throttle.recordFailure('bob', 0);
  throttle.recordFailure('bob', PER_USER.windowMs + 1);
  assert.equal(throttle.retryAfter('bob', PER_USER.windowMs + 1), 0, 'the old failures no longer count');
});
