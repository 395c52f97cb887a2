import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coreStateOf, deltaFits } from '../../../renderer/src/sell/sale/compact-map';

test('a delta applies when it is the next of the same feed; an old one is ignored; a gap or a new feed fetches again', () => {
  const have = { feed: 'f1', seq: 4 };
  const changes = [{ ticketId: 't', status: 'sold' as const, heldUntil: null, holder: null }];
  assert.equal(deltaFits(have, { feed: 'f1', seq: 5, changes }), 'apply');
  assert.equal(deltaFits(have, { feed: 'f1', seq: 4, changes }), 'stale');
  assert.equal(deltaFits(have, { feed: 'f1', seq: 6, changes }), 'refetch');
  assert.equal(deltaFits(have, { feed: 'f2', seq: 5, changes }), 'refetch', 'the core restarted');
  assert.equal(deltaFits(have, { feed: 'f1', seq: 5 }), 'refetch', 'a change without seats (tickets generated, a refund)');
  assert.equal(deltaFits(have, {}), 'refetch');
});

test('a changed seat is held by me, held by another window, or in its own status', () => {
  assert.equal(coreStateOf({ ticketId: 't', status: 'available', heldUntil: 10, holder: 'u1' }, 'u1'), 'held_by_me');
  assert.equal(coreStateOf({ ticketId: 't', status: 'available', heldUntil: 10, holder: 'u2' }, 'u1'), 'held');
  assert.equal(coreStateOf({ ticketId: 't', status: 'available', heldUntil: null, holder: null }, 'u1'), 'available');
  assert.equal(coreStateOf({ ticketId: 't', status: 'sold', heldUntil: null, holder: null }, 'u1'), 'sold');
});
