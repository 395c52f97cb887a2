import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { queryAudit } from '../../db/audit';
import { createUser } from '../../electron/server/auth/users';
import { SYSTEM_ACTOR } from '../../electron/server/auth/actor';
import { startTestCore, cookieOf, rawPost, type TestCore } from '../helpers/core-server';

// Every test has its own core: none depends on what another did before it.
async function freshCore(t: TestContext): Promise<TestCore> {
  const core = await startTestCore();
  t.after(() => core.close());
  return core;
}

/** A core with its first manager (boss, 864200) and a clerk (clerk1, 2468), both logged in. */
async function office(t: TestContext): Promise<{ core: TestCore; managerCookie: string; clerkCookie: string }> {
  const core = await freshCore(t);
  const managerCookie = cookieOf((await core.call('setup.createFirstManager', { username: 'boss', displayName: '王芳', secret: '864200' })).setCookie);
  await createUser(core.core.db, { username: 'clerk1', displayName: '李四', role: 'clerk', secret: '2468' }, SYSTEM_ACTOR);
  const clerkCookie = cookieOf((await core.call('auth.login', { username: 'clerk1', secret: '2468' })).setCookie);
  return { core, managerCookie, clerkCookie };
}

test('first run: status says a manager is needed, the first manager is created once and logged in', async (t) => {
  const core = await freshCore(t);
  assert.deepEqual((await core.call('setup.status', {})).json, { needsFirstManager: true });
  // A manager unlocks everything: 4 digits are refused for the first one too, in words, and nothing is created.
  const short = await core.call('setup.createFirstManager', { username: 'boss', displayName: '王芳', secret: '8642' });
  assert.equal(short.status, 400);
  assert.match((short.json as { message: string }).message, /secret: must be a manager's PIN of 6–12 digits/);
  assert.deepEqual((await core.call('setup.status', {})).json, { needsFirstManager: true });
  const [a, b] = await Promise.all([
    core.call('setup.createFirstManager', { username: 'boss', displayName: '王芳', secret: '864200' }),
    core.call('setup.createFirstManager', { username: 'boss2', displayName: '王二', secret: '864200' }),
  ]);
  const statuses = [a.status, b.status].sort();
  assert.deepEqual(statuses, [200, 409], 'exactly one first manager');
  const winner = a.status === 200 ? a : b;
  assert.match(winner.setCookie ?? '', /HttpOnly/i);
  assert.match(winner.setCookie ?? '', /SameSite=Strict/i);
  assert.equal((await core.call('auth.session', {}, cookieOf(winner.setCookie))).status, 200, 'logged in');
  assert.deepEqual((await core.call('setup.status', {})).json, { needsFirstManager: false });
});

test('a session cookie identifies the user; without it the API answers 401 and the refusal is audited', async (t) => {
  const { core, managerCookie } = await office(t);
  const me = await core.call('auth.session', {}, managerCookie);
  assert.equal((me.json as { user: { role: string } }).user.role, 'manager');
  assert.equal((await core.call('auth.session', {})).json, null);

  const refused = await core.call('users.list', {});
  assert.equal(refused.status, 401);
  assert.deepEqual(refused.json, { code: 'UNAUTHENTICATED', message: 'Log in first.' });
  const audit = queryAudit(core.core.db, { action: 'api.refused' });
  assert.ok(audit.some((entry) => entry.target === 'users.list' && entry.detail.reason === 'no_session'));
});

test('a clerk calling a manager procedure gets 403, audited with the role', async (t) => {
  const { core, clerkCookie } = await office(t);
  const refused = await core.call('users.list', {}, clerkCookie);
  assert.equal(refused.status, 403);
  assert.equal((refused.json as { code: string }).code, 'FORBIDDEN');
  assert.ok(queryAudit(core.core.db, { action: 'api.refused', username: 'clerk1' }).some((entry) => entry.detail.reason === 'role_clerk'));
  assert.equal((await core.call('system.info', {}, clerkCookie)).status, 200, 'a clerk may use what clerks may');
});

test('malformed JSON is 400, an oversized body 413, a wrong content type 415, and the server keeps serving', async (t) => {
  const { core } = await office(t);
  const malformed = await core.call('auth.login', '{"username": ', undefined);
  assert.equal(malformed.status, 400);
  assert.equal((malformed.json as { code: string }).code, 'BAD_REQUEST');
  const huge = await rawPost(`${core.url}/api/auth.login`, JSON.stringify({ username: 'x', secret: 'y'.repeat(6 * 1024 * 1024) }));
  assert.equal(huge.status, 413);
  assert.equal((JSON.parse(huge.body) as { code: string }).code, 'PAYLOAD_TOO_LARGE');
  const text = await core.call('auth.login', 'username=x', undefined, { 'content-type': 'application/x-www-form-urlencoded' });
  assert.equal(text.status, 415);
  const health = await fetch(`${core.url}/api/health`);
  assert.equal(health.status, 200);
  assert.equal(((await health.json()) as { ok: boolean }).ok, true);
});

test('invalid input is refused with the field named, and nothing changes', async (t) => {
  const { core, managerCookie } = await office(t);
  const before = (await core.call('users.list', {}, managerCookie)).json as unknown[];
  const result = await core.call('users.create', { username: 'x', displayName: '', role: 'cashier', secret: '12' }, managerCookie);
  assert.equal(result.status, 400);
  const body = result.json as { code: string; details: { issues: { path: string; message: string }[] } };
  assert.equal(body.code, 'VALIDATION');
  assert.deepEqual(body.details.issues.map((issue) => issue.path).sort(), ['displayName', 'role', 'secret', 'username']);
  assert.ok(body.details.issues.some((issue) => issue.message.includes('PIN of 4–12 digits')));
  assert.equal(((await core.call('users.list', {}, managerCookie)).json as unknown[]).length, before.length);
});

test('an unknown procedure is 404 with a stable code', async (t) => {
  const { core, managerCookie } = await office(t);
  const result = await core.call('nothing.here', {}, managerCookie);
  assert.equal(result.status, 404);
  assert.equal((result.json as { code: string }).code, 'UNKNOWN_PROCEDURE');
});

test('cross-site requests and foreign host names are refused before anything runs', async (t) => {
  const { core, managerCookie } = await office(t);
  const crossSite = await core.call('auth.login', { username: 'boss', secret: '864200' }, undefined, { origin: 'http://evil.example' });
  assert.equal(crossSite.status, 403);
  assert.equal((crossSite.json as { code: string }).code, 'FORBIDDEN_ORIGIN');
  const fetchSite = await core.call('auth.session', {}, managerCookie, { 'sec-fetch-site': 'cross-site' });
  assert.equal(fetchSite.status, 403);
  const sameOrigin = await core.call('auth.session', {}, managerCookie, { origin: core.url });
  assert.equal(sameOrigin.status, 200);

  const { request } = await import('node:http');
  const status = await new Promise<number>((resolve, reject) => {
    const req = request(`${core.url}/api/health`, { agent: false, headers: { host: `rebind.evil.example:${core.port}` } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
  assert.equal(status, 403, 'DNS rebinding: a foreign Host is refused');
  assert.ok(queryAudit(core.core.db, { action: 'http.refused' }).some((entry) => entry.detail.reason === 'FORBIDDEN_HOST'));
});

test('failed logins are throttled per user: after 5 failures even the right PIN waits, and it is audited', async (t) => {
  const { core } = await office(t);
  await createUser(core.core.db, { username: 'gate1', displayName: '张三', role: 'gate', secret: '1357' }, SYSTEM_ACTOR);
  for (let i = 0; i < 5; i++) assert.equal((await core.call('auth.login', { username: 'gate1', secret: '0000' })).status, 401);
  const locked = await core.call('auth.login', { username: 'gate1', secret: '0000' });
  assert.equal(locked.status, 401, 'the sixth failure is still counted, then the lock starts');
  const right = await core.call('auth.login', { username: 'gate1', secret: '1357' });
  assert.equal(right.status, 429);
  const body = right.json as { code: string; details: { retryAfterSeconds: number } };
  assert.equal(body.code, 'RATE_LIMITED');
  assert.ok(body.details.retryAfterSeconds > 0 && body.details.retryAfterSeconds <= 30);
  const audit = queryAudit(core.core.db, { action: 'auth.login', username: 'gate1' });
  assert.equal(audit.filter((entry) => entry.detail.reason === 'wrong_secret').length, 6);
  assert.equal(audit.filter((entry) => entry.detail.reason === 'throttled').length, 1);
});

test('an unknown user and a wrong PIN get the same answer', async (t) => {
  const { core } = await office(t);
  const unknown = await core.call('auth.login', { username: 'nobody', secret: '1234' });
  assert.equal(unknown.status, 401);
  assert.equal((unknown.json as { code: string }).code, 'INVALID_CREDENTIALS');
});

test('logout ends the session, is audited, and the old cookie no longer works', async (t) => {
  const { core } = await office(t);
  const login = await core.call('auth.login', { username: 'clerk1', secret: '2468' });
  const cookie = cookieOf(login.setCookie);
  assert.equal((await core.call('auth.logout', {}, cookie)).status, 200);
  assert.equal((await core.call('system.info', {}, cookie)).status, 401);
  assert.ok(queryAudit(core.core.db, { action: 'auth.logout', username: 'clerk1' }).length >= 1);
});

test('a PIN reset by the manager ends every login of that user', async (t) => {
  const { core, managerCookie, clerkCookie } = await office(t);
  const users = (await core.call('users.list', {}, managerCookie)).json as { id: string; username: string }[];
  const clerk = users.find((user) => user.username === 'clerk1');
  assert.ok(clerk);
  assert.equal((await core.call('system.info', {}, clerkCookie)).status, 200);
  assert.equal((await core.call('users.resetSecret', { userId: clerk.id, secret: '97531' }, managerCookie)).status, 200);
  assert.equal((await core.call('system.info', {}, clerkCookie)).status, 401);
  assert.equal((await core.call('auth.login', { username: 'clerk1', secret: '97531' })).status, 200);
});

test('the last active manager cannot be deactivated, nor can a manager deactivate themself', async (t) => {
  const { core, managerCookie } = await office(t);
  const users = (await core.call('users.list', {}, managerCookie)).json as { id: string; role: string }[];
  const manager = users.find((user) => user.role === 'manager');
  assert.ok(manager);
  const result = await core.call('users.setActive', { userId: manager.id, active: false }, managerCookie);
  assert.equal(result.status, 409);
});

test('the event stream needs a login and greets a logged-in window', async (t) => {
  const { core, managerCookie } = await office(t);
  const anonymous = await fetch(`${core.url}/api/events`);
  assert.equal(anonymous.status, 401);
  const controller = new AbortController();
  const response = await fetch(`${core.url}/api/events`, { headers: { cookie: managerCookie }, signal: controller.signal });
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type') ?? '', /text\/event-stream/);
  const reader = response.body?.getReader();
  assert.ok(reader);
  const chunk = (await reader.read()) as { value?: Uint8Array };
  assert.match(new TextDecoder().decode(chunk.value), /event: hello/);
  controller.abort();
});
