import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AdaptiveLimit } from '../../../electron/reporter/sync/adaptive-limit';
import { Connectivity } from '../../../electron/reporter/sync/connectivity';
import { failureCode, isCongestion, isNetworkFailure, retryDelay } from '../../../electron/reporter/sync/failures';
import { tuning } from '../../../electron/reporter/sync/options';
import { RateMeter } from '../../../electron/reporter/sync/rate';
import { startOfChinaDay } from '../../../electron/china-time';
import type { Transient } from '../../../electron/reporter/client/outcome';

const t = tuning({ backoff: { baseMs: 1000, capMs: 60_000, busyFactor: 4 }, manualRetryCapMs: 2000, offlineAfter: 3, probe: { initialMs: 1000, factor: 2, maxMs: 8000 } });
const transient = (extra: Partial<Transient>): Transient => ({ kind: 'transient', reason: 'platform_error', msg: 'x', busy: false, ...extra });

test('backoff: exponential per record, capped, jittered between half and all of it, longer when busy, never before Retry-After', () => {
  const e5000 = transient({ code: '5000' });
  assert.equal(retryDelay(1, e5000, t, () => 0, false), 500);
  assert.equal(retryDelay(1, e5000, t, () => 1, false), 1000);
  assert.equal(retryDelay(4, e5000, t, () => 1, false), 8000);
  assert.equal(retryDelay(30, e5000, t, () => 1, false), 60_000, 'capped');
  assert.equal(retryDelay(2, transient({ reason: 'busy', busy: true, code: '5100' }), t, () => 1, false), 8000, '5100 waits longer');
  assert.equal(retryDelay(1, transient({ reason: 'http_status', httpStatus: 503, retryAfterMs: 30_000 }), t, () => 0, false), 30_000, 'Retry-After honoured');
  assert.equal(retryDelay(10, e5000, t, () => 1, true), 2000, 'a manual sync skips the long waits');
  assert.equal(retryDelay(10, transient({ retryAfterMs: 5000 }), t, () => 1, true), 5000, '…but not the platform’s Retry-After');
});

test('failures are told apart: the link (offline), a struggling platform (fewer requests), and what is stored', () => {
  assert.equal(isNetworkFailure(transient({ reason: 'connection' })), true);
  assert.equal(isNetworkFailure(transient({ reason: 'http_status', httpStatus: 503 })), true);
  assert.equal(isNetworkFailure(transient({ reason: 'http_status', httpStatus: 500 })), false);
  assert.equal(isNetworkFailure({ kind: 'token_expired', code: '4200', msg: '', httpStatus: 200 }), false);
  assert.equal(isCongestion(transient({ reason: 'busy', busy: true })), true);
  assert.equal(isCongestion(transient({ reason: 'timeout' })), true);
  assert.equal(isCongestion(transient({ reason: 'connection' })), false);
  assert.equal(failureCode(transient({ reason: 'http_status', httpStatus: 503 })), 'HTTP 503');
  assert.equal(failureCode(transient({ reason: 'connection' })), 'connection');
  assert.equal(failureCode(transient({ code: '5100' })), '5100');
});

test('adaptive concurrency: +1 per window of successes up to the ceiling, halved on congestion once per cooldown', () => {
  let now = 0;
  const limit = new AdaptiveLimit({ initial: 4, min: 1, max: 8 }, 1000, () => now);
  for (let i = 0; i < 5; i++) limit.success();
  assert.equal(limit.limit, 5);
  for (let i = 0; i < 100; i++) limit.success();
  assert.equal(limit.limit, 8);
  limit.congestion();
  limit.congestion();
  assert.equal(limit.limit, 4, 'a burst of failures counts once');
  now = 1000;
  limit.congestion();
  now = 2000;
  limit.congestion();
  now = 3000;
  limit.congestion();
  assert.equal(limit.limit, 1, 'never below the floor');
});

test('offline after consecutive network failures; probes at a growing interval; the first answer brings it back', () => {
  const c = new Connectivity(t, 0);
  assert.equal(c.unreachable(1), false);
  assert.equal(c.reached(2), false, 'a success in between resets the count');
  c.unreachable(3);
  c.unreachable(4);
  assert.equal(c.unreachable(5), true);
  assert.equal(c.state, 'offline');
  assert.equal(c.nextProbeAt, 1005);
  c.probeFailed(1005);
  assert.equal(c.nextProbeAt, 3005);
  c.probeFailed(3005);
  c.probeFailed(7005);
  c.probeFailed(15_005);
  assert.equal(c.nextProbeAt, 23_005, 'capped at maxMs');
  c.probeSoon(16_000);
  assert.equal(c.nextProbeAt, 16_000);
  assert.equal(c.reached(16_001), true);
  assert.equal(c.state, 'online');
});

test('the rate is records per minute over the window; "today" starts at midnight China time', () => {
  const rate = new RateMeter(60_000);
  rate.add(0, 30);
  rate.add(30_000, 30);
  assert.equal(rate.perMinute(30_000), 60);
  assert.equal(rate.perMinute(70_000), 30);
  assert.equal(startOfChinaDay(Date.UTC(2025, 5, 1, 15, 59)), Date.UTC(2025, 4, 31, 16, 0));
  assert.equal(startOfChinaDay(Date.UTC(2025, 5, 1, 16, 0)), Date.UTC(2025, 5, 1, 16, 0));
});
