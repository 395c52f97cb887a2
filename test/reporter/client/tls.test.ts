import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { PlatformClient } from '../../../electron/reporter/client/platform-client';
import { TEST_CERT, TEST_KEY } from './tls-fixture';

// A minimal HTTPS platform: a token, then the type list.
async function httpsPlatform(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer({ cert: TEST_CERT, key: TEST_KEY }, (req, res) => {
    req.resume();
    const data = req.url?.startsWith('/getAccessToken') ? { accessToken: 'T'.repeat(40), expiresIn: 3600 } : [{ typeId: 10, typeName: '音乐会', parentTypeId: 0, level: 1 }];
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ code: '200', data, msg: '操作成功', success: true }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `https://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

test('TLS is verified: an untrusted certificate is refused, a given CA is trusted', async () => {
  const platform = await httpsPlatform();
  const untrusting = new PlatformClient({ baseUrl: platform.url, appId: 'a', secret: 's', timeouts: { totalMs: 3000 } });
  const trusting = new PlatformClient({ baseUrl: platform.url, appId: 'a', secret: 's', ca: TEST_CERT, timeouts: { totalMs: 3000 } });
  try {
    const refused = await untrusting.performanceTypeList();
    assert.equal(refused.kind === 'transient' ? refused.reason : refused.kind, 'tls');
    const accepted = await trusting.performanceTypeList();
    assert.equal(accepted.kind, 'success');
  } finally {
    await untrusting.destroy();
    await trusting.destroy();
    await platform.close();
  }
});

test('NODE_TLS_REJECT_UNAUTHORIZED=0 does not turn verification off', async () => {
  const platform = await httpsPlatform();
  const saved = process.env.NODE_TLS_REJECT_UNAUTHORIZED;
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
  const client = new PlatformClient({ baseUrl: platform.url, appId: 'a', secret: 's', timeouts: { totalMs: 3000 } });
  try {
    const outcome = await client.performanceTypeList();
    assert.equal(outcome.kind === 'transient' ? outcome.reason : outcome.kind, 'tls');
  } finally {
    if (saved === undefined) delete process.env.NODE_TLS_REJECT_UNAUTHORIZED;
    else process.env.NODE_TLS_REJECT_UNAUTHORIZED = saved;
    await client.destroy();
    await platform.close();
  }
});
