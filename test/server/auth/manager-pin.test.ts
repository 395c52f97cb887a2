import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createUser } from '../../../electron/server/auth/users';
import { SYSTEM_ACTOR } from '../../../electron/server/auth/actor';
import type { SessionInfo } from '../../../electron/server/contract';
import { cookieOf, startTestCore } from '../../helpers/core-server';

test('a manager on a 4-digit PIN is asked at login to change it, and a new one needs 6 digits', async () => {
  const core = await startTestCore();
  try {
    await createUser(core.core.db, { username: 'boss', displayName: '王芳', role: 'manager', secret: '1357' }, SYSTEM_ACTOR);
    const login = await core.call('auth.login', { username: 'boss', secret: '1357' });
    assert.equal((login.json as SessionInfo).mustChangePin, true);
    const cookie = cookieOf(login.setCookie);

    const short = await core.call('auth.changeOwnPin', { current: '1357', next: '2468' }, cookie);
    assert.equal(short.status, 400);
    assert.match((short.json as { message: string }).message, /at least 6 digits/);
    assert.equal((await core.call('auth.changeOwnPin', { current: '0000', next: '246813' }, cookie)).status, 401, 'the current PIN is checked');
    const changed = await core.call('auth.changeOwnPin', { current: '1357', next: '246813' }, cookie);
    assert.equal(changed.status, 200, JSON.stringify(changed.json));
    assert.equal((await core.call('system.info', {}, cookie)).status, 401, 'the old login ended');
    assert.equal((await core.call('system.info', {}, cookieOf(changed.setCookie))).status, 200, 'this window goes on with its new login');
    const again = await core.call('auth.login', { username: 'boss', secret: '246813' });
    assert.equal(again.status, 200);
    assert.equal((again.json as SessionInfo).mustChangePin, undefined);

    const manager = cookieOf(again.setCookie);
    assert.equal((await core.call('users.create', { username: 'deputy', displayName: '副经理', role: 'manager', secret: '2468' }, manager)).status, 400, 'a new manager needs 6 digits');
    assert.equal((await core.call('users.create', { username: 'deputy', displayName: '副经理', role: 'manager', secret: '975310' }, manager)).status, 200);
    assert.equal((await core.call('users.create', { username: 'clerk', displayName: '李四', role: 'clerk', secret: '2468' }, manager)).status, 200, 'clerks keep 4 digits');
  } finally {
    await core.close();
  }
});
