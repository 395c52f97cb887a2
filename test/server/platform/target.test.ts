import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startTestCore, cookieOf } from '../../helpers/core-server';

test('with no platform configured the core runs the sandbox on loopback and says so', async () => {
  const core = await startTestCore();
  try {
    const login = await core.call('setup.createFirstManager', { username: 'boss', displayName: '王芳', secret: '864200' });
    const info = (await core.call('system.info', {}, cookieOf(login.setCookie))).json as { sandbox: boolean; platformUrl: string };
    assert.equal(info.sandbox, true);
    assert.match(info.platformUrl, /^http:\/\/127\.0\.0\.1:\d+$/);
    const token = await fetch(`${info.platformUrl}/getAccessToken`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ appId: 'BOXOFFICE-SANDBOX', secret: 'sandbox-secret' }),
    });
    const body = (await token.json()) as { code: string | number; data: { accessToken: string } };
    assert.equal(String(body.code), '200');
    assert.equal(body.data.accessToken.length, 40);
    assert.ok(existsSync(join(core.dir, 'sandbox.db')), 'the sandbox keeps its state beside the database');
  } finally {
    await core.close();
  }
});
