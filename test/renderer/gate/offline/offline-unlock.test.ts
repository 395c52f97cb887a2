import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FREE_GUESSES, OFFLINE_UNLOCK_KEY, OfflineUnlock, VERIFIER_TTL_MS } from '../../../../renderer/src/gate/offline/offline-unlock';

class MapStore {
  readonly values = new Map<string, string>();
  getItem(key: string) {
    return this.values.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.values.set(key, value);
  }
}

// Few iterations keep the test fast; the device uses PBKDF2_ITERATIONS.
const device = (store = new MapStore(), clock = { now: 1_000_000 }) => ({ store, clock, unlock: new OfflineUnlock(store, () => clock.now, 1000) });
const gate = { userId: 'usr_gate', username: 'gate', displayName: '检票员' };

test('only a user who logged in online here unlocks offline, with the same PIN; the PIN itself is never stored', async () => {
  const { store, unlock } = device();
  assert.equal(unlock.available(), false);
  assert.equal((await unlock.unlock('gate', '333333')).kind, 'refused', 'nobody logged in online here yet');
  await unlock.remember(gate, '333333');
  assert.equal(unlock.available(), true);
  assert.ok(!(store.getItem(OFFLINE_UNLOCK_KEY) ?? '').includes('333333'));
  assert.deepEqual(await unlock.unlock('gate', '333333'), { kind: 'unlocked', user: gate });
  assert.equal((await unlock.unlock('gate', '333334')).kind, 'refused');
  assert.equal((await unlock.unlock('clerk', '333333')).kind, 'refused', 'another user, even with that PIN');
});

test('a verifier lapses a day after its online login, and leaves the device', async () => {
  const { store, clock, unlock } = device();
  await unlock.remember(gate, '333333');
  clock.now += VERIFIER_TTL_MS - 1;
  assert.equal((await unlock.unlock('gate', '333333')).kind, 'unlocked');
  clock.now += 1;
  assert.equal(unlock.available(), false);
  assert.equal((await unlock.unlock('gate', '333333')).kind, 'refused');
  assert.deepEqual((JSON.parse(store.getItem(OFFLINE_UNLOCK_KEY) ?? '{}') as { verifiers: unknown[] }).verifiers, []);
});

test('guesses are throttled on the device: after the free ones each wrong PIN waits longer, across restarts; the right PIN clears the count', async () => {
  const { store, clock, unlock } = device();
  await unlock.remember(gate, '333333');
  for (let i = 1; i < FREE_GUESSES; i++) assert.deepEqual(await unlock.unlock('gate', '000000'), { kind: 'refused', guessesLeft: FREE_GUESSES - i, waitUntil: 0 });
  const last = await unlock.unlock('gate', '000000');
  assert.deepEqual(last, { kind: 'refused', guessesLeft: 0, waitUntil: clock.now + 30_000 });
  // A restart (a new page on the same storage) still waits, even for the right PIN.
  const restarted = new OfflineUnlock(store, () => clock.now, 1000);
  assert.deepEqual(await restarted.unlock('gate', '333333'), { kind: 'wait', waitUntil: clock.now + 30_000 });
  clock.now += 30_000;
  assert.deepEqual(await restarted.unlock('gate', '000000'), { kind: 'refused', guessesLeft: 0, waitUntil: clock.now + 60_000 }, 'the wait doubles');
  clock.now += 60_000;
  assert.equal((await restarted.unlock('gate', '333333')).kind, 'unlocked');
  assert.deepEqual(await restarted.unlock('gate', '000000'), { kind: 'refused', guessesLeft: FREE_GUESSES - 1, waitUntil: 0 }, 'the count starts again');
});
