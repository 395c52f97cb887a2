import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LoginGuard, PER_USER_GLOBAL, type LoginAttempt, type LoginRefusal, type LoginTicket } from '../../../electron/server/auth/login-guard';

const from = (address: string, knownSource = false): LoginAttempt => ({ username: 'Boss', source: `addr:${address}`, address, knownSource });
const isTicket = (result: LoginTicket | LoginRefusal): result is LoginTicket => !('reason' in result);

function fail(guard: LoginGuard, attempt: LoginAttempt): void {
  const ticket = guard.begin(attempt);
  assert.ok(isTicket(ticket), `refused: ${JSON.stringify(ticket)}`);
  ticket.finish(false);
}

test('the attempt counts before the check, and only one check per username runs at a time', () => {
  const guard = new LoginGuard(() => 0);
  const first = guard.begin(from('10.0.0.9'));
  assert.ok(isTicket(first));
  assert.deepEqual(guard.begin({ ...from('10.0.0.8'), username: 'boss' }), { reason: 'busy', retryAfterMs: 1_000 }, 'the same username, any case, any source');
  assert.ok(isTicket(guard.begin({ ...from('10.0.0.8'), username: 'clerk' })), 'another username is checked meanwhile');
  first.finish(false);
  assert.ok(isTicket(guard.begin(from('10.0.0.8'))));
});

test('wrong PINs lock the username on that source only; a manager unlocks', () => {
  let now = 0;
  const guard = new LoginGuard(() => now);
  for (let i = 0; i < 5; i++) fail(guard, from('10.0.0.9'));
  fail(guard, from('10.0.0.9'));
  const locked = guard.begin(from('10.0.0.9'));
  assert.equal((locked as LoginRefusal).reason, 'locked');
  now += 1;
  assert.ok(isTicket(guard.begin(from('10.0.0.7', true))), 'the real user on their own device is not locked out');
  guard.unlock('boss');
});

test('many sources guessing one username slow it down for new sources, never for the devices it logs in from', () => {
  let now = 0;
  const guard = new LoginGuard(() => now);
  for (let i = 0; i <= PER_USER_GLOBAL.freeAttempts + 5; i++) {
    now += 40_000;
    fail(guard, from(`10.0.1.${i}`));
  }
  now += 10;
  const slowed = guard.begin(from('10.0.2.1'));
  assert.equal((slowed as LoginRefusal).reason, 'slowed');
  assert.ok((slowed as LoginRefusal).retryAfterMs <= PER_USER_GLOBAL.maxLockMs);
  const own = guard.begin(from('10.0.0.7', true));
  assert.ok(isTicket(own), 'a known device is not slowed');
  own.finish(true);
  now += PER_USER_GLOBAL.maxLockMs;
  assert.ok(isTicket(guard.begin(from('10.0.2.1'))), 'a new source waits at most the cap, it is never locked out');
});

test('a success gives back the attempt counted ahead: five typos and a right PIN, again and again, never lock', () => {
  let now = 0;
  const guard = new LoginGuard(() => now);
  for (let round = 0; round < 3; round++) {
    for (let i = 0; i < 5; i++) fail(guard, from('10.0.0.9', true));
    const right = guard.begin(from('10.0.0.9', true));
    assert.ok(isTicket(right), `round ${round}`);
    right.finish(true);
    now += 1_000;
  }
});
