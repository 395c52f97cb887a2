import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cookieOf, startTestCore } from '../../helpers/core-server';
import { syncStatusWhen } from '../../helpers/sync-status';
import { FAST_TUNING } from '../../reporter/sync/helpers/world';

const HOUR = 3_600_000;

test('a write through the API wakes the sync worker at once, without waiting for its poll', async () => {
  // Poll and idle rescan an hour apart: only the write itself can make the worker look at the queue.
  const core = await startTestCore({ sync: { ...FAST_TUNING, wakePollMs: HOUR, idleRescanMs: HOUR } });
  try {
    const manager = cookieOf((await core.call('setup.createFirstManager', { username: 'boss', displayName: '王芳', secret: '864200' })).setCookie);
    const venue = await core.call('catalog.createVenue', { name: '星海音乐厅', address: '二沙岛晴波路 33 号', provinceId: 440000, cityId: 440100, districtId: 440104 }, manager);
    assert.equal(venue.status, 200, JSON.stringify(venue.json));
    // The venue is registered (venue/save) with its first hall; an unseated hall is reported at once.
    const hall = await core.call('catalog.createHall', { venueId: (venue.json as { id: string }).id, name: '室内乐厅', hasSeat: false, seatingCapacity: 400 }, manager);
    assert.equal(hall.status, 200, JSON.stringify(hall.json));
    const status = await syncStatusWhen(core, 'the venue registered', (s) => s.kinds['venue.save'].deliveredToday === 1, 5_000);
    assert.equal(status.totals.pending, 0);
  } finally {
    await core.close();
  }
});
