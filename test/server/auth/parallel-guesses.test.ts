import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { createUser } from '../../../electron/server/auth/users';
import { SYSTEM_ACTOR } from '../../../electron/server/auth/actor';
import { queryAudit } from '../../../db/audit';
import { PER_USER } from '../../../electron/server/auth/login-throttle';
import { startTestCore } from '../../helpers/core-server';

/** A POST from a chosen loopback address (Linux answers on all of 127.0.0.0/8): another device, as the core sees it. */
function postFrom(localAddress: string, url: string, body: unknown, cookie?: string): Promise<{ status: number; json: unknown; cookie: string | null }> {
  const text = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', localAddress, agent: false, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...(cookie ? { cookie } : {}) } }, (res) => {
      let answer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (answer += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, json: answer ? (JSON.parse(answer) as unknown) : null, cookie: res.headers['set-cookie']?.[0]?.split(';')[0] ?? null }));
    });
    req.on('error', reject);
    req.end(text);
  });
}

test('300 parallel guesses with the right PIN among them never log in; the real manager on another device still can, and unlocks', async () => {
  const core = await startTestCore();
  try {
    const boss = await createUser(core.core.db, { username: 'boss', displayName: '王芳', role: 'manager', secret: '864213' }, SYSTEM_ACTOR);
    const login = (from: string, secret: string) => postFrom(from, `${core.url}/api/auth.login`, { username: 'boss', secret });
    // The manager's own PC has logged in before.
    assert.equal((await login('127.0.0.2', '864213')).status, 200);

    const guesses = Array.from({ length: 300 }, (_, i) => (i === 150 ? '864213' : String(100_000 + i)));
    const answers = await Promise.all(guesses.map((secret) => login('127.0.0.3', secret)));
    const byStatus = new Map<number, number>();
    for (const answer of answers) byStatus.set(answer.status, (byStatus.get(answer.status) ?? 0) + 1);
    assert.equal(byStatus.get(200) ?? 0, 0, `no guess logged in: ${JSON.stringify([...byStatus])}`);
    assert.ok(answers.every((a) => a.cookie === null), 'no session cookie was handed out');
    const checks = queryAudit(core.core.db, { action: 'auth.login', username: 'boss', outcome: 'refused' }).filter((e) => e.detail.reason === 'wrong_secret');
    assert.ok(checks.length <= PER_USER.freeAttempts + 1, `at most the free attempts and one more were checked (${checks.length})`);

    // The attacker's address goes on until it is locked.
    for (let i = 0; i < 6; i++) await login('127.0.0.3', String(200_000 + i));
    assert.equal((await login('127.0.0.3', '864213')).status, 429, 'locked on the guessing address, even with the right PIN');
    const real = await login('127.0.0.2', '864213');
    assert.equal(real.status, 200, 'the real manager on their own PC is not locked out');

    assert.ok(real.cookie);
    const unlocked = await postFrom('127.0.0.2', `${core.url}/api/users.unlockLogin`, { userId: boss.id }, real.cookie);
    assert.equal(unlocked.status, 200);
    assert.equal((await login('127.0.0.3', '864213')).status, 200, 'unlocked by the manager');
  } finally {
    await core.close();
  }
});
