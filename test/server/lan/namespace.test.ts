import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { listDevices } from '../../../db/devices';
import { createUser } from '../../../electron/server/auth/users';
import { SYSTEM_ACTOR } from '../../../electron/server/auth/actor';
import { createPairingCode } from '../../../electron/server/lan/devices';
import { certificateFilesFor } from '../../../electron/server/lan/certificate';
import { startTestCore, type TestCore } from '../../helpers/core-server';

// A real LAN client: a network namespace joined to this one by a veth pair, so the device has an address of its own
// (not loopback) and the core sees it as the venue network would. Needs root (CI runs as root).
const isRoot = process.getuid?.() === 0;
const hasIp = spawnSync('ip', ['-V'], { stdio: 'ignore' }).status === 0;
const skip = !isRoot ? 'needs root to create a network namespace (ip netns); run as root, as CI does' : !hasIp ? 'needs the ip command (iproute2) to create a network namespace' : false;
if (skip) console.log(`namespace tests skipped: ${skip}`);
const n = process.pid % 250;
const NS = `lanns${process.pid}`;
const [HOST_IF, DEVICE_IF] = [`lanh${process.pid}`.slice(0, 15), `land${process.pid}`.slice(0, 15)];
const [CORE_IP, DEVICE_IP] = [`10.214.${n}.1`, `10.214.${n}.2`];
const ip = (...args: string[]) => execFileSync('ip', args, { stdio: 'pipe' });
let core: TestCore | undefined;
const running = (): TestCore => core ?? assert.fail('the core did not start');

/** Runs the device's requests inside the namespace; one parsed answer per step. */
type DeviceAnswer = { status: number; json: { code?: string; message?: string } & Record<string, unknown>; page: string };

async function fromDevice<T extends DeviceAnswer[]>(steps: object[]): Promise<T> {
  const script = join(import.meta.dirname, 'namespace-client.ts');
  const child = spawn('ip', ['netns', 'exec', NS, process.execPath, '--import', 'tsx', script, CORE_IP, String(running().port), certificateFilesFor(running().dbFile).cert, JSON.stringify(steps)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  assert.equal(code, 0, err);
  return out
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as DeviceAnswer) as T;
}

before(async () => {
  if (skip) return;
  ip('netns', 'add', NS);
  ip('link', 'add', HOST_IF, 'type', 'veth', 'peer', 'name', DEVICE_IF);
  ip('link', 'set', DEVICE_IF, 'netns', NS);
  ip('addr', 'add', `${CORE_IP}/24`, 'dev', HOST_IF);
  ip('link', 'set', HOST_IF, 'up');
  ip('netns', 'exec', NS, 'ip', 'addr', 'add', `${DEVICE_IP}/24`, 'dev', DEVICE_IF);
  ip('netns', 'exec', NS, 'ip', 'link', 'set', DEVICE_IF, 'up');
  ip('netns', 'exec', NS, 'ip', 'link', 'set', 'lo', 'up');
  // Bound to the LAN address only: HTTPS with the core's certificate, which names that address.
  core = await startTestCore({ host: CORE_IP });
});

after(async () => {
  await core?.close();
  if (skip) return;
  // Deleting the namespace removes both ends of the veth pair; the host end is removed too if setup stopped halfway.
  for (const undo of [() => ip('netns', 'del', NS), () => ip('link', 'del', HOST_IF)]) {
    try {
      undo();
    } catch {
      // already gone
    }
  }
});

test('a device with its own LAN address: plain HTTP sends it to HTTPS; first run and an unpaired login are refused', { skip }, async () => {
  assert.equal(running().lanUrls[0], `https://${CORE_IP}:${running().port}/`);
  const [page, self, firstRun] = await fromDevice<[DeviceAnswer, DeviceAnswer, DeviceAnswer]>([{ get: '/', scheme: 'http' }, { call: 'devices.self' }, { call: 'setup.createFirstManager', body: { username: 'boss', displayName: '王芳', secret: '864200' } }]);
  assert.equal(page.status, 200);
  assert.match(page.page, /请使用 HTTPS 地址/);
  assert.ok(page.page.includes(`https://${CORE_IP}:${running().port}/`));
  assert.equal(self.json.local, false);
  assert.equal(firstRun.json.code, 'LOCAL_ONLY');
  assert.equal((running().core.db.prepare('SELECT count(*) AS n FROM users').get() as { n: number }).n, 0);

  await createUser(running().core.db, { username: 'gate', displayName: '检票', role: 'gate', secret: '1357' }, SYSTEM_ACTOR);
  const [login] = await fromDevice<[DeviceAnswer]>([{ call: 'auth.login', body: { username: 'gate', secret: '1357' } }]);
  assert.equal(login.status, 403);
  assert.equal(login.json.code, 'DEVICE_NOT_PAIRED');
});

test('paired by a code, the device logs in and is listed with its own address', { skip }, async () => {
  const db = running().core.db;
  const { code } = createPairingCode(db, { kind: 'gate', gateName: '东门', deviceName: '东门平板' }, SYSTEM_ACTOR, Date.now());
  const [paired, login, info, again] = await fromDevice<[DeviceAnswer, DeviceAnswer, DeviceAnswer, DeviceAnswer]>([
    { call: 'devices.pair', body: { code } },
    { call: 'auth.login', body: { username: 'gate', secret: '1357' } },
    { call: 'system.info' },
    { call: 'devices.pair', body: { code } },
  ]);
  assert.equal(paired.status, 200, JSON.stringify(paired.json));
  assert.equal(login.status, 200, JSON.stringify(login.json));
  assert.equal(info.status, 200);
  assert.equal(again.json.code, 'PAIRING_CODE_USED');
  assert.deepEqual(
    listDevices(db).map((d) => ({ name: d.name, gate: d.gateName, address: d.lastAddress })),
    [{ name: '东门平板', gate: '东门', address: DEVICE_IP }],
  );
});
