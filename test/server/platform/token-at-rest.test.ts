import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readSetting } from '../../../db/settings';
import { cookieOf, startTestCore } from '../../helpers/core-server';
import { syncStatusWhen } from '../../helpers/sync-status';
import { FAST_TUNING } from '../../reporter/sync/helpers/world';

test('the platform token the core keeps between runs is encrypted with the database key', async () => {
  const core = await startTestCore({ sync: FAST_TUNING });
  try {
    const manager = cookieOf((await core.call('setup.createFirstManager', { username: 'boss', displayName: '王芳', secret: '864200' })).setCookie);
    const venue = (await core.call('catalog.createVenue', { name: '星海音乐厅', address: '二沙岛晴波路 33 号', provinceId: 440000, cityId: 440100, districtId: 440104 }, manager)).json as { id: string };
    // Registering the venue with its first hall needs a token.
    await core.call('catalog.createHall', { venueId: venue.id, name: '室内乐厅', hasSeat: false, seatingCapacity: 400 }, manager);
    await syncStatusWhen(core, 'the venue registered', (s) => s.kinds['venue.save'].deliveredToday === 1, 5_000);
    const saved = readSetting(core.core.db, 'platform.token') as { token: string; sealed: boolean };
    assert.equal(saved.sealed, true);
    const token = core.core.cipher.decrypt(Buffer.from(saved.token, 'base64'), 'platform_token');
    assert.ok(token.length > 0);
    assert.ok(!saved.token.includes(token), 'the stored value is not the token');
    assert.throws(() => core.core.cipher.decrypt(Buffer.from(saved.token, 'base64'), 'platform_secret'), 'bound to its purpose');
  } finally {
    await core.close();
  }
});
