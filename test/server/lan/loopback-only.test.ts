import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startTestCore, cookieOf, type TestCore } from '../../helpers/core-server';

// A core bound to loopback (the default) serves only its own PC: plain HTTP, no certificate, nothing to pair.
let core: TestCore;
before(async () => {
  core = await startTestCore();
});
after(async () => {
  await core.close();
});

test('a loopback-only core has no certificate; its one PC is local and pairing codes are refused in words', async () => {
  assert.equal(core.certificate, null);
  assert.deepEqual((await core.call('devices.self', {})).json, { local: true, device: null, revoked: false, fingerprint: null });
  const manager = cookieOf((await core.call('setup.createFirstManager', { username: 'boss', displayName: '王芳', secret: '864200' })).setCookie);
  assert.deepEqual(((await core.call('devices.list', {}, manager)).json as { network: unknown }).network, { https: false, fingerprint: null, urls: [] });
  const refused = await core.call('devices.createPairingCode', { kind: 'window', deviceName: '二号窗口' }, manager);
  assert.equal(refused.status, 409);
  assert.deepEqual((refused.json as { code: string }).code, 'NOT_ON_NETWORK');
  assert.match((refused.json as { message: string }).message, /--host 0\.0\.0\.0/);
  assert.equal((core.core.db.prepare('SELECT count(*) AS n FROM pairing_codes').get() as { n: number }).n, 0);
});
