import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHall, createVenue } from '../../../electron/boxoffice/catalog/venues';
import { deadLetters } from '../../../electron/reporter/sync/dead-letters';
import { drain, syncWorld } from './helpers/world';
import { parseInput } from '../../../electron/boxoffice/parse-input';
import { createHallInput, createVenueInput } from '../../../electron/boxoffice/catalog/schemas';

test('a state refused with 4400 that waits on nothing becomes a dead letter after one attempt, not a retry loop', async () => {
  const w = await syncWorld();
  try {
    // The sandbox's directory already lists this venue (managed by another account): a second registration is refused.
    const venue = createVenue(w.world.manager, parseInput(createVenueInput, { name: '五棵松体育馆', address: '北京市海淀区复兴路69号', provinceId: 110000, cityId: 110100, districtId: 110108, venueType: '体育馆' }));
    createHall(w.world.manager, parseInput(createHallInput, { venueId: venue.id, name: 'HI-ARENA', hasSeat: false, seatingCapacity: 3000 }));
    const worker = w.worker();
    worker.start();
    const result = await drain(worker);
    assert.equal(result.dead, 1);
    const [letter] = deadLetters(w.db);
    assert.equal(letter?.kind, 'venue.save');
    assert.equal(letter.code, '4400');
    assert.match(letter.message, /already in the directory/);
    assert.equal(letter.attempts, 1);
  } finally {
    await w.close();
  }
});
