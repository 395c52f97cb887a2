import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { startSandbox } from '../../electron/sandbox';
import * as fx from './helpers/fixtures';
import { expectSuccess, startHarness, type Harness } from './helpers/harness';

let h: Harness;
before(async () => {
  h = await startHarness({ tokenTtlSeconds: 120 });
});
after(() => h.close());

async function post(path: string, body: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(`${h.sandbox.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

async function token(): Promise<string> {
  const { json } = await post('/getAccessToken', { appId: h.sandbox.appId, secret: h.sandbox.secret });
  return (json.data as { accessToken: string }).accessToken;
}

test('getAccessToken: the envelope of the standard, a 40-character token, the configured lifetime', async () => {
  const { status, json } = await post('/getAccessToken', { appId: h.sandbox.appId, secret: h.sandbox.secret });
  assert.equal(status, 200);
  assert.deepEqual(Object.keys(json), ['code', 'data', 'msg', 'success']);
  assert.equal(json.code, '200');
  assert.equal(json.success, true);
  assert.equal(json.msg, '操作成功');
  const data = json.data as { accessToken: string; expiresIn: number };
  assert.equal(data.accessToken.length, 40);
  assert.equal(data.expiresIn, 120);
});

test('wrong credentials are 4100; a missing field 4000', async () => {
  assert.deepEqual((await post('/getAccessToken', { appId: h.sandbox.appId, secret: 'nope' })).json, {
    code: '4100',
    data: null,
    msg: '认证失败，appId或secret不正确: appId or secret not accepted',
    success: false,
  });
  assert.equal((await post('/getAccessToken', { appId: h.sandbox.appId })).json.msg, '请求参数错误: secret: required');
});

test('every other call needs a live token in the body (4200 otherwise), the type list in the query string', async () => {
  const body = fx.inventory({ performanceId: 'P', sessionId: 'S', sessionCode: `${fx.SEEDED_HALL}2612240001` });
  assert.equal((await post('/report/inventory', body)).json.code, '4200');
  assert.equal((await post('/report/inventory', { ...body, accessToken: 'X'.repeat(40) })).json.code, '4200');
  const live = await token();
  assert.equal((await post('/report/inventory', { ...body, accessToken: live })).json.code, '4400');
  const get = await fetch(`${h.sandbox.url}/standard/performance/type/list?accessToken=${live}`);
  assert.equal(((await get.json()) as { code: string }).code, '200');
  const noToken = await fetch(`${h.sandbox.url}/standard/performance/type/list`);
  assert.equal(((await noToken.json()) as { code: string }).code, '4200');
});

test('the token check comes before validation; validation names every broken field', async () => {
  const live = await token();
  const { json } = await post('/report/order', { accessToken: live, orderId: 'x'.repeat(101), ticketOrderList: [] });
  assert.equal(json.code, '4000');
  assert.match(String(json.msg), /^请求参数错误: orderId: at most 100 characters; orderTime: required;/);
});

test('wrong method 405, unknown path 404, unparsable body 4000; each recorded as a rejection', async () => {
  const get = await fetch(`${h.sandbox.url}/report/order`);
  assert.equal(get.status, 405);
  assert.equal(get.headers.get('allow'), 'POST');
  assert.equal(((await get.json()) as { code: string }).code, '4000');
  const missing = await post('/report/nothing', {});
  assert.equal(missing.status, 404);
  assert.equal(missing.json.code, '4000');
  assert.equal((await post('/report/order', '{"accessToken":')).json.msg, '请求参数错误: body: not valid JSON');
  assert.equal((await post('/report/order', '[1]')).json.msg, '请求参数错误: body: must be a JSON object');
  const latest = h.sandbox.inspect().rejections.latest.map((r) => r.msg);
  assert.ok(latest.includes('body: must be a JSON object'));
  assert.ok(latest.includes('no interface at /report/nothing'));
});

test('tokens expire after their lifetime on the platform clock', async () => {
  let now = Date.UTC(2026, 10, 28, 12, 0, 0);
  const sandbox = await startSandbox({ dataFile: ':memory:', tokenTtlSeconds: 60, now: () => now });
  try {
    const res = await fetch(`${sandbox.url}/getAccessToken`, { method: 'POST', body: JSON.stringify({ appId: sandbox.appId, secret: sandbox.secret }) });
    const live = ((await res.json()) as { data: { accessToken: string } }).data.accessToken;
    const list = async (): Promise<string> => ((await (await fetch(`${sandbox.url}/standard/performance/type/list?accessToken=${live}`)).json()) as { code: string }).code;
    assert.equal(await list(), '200');
    now += 61_000;
    assert.equal(await list(), '4200');
  } finally {
    await sandbox.close();
  }
});

test('a daily token cap, when set, answers 5100 beyond it', async () => {
  const sandbox = await startSandbox({ dataFile: ':memory:', tokenDailyCap: 2 });
  try {
    const ask = async (): Promise<string> =>
      ((await (await fetch(`${sandbox.url}/getAccessToken`, { method: 'POST', body: JSON.stringify({ appId: sandbox.appId, secret: sandbox.secret }) })).json()) as { code: string }).code;
    assert.deepEqual([await ask(), await ask(), await ask()], ['200', '200', '5100']);
  } finally {
    await sandbox.close();
  }
});

test('state survives a restart: orders stay known, the same token still works', async () => {
  const first = await startHarness();
  const place = await (async () => {
    const codes = expectSuccess(await first.client.performanceCode(fx.performance('PR', [fx.session('PR-S1')])));
    return { performanceId: 'PR', sessionId: 'PR-S1', sessionCode: codes['PR-S1'] ?? '' };
  })();
  expectSuccess(await first.client.reportOrder(fx.order('PR-O1', place, ['T1'])));
  const live = await first.client.tokens.current();
  assert.equal(live.kind, 'success');
  await first.sandbox.close();
  const again = await startHarness({ dataFile: first.dataFile, port: 0 });
  try {
    const client = again.newClient({ token: { initial: { token: live.token, expiresAt: Date.now() + 600_000 } } });
    expectSuccess(await client.reportOrder(fx.order('PR-O1', place, ['T1'])));
    const counts = again.sandbox.inspect();
    assert.equal(counts.interfaces.order?.duplicates, 1);
    assert.equal(counts.tokenRequests.issued, 1, 'the restarted platform accepted the saved token');
    assert.equal(client.tokens.stats.tokenRequests, 0);
  } finally {
    await again.close();
    await first.close();
  }
});

test('a port already in use is a clear error, and the data file is released', async () => {
  await assert.rejects(startSandbox({ dataFile: ':memory:', port: h.sandbox.port }), /EADDRINUSE/);
});
