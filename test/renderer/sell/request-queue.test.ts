import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequestQueue, reloadDelay, RELOAD_AFTER_OWN_MS, RELOAD_DEBOUNCE_MS, RELOAD_MAX_WAIT_MS } from '../../../renderer/src/sell/sale/request-queue';

/** A promise settled from outside, to decide the order in which requests finish. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

test('requests start one after the other in the order asked, whatever order they would finish in', async () => {
  const queue = createRequestQueue();
  const started: string[] = [];
  const first = deferred<string>();
  const a = queue.run(() => {
    started.push('hold');
    return first.promise;
  });
  const b = queue.run(() => {
    started.push('release');
    return Promise.resolve('released');
  });
  await Promise.resolve();
  assert.deepEqual(started, ['hold']);
  first.resolve('held');
  assert.deepEqual(await Promise.all([a, b]), ['held', 'released']);
  assert.deepEqual(started, ['hold', 'release']);
});

test('a failed request reaches its caller and does not stop the next one', async () => {
  const queue = createRequestQueue();
  const failed = queue.run(() => Promise.reject(new Error('SEAT_TAKEN')));
  const next = queue.run(() => Promise.resolve('ok'));
  await assert.rejects(failed, /SEAT_TAKEN/);
  assert.equal(await next, 'ok');
});

test('the queue remembers when this window last changed seats, by its clock', async () => {
  let clock = 1000;
  const queue = createRequestQueue(() => clock);
  assert.equal(queue.lastSettledAt, 0);
  const gate = deferred<undefined>();
  const run = queue.run(() => gate.promise);
  clock = 5000;
  gate.resolve(undefined);
  await run;
  assert.equal(queue.lastSettledAt, 5000);
});

test('a reload waits briefly, longer right after our own change, and never past the longest wait', () => {
  assert.equal(reloadDelay(10_000, 10_000, 0), RELOAD_DEBOUNCE_MS);
  assert.equal(reloadDelay(10_000, 10_000, 9_800), RELOAD_AFTER_OWN_MS);
  assert.equal(reloadDelay(10_000, 10_000 - RELOAD_MAX_WAIT_MS + 100, 9_900), 100);
  assert.equal(reloadDelay(10_000, 0, 9_900), 0);
});
