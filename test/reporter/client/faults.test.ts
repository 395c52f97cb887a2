// Every fault the sandbox can inject, as the client classifies it, over real loopback HTTP.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import type { Outcome } from '../../../electron/reporter/client/outcome';
import * as fx from '../../sandbox/helpers/fixtures';
import { startHarness, type Harness } from '../../sandbox/helpers/harness';
import { readyToSell } from '../../sandbox/helpers/scenario';

let h: Harness;
before(async () => {
  h = await startHarness({}, { timeouts: { connectMs: 500, headersMs: 300, bodyMs: 300, totalMs: 2_500 } });
  // Fetch the token first, so each fault below hits the call itself.
  assert.equal((await h.client.tokens.current()).kind, 'success');
});
after(() => h.close());

async function underFault(spec: string): Promise<Outcome<unknown>> {
  h.sandbox.faults.set(spec);
  try {
    return await h.client.performanceTypeList();
  } finally {
    h.sandbox.faults.clear();
  }
}

const summary = (o: Outcome<unknown>): string => (o.kind === 'transient' ? `transient/${o.reason}${o.busy ? '/busy' : ''}${o.code ? `/${o.code}` : ''}` : o.kind);

test('5000 is transient; 5100 transient and busy', async () => {
  assert.equal(summary(await underFault('5000=1')), 'transient/platform_error/5000');
  assert.equal(summary(await underFault('5100=1')), 'transient/busy/busy/5100');
});

test('HTTP 500/502/503/504 without an envelope are transient; 503 carries Retry-After', async () => {
  for (const status of [500, 502, 504]) {
    const o = await underFault(`${status}=1`);
    assert.equal(summary(o), 'transient/http_status', String(status));
    assert.equal(o.kind === 'transient' ? o.httpStatus : 0, status);
  }
  const unavailable = await underFault('503=1');
  assert.equal(unavailable.kind === 'transient' ? unavailable.retryAfterMs : 0, 1000);
});

test('no answer at all is a timeout; a slow answer past the header timeout too', async () => {
  const started = Date.now();
  assert.equal(summary(await underFault('hang=1')), 'transient/timeout');
  // undici runs header and body timeouts on a coarse clock (about a second), the total deadline exactly.
  assert.ok(Date.now() - started < 1_600, 'the header timeout, not the total one, ended it');
  assert.equal(summary(await underFault('slow=1:1800')), 'transient/timeout');
});

test('a slow answer within the timeouts succeeds', async () => {
  assert.equal(summary(await underFault('slow=1:50')), 'success');
});

test('a reset connection and a lost answer are connection failures', async () => {
  assert.equal(summary(await underFault('reset=1')), 'transient/connection');
  assert.equal(summary(await underFault('lost=1')), 'transient/connection');
});

test('a truncated body is malformed', async () => {
  assert.equal(summary(await underFault('garbage=1')), 'transient/malformed');
});

test('an outage window answers 503 with Retry-After until its end', async () => {
  const o = await underFault('outage=now/+30s');
  assert.equal(summary(o), 'transient/http_status');
  assert.ok(o.kind === 'transient' && o.retryAfterMs !== undefined && o.retryAfterMs > 25_000 && o.retryAfterMs <= 30_000);
});

test('a refused connection (nothing listening) is a connection failure', async () => {
  const other = await startHarness();
  const client = other.newClient();
  await other.sandbox.close();
  const o = await client.performanceTypeList();
  await other.close();
  assert.equal(summary(o), 'transient/connection');
});

test('the sandbox counts the faults it injected', () => {
  const faults = h.sandbox.inspect().faults;
  for (const kind of ['5000', '5100', '500', '502', '503', '504', 'hang', 'reset', 'lost', 'garbage', 'outage', 'slow']) assert.ok((faults[kind] ?? 0) >= 1, kind);
});

test('a lost answer was applied: retrying with the same ids is accepted as a duplicate', async () => {
  const { a } = await readyToSell(h.client, 'LOST');
  const sold = fx.order('LOST-O1', a, ['T1', 'T2']);
  h.sandbox.faults.set('lost=1');
  const first = await h.client.reportOrder(sold);
  h.sandbox.faults.clear();
  assert.equal(summary(first), 'transient/connection');
  assert.equal(summary(await h.client.reportOrder(sold)), 'success');
  const order = h.sandbox.inspect().interfaces.order;
  assert.deepEqual([order?.accepted, order?.duplicates, h.sandbox.inspect().state.orders], [1, 1, 1]);
});
