import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createUser } from '../../electron/server/auth/users';
import { SYSTEM_ACTOR } from '../../electron/server/auth/actor';
import { startTestCore } from '../helpers/core-server';

test('one address trying many usernames is locked out, even for a right PIN', async () => {
  const core = await startTestCore();
  try {
    await createUser(core.core.db, { username: 'ann', displayName: 'Ann', role: 'clerk', secret: '2468' }, SYSTEM_ACTOR);
    for (let i = 0; i < 20; i++) assert.equal((await core.call('auth.login', { username: `guess${i}`, secret: '0000' })).status, 401);
    assert.equal((await core.call('auth.login', { username: 'ann', secret: '2468' })).status, 200, '20 failures are still allowed');
    await core.call('auth.login', { username: 'guess-more', secret: '0000' });
    const locked = await core.call('auth.login', { username: 'ann', secret: '2468' });
    assert.equal(locked.status, 429);
  } finally {
    await core.close();
  }
});
