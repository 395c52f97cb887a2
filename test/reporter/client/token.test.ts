import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { RequestLogEntry } from '../../../electron/reporter/client/transport';
import { expectSuccess, startHarness } from '../../sandbox/helpers/harness';

test('one token serves many calls: never a token per request', async () => {
  const h = await startHarness();
  try {
    for (let i = 0; i < 5; i++) expectSuccess(await h.client.venueList({ pageSize: 1 }));
    await Promise.all(Array.from({ length: 20 }, () => h.client.performanceTypeList()));
    assert.equal(h.client.tokens.stats.tokenRequests, 1);
    assert.equal(h.sandbox.inspect().tokenRequests.total, 1);
  } finally {
    await h.close();
  }
});

test('50 parallel requests on an expired token: exactly one token request, every request succeeds after one retry', async () => {
  const h = await startHarness();
  try {
    expectSuccess(await h.client.performanceTypeList());
    assert.equal(h.sandbox.inspect().tokenRequests.total, 1);
    h.sandbox.faults.expireTokensNow();
    const outcomes = await Promise.all(Array.from({ length: 50 }, () => h.client.performanceTypeList()));
    assert.deepEqual(new Set(outcomes.map((o) => o.kind)), new Set(['success']));
    assert.equal(h.client.tokens.stats.tokenRequests, 2);
    const seen = h.sandbox.inspect();
    assert.equal(seen.tokenRequests.total, 2, 'one at the start, one for the whole burst');
    assert.equal(seen.interfaces.performanceTypeList?.codes['4200'], 50);
    assert.equal(seen.interfaces.performanceTypeList.codes['200'], 51);
  } finally {
    await h.close();
  }
});

test('50 parallel first requests share the first token request', async () => {
  const h = await startHarness();
  try {
    const outcomes = await Promise.all(Array.from({ length: 50 }, () => h.client.performanceTypeList()));
    assert.ok(outcomes.every((o) => o.kind === 'success'));
    assert.equal(h.sandbox.inspect().tokenRequests.total, 1);
  } finally {
    await h.close();
  }
});

test('forced expiry every N calls (expire-every) is absorbed by one refresh and one retry each time', async () => {
  const h = await startHarness({ faults: 'expire-every=5' });
  try {
    for (let i = 0; i < 12; i++) expectSuccess(await h.client.venueList({ pageSize: 1 }));
    assert.ok(h.client.tokens.stats.tokenRequests >= 3);
  } finally {
    await h.close();
  }
});

test('the token is renewed shortly before expiresIn, on the client clock', async () => {
  let now = Date.now();
  const h = await startHarness({ tokenTtlSeconds: 100 }, { token: { refreshMarginMs: 60_000, now: () => now } });
  try {
    expectSuccess(await h.client.performanceTypeList());
    now += 89_000;
    expectSuccess(await h.client.performanceTypeList());
    assert.equal(h.client.tokens.stats.tokenRequests, 1, 'still inside the lifetime minus a tenth of it');
    now += 2_000;
    expectSuccess(await h.client.performanceTypeList());
    assert.equal(h.client.tokens.stats.tokenRequests, 2, 'renewed within the last tenth of its lifetime, before the platform expires it');
    assert.equal(h.sandbox.inspect().interfaces.performanceTypeList?.codes['4200'], undefined);
  } finally {
    await h.close();
  }
});

test('refused credentials (4100) stop token requests until new credentials are set', async () => {
  const h = await startHarness({}, { secret: 'wrong' });
  try {
    const first = await h.client.performanceTypeList();
    assert.equal(first.kind, 'credentials_refused');
    assert.equal((await h.client.reportOrder({} as never)).kind, 'refused_locally', 'a broken body is still refused locally');
    for (let i = 0; i < 3; i++) assert.equal((await h.client.venueList({})).kind, 'credentials_refused');
    assert.equal(h.sandbox.inspect().tokenRequests.total, 1);
    assert.ok(h.client.tokens.stats.credentialsRefused);
    h.client.setCredentials(h.sandbox.appId, h.sandbox.secret);
    expectSuccess(await h.client.performanceTypeList());
    assert.equal(h.sandbox.inspect().tokenRequests.issued, 1);
  } finally {
    await h.close();
  }
});

test('credentials that break the schema are refused before sending, as a credentials problem', async () => {
  const h = await startHarness({}, { appId: 'x'.repeat(33) });
  try {
    const o = await h.client.performanceTypeList();
    assert.equal(o.kind, 'credentials_refused');
    assert.match(o.msg, /appId: at most 32 characters/);
    assert.equal(h.sandbox.inspect().tokenRequests.total, 0);
  } finally {
    await h.close();
  }
});

test('the request log never shows the secret or a token, in bodies, paths or answers', async () => {
  const lines: RequestLogEntry[] = [];
  const h = await startHarness({ faults: 'expire-every=3' }, { onRequestLog: (entry) => lines.push(entry) });
  try {
    for (let i = 0; i < 4; i++) expectSuccess(await h.client.performanceTypeList());
    const live = await h.client.tokens.current();
    const token = live.kind === 'success' ? live.token : 'missing';
    const text = JSON.stringify(lines);
    assert.ok(lines.some((l) => l.interface === 'getAccessToken'));
    assert.ok(lines.some((l) => l.code === '4200'));
    assert.ok(!text.includes(h.sandbox.secret), 'secret leaked');
    assert.ok(!text.includes(token), 'token leaked');
    assert.ok(text.includes('[redacted]'));
    assert.ok(lines.every((l) => typeof l.durationMs === 'number' && l.method.length > 0));
  } finally {
    await h.close();
  }
});
