import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startSandbox } from '../../electron/sandbox';
import { expectSuccess, startHarness } from './helpers/harness';

test('inspection as JSON and HTML, with counts per interface, duplicates, rejections and token requests', async () => {
  const h = await startHarness();
  try {
    expectSuccess(await h.client.venueList({ venueName: '剧院' }));
    assert.equal((await h.client.venueSave({ venueCode: '110102001', hallName: '新厅', hasSeat: 1, seatNum: 10 })).kind, 'permanent');
    const json = (await (await fetch(`${h.sandbox.url}/__sandbox/inspect`)).json()) as {
      tokenRequests: { total: number };
      interfaces: Record<string, { calls: number; rejected: number }>;
      rejections: { latest: { interface: string; code: string; msg: string }[] };
    };
    assert.equal(json.tokenRequests.total, 1);
    assert.equal(json.interfaces.venueList?.calls, 1);
    assert.equal(json.interfaces.venueSave?.rejected, 1);
    assert.deepEqual(json.rejections.latest[0], { ...json.rejections.latest[0], interface: 'venueSave', code: '4300' });
    const html = await (await fetch(`${h.sandbox.url}/__sandbox/`)).text();
    assert.match(html, /沙箱模式 SANDBOX/);
    assert.match(html, /演出场所列表/);
    assert.match(html, /managed by another account/);
  } finally {
    await h.close();
  }
});

test('faults can be read, replaced, changed and cleared at run time; a bad spec is a 400 naming the item', async () => {
  const h = await startHarness({ faults: '5000=0.1' });
  try {
    const call = async (method: string, body?: string): Promise<{ status: number; json: { spec?: string; error?: string } }> => {
      const res = await fetch(`${h.sandbox.url}/__sandbox/faults`, { method, ...(body === undefined ? {} : { body }) });
      return { status: res.status, json: (await res.json()) as { spec?: string; error?: string } };
    };
    assert.equal((await call('GET')).json.spec, '5000=0.1');
    assert.equal((await call('PATCH', 'latency=20')).json.spec, '5000=0.1,latency=20');
    assert.equal((await call('PUT', JSON.stringify({ spec: 'reset=1' }))).json.spec, 'reset=1');
    assert.equal(h.sandbox.faults.describe(), 'reset=1');
    const bad = await call('PUT', 'reset=2');
    assert.equal(bad.status, 400);
    assert.match(bad.json.error ?? '', /"reset=2"/);
    assert.equal((await call('DELETE')).json.spec, 'none');
  } finally {
    await h.close();
  }
});

test('forced token expiry over the admin endpoint', async () => {
  const h = await startHarness();
  try {
    expectSuccess(await h.client.performanceTypeList());
    const res = await fetch(`${h.sandbox.url}/__sandbox/expire-tokens`, { method: 'POST' });
    assert.deepEqual(await res.json(), { revoked: 1 });
    expectSuccess(await h.client.performanceTypeList());
    assert.equal(h.sandbox.inspect().tokenRequests.total, 2);
  } finally {
    await h.close();
  }
});

test('admin endpoints are refused when the sandbox listens beyond loopback, unless asked for', async () => {
  const open = await startSandbox({ dataFile: ':memory:', host: '0.0.0.0' });
  const allowed = await startSandbox({ dataFile: ':memory:', host: '0.0.0.0', admin: true });
  try {
    assert.equal(open.adminEnabled, false);
    assert.equal((await fetch(`${open.url}/__sandbox/inspect`)).status, 403);
    assert.equal((await fetch(`${open.url}/__sandbox/faults`, { method: 'PUT', body: 'reset=1' })).status, 403);
    assert.equal(open.faults.describe(), 'none');
    assert.equal((await fetch(`${allowed.url}/__sandbox/inspect`)).status, 200);
  } finally {
    await open.close();
    await allowed.close();
  }
});
