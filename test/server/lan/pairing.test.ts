import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { queryAudit } from '../../../db/audit';
import { createUser } from '../../../electron/server/auth/users';
import { SYSTEM_ACTOR } from '../../../electron/server/auth/actor';
import { createPairingCode, PAIRING_CODE_TTL_MS } from '../../../electron/server/lan/devices';
import { startTestCore, cookieOf, type TestCore } from '../../helpers/core-server';
import { LanDevice, type Answer } from '../../helpers/lan-device';

// The core serves HTTPS on 127.0.0.1; a device reaches it by a LAN name. The core treats a client naming a host
// other than loopback as a device (as it would on the venue network), so every rule is exercised here.
const NAME = 'box.venue.test';
let core: TestCore;
let manager = '';

const device = () => new LanDevice({ connectTo: '127.0.0.1', port: core.port, hostName: NAME, certPem: core.certificate?.certPem ?? '' });
const code = (answer: Pick<Answer, 'json'>) => (answer.json as { code?: string } | null)?.code;
const count = (table: string) => (core.core.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
const newCode = async (body: object = { kind: 'gate', gateName: '南门', deviceName: '南门 1 号' }) => {
  const answer = await core.call('devices.createPairingCode', body, manager);
  assert.equal(answer.status, 200, JSON.stringify(answer.json));
  return (answer.json as { code: string }).code;
};

before(async () => {
  core = await startTestCore({ https: true, allowedHostNames: [NAME] });
});
after(async () => {
  await core.close();
});

test('first run from a device on the venue network is refused in words and creates no one', async () => {
  const answer = await device().call('setup.createFirstManager', { username: 'boss', displayName: '王芳', secret: '864200' });
  assert.equal(answer.status, 403);
  assert.equal(code(answer), 'LOCAL_ONLY');
  assert.match((answer.json as { message: string }).message, /core's own PC/);
  assert.equal(count('users'), 0);
  assert.equal(count('auth_sessions'), 0);
  // The core's own PC (loopback, plain HTTP) may.
  const local = await core.call('setup.createFirstManager', { username: 'boss', displayName: '王芳', secret: '864200' });
  assert.equal(local.status, 200);
  manager = cookieOf(local.setCookie);
  for (const role of ['clerk', 'gate'] as const) await createUser(core.core.db, { username: role, displayName: role, role, secret: '1357' }, SYSTEM_ACTOR);
});

test('plain HTTP by a LAN name answers only the page sending the device to HTTPS, and no API', async () => {
  const page = await device().get('/', 'http');
  assert.equal(page.status, 200);
  assert.match(page.text, /data-page="use-https"/);
  assert.ok(page.text.includes(`https://${NAME}:${core.port}/`));
  assert.ok(page.text.includes(core.certificate?.fingerprint ?? 'missing'));
  const api = await device().get('/api/health', 'http');
  assert.equal(api.status, 403);
  assert.equal(code(api), 'HTTPS_REQUIRED');
});

test('an unpaired device may not log in; a wrong PIN is never even checked, and nothing is written but the audit', async () => {
  const tablet = device();
  assert.deepEqual((await tablet.call('devices.self', {})).json, { local: false, device: null, revoked: false, fingerprint: core.certificate?.fingerprint });
  const sessions = count('auth_sessions');
  const answer = await tablet.call('auth.login', { username: 'gate', secret: '1357' });
  assert.equal(answer.status, 403);
  assert.equal(code(answer), 'DEVICE_NOT_PAIRED');
  assert.equal(count('auth_sessions'), sessions);
  assert.equal(tablet.cookies.size, 0);
  assert.ok(queryAudit(core.core.db, { action: 'auth.login' }).some((entry) => entry.outcome === 'refused' && entry.detail.reason === 'device_not_paired'));
});

test('a pairing code pairs one device once: its credential is HttpOnly and Secure, and names the gate', async () => {
  const pairing = await newCode();
  assert.match(pairing, /^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  const tablet = device();
  // Typed in lower case without the dash, as people do.
  const paired = await tablet.call('devices.pair', { code: pairing.replace('-', '').toLowerCase() });
  assert.equal(paired.status, 200, JSON.stringify(paired.json));
  assert.deepEqual((paired.json as { kind: string; gateName: string; name: string; lastAddress: string }).gateName, '南门');
  const credential = paired.setCookies.find((line) => line.startsWith('bo_device=')) ?? '';
  assert.match(credential, /HttpOnly/i);
  assert.match(credential, /Secure/i);
  assert.match(credential, /SameSite=Strict/i);
  assert.equal(((await tablet.call('devices.self', {})).json as { device: { name: string } }).device.name, '南门 1 号');

  const devices = count('devices');
  const again = await device().call('devices.pair', { code: pairing });
  assert.equal(again.status, 409);
  assert.equal(code(again), 'PAIRING_CODE_USED');
  assert.equal(count('devices'), devices);

  // A gate tablet is for gate staff: the PIN is still asked per person, and a clerk is refused there.
  const clerk = await tablet.call('auth.login', { username: 'clerk', secret: '1357' });
  assert.equal(code(clerk), 'DEVICE_ROLE');
  const gate = await tablet.call('auth.login', { username: 'gate', secret: '1357' });
  assert.equal(gate.status, 200);
  assert.match(gate.setCookies.join('\n'), /bo_session=.*Secure/i);
  assert.equal((await tablet.call('system.info', {})).status, 200);
});

test('an unknown or expired code is refused in words and pairs nothing', async () => {
  const devices = count('devices');
  const unknown = await device().call('devices.pair', { code: 'ZZZZ-ZZZZ' });
  assert.equal(code(unknown), 'PAIRING_CODE_UNKNOWN');
  const past = Date.now() - PAIRING_CODE_TTL_MS - 1000;
  const expired = createPairingCode(core.core.db, { kind: 'window', gateName: null, deviceName: '二号窗口' }, SYSTEM_ACTOR, past);
  const answer = await device().call('devices.pair', { code: expired.code });
  assert.equal(answer.status, 410);
  assert.equal(code(answer), 'PAIRING_CODE_EXPIRED');
  assert.match((answer.json as { message: string }).message, /expired/);
  assert.equal(count('devices'), devices);
});

test('a login cookie replayed from another device, or from the core PC, is refused', async () => {
  const tablet = device();
  await tablet.call('devices.pair', { code: await newCode() });
  await tablet.call('auth.login', { username: 'gate', secret: '1357' });
  const session = tablet.cookies.get('bo_session') ?? '';
  assert.notEqual(session, '');

  const thief = device();
  await thief.call('devices.pair', { code: await newCode({ kind: 'gate', gateName: '北门', deviceName: '北门' }) });
  thief.cookies.set('bo_session', session);
  const replayed = await thief.call('system.info', {});
  assert.equal(replayed.status, 401);
  assert.match((replayed.json as { message: string }).message, /another device/);

  const unpaired = device();
  unpaired.cookies.set('bo_session', session);
  assert.equal((await unpaired.call('system.info', {})).status, 401);
  assert.equal((await core.call('system.info', {}, `bo_session=${session}`)).status, 401);
  // The manager's login on the core PC is no good on a device either.
  const stolen = device();
  stolen.cookies.set('bo_session', manager.replace(/^bo_session=/, ''));
  assert.equal((await stolen.call('users.list', {})).status, 401);
  // The owner still works.
  assert.equal((await tablet.call('system.info', {})).status, 200);
});

test('a revoked device loses its logins at once and may not log in again; managers see where it was', async () => {
  const tablet = device();
  const paired = (await tablet.call('devices.pair', { code: await newCode({ kind: 'window', deviceName: '三号窗口' }) })).json as { id: string };
  await tablet.call('auth.login', { username: 'clerk', secret: '1357' });
  assert.equal((await tablet.call('system.info', {})).status, 200);

  const listed = (await core.call('devices.list', {}, manager)).json as { network: { https: boolean; fingerprint: string }; devices: { id: string; lastAddress: string; lastSeenAt: number }[] };
  assert.equal(listed.network.https, true);
  assert.equal(listed.network.fingerprint, core.certificate?.fingerprint);
  assert.equal(listed.devices.find((d) => d.id === paired.id)?.lastAddress, '127.0.0.1');

  const events = await tablet.openEvents();
  assert.match(events.first, /event: hello/);
  const listening = core.core.events.size;
  const revoked = await core.call('devices.revoke', { deviceId: paired.id }, manager);
  // Its open event stream ends with the revocation, not at the next heartbeat.
  assert.equal(core.core.events.size, listening - 1);
  await events.ended;
  assert.equal(revoked.status, 200);
  assert.equal((await tablet.call('system.info', {})).status, 401);
  const login = await tablet.call('auth.login', { username: 'clerk', secret: '1357' });
  assert.equal(code(login), 'DEVICE_REVOKED');
  assert.deepEqual(((await tablet.call('devices.self', {})).json as { revoked: boolean }).revoked, true);
  assert.equal(count(`auth_sessions WHERE device_id = '${paired.id}'`), 0);
  assert.equal(code(await core.call('devices.revoke', { deviceId: paired.id }, manager)), 'CONFLICT');
});

test('pairing codes are a manager\'s: a device or a clerk cannot make one', async () => {
  const tablet = device();
  assert.equal((await tablet.call('devices.createPairingCode', { kind: 'window', deviceName: 'x' })).status, 401);
  const clerk = cookieOf((await core.call('auth.login', { username: 'clerk', secret: '1357' })).setCookie);
  assert.equal((await core.call('devices.createPairingCode', { kind: 'window', deviceName: 'x' }, clerk)).status, 403);
  assert.equal(code(await core.call('devices.createPairingCode', { kind: 'gate', deviceName: 'x' }, manager)), 'VALIDATION');
});
