import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startDemoCore, type TestCore } from '../../helpers/core-server';
import type { NamedHoldView, SeatMapSeat, SessionListItem, UserSummary } from '../../../electron/server/contract';

let core: TestCore & { cookies: Record<'manager' | 'clerk' | 'gate', string> };
let seated: SessionListItem;

before(async () => {
  core = await startDemoCore();
  const now = Date.now();
  const sessions = (await core.call('sessions.list', { from: now - 86_400_000, to: now + 30 * 86_400_000 }, core.cookies.clerk)).json as SessionListItem[];
  const found = sessions.find((s) => s.hasSeat && s.salesState === 'open');
  assert.ok(found, 'the demo has an open seated session');
  seated = found;
});
after(async () => {
  await core.close();
});

test('named holds over the API: a manager creates one naming a clerk; that clerk holds and releases; roles are enforced', async () => {
  const users = (await core.call('users.list', {}, core.cookies.manager)).json as UserSummary[];
  const clerk = users.find((u) => u.role === 'clerk');
  assert.ok(clerk);
  assert.equal((await core.call('namedHolds.create', { sessionId: seated.id, name: '媒体' }, core.cookies.clerk)).status, 403);
  assert.equal((await core.call('namedHolds.list', { sessionId: seated.id }, core.cookies.gate)).status, 403);
  const created = await core.call('namedHolds.create', { sessionId: seated.id, name: '媒体', userIds: [clerk.id], releaseMinutesBeforeStart: 30 }, core.cookies.manager);
  assert.equal(created.status, 200);
  const hold = created.json as NamedHoldView;
  assert.equal(hold.releaseAt, seated.startsAt - 30 * 60_000);

  const map = (await core.call('sessions.seatMap', { sessionId: seated.id }, core.cookies.clerk)).json as { seats: SeatMapSeat[] };
  const free = map.seats.filter((s) => s.state === 'available').slice(0, 2).map((s) => s.ticketId);
  const held = (await core.call('namedHolds.hold', { holdId: hold.id, ticketIds: free }, core.cookies.clerk)).json as NamedHoldView;
  assert.deepEqual(held.ticketIds, free);
  const listed = (await core.call('namedHolds.list', { sessionId: seated.id }, core.cookies.clerk)).json as NamedHoldView[];
  assert.deepEqual(listed.map((h) => [h.name, h.ticketIds.length, h.mayUse]), [['媒体', 2, true]]);
  const released = (await core.call('namedHolds.release', { holdId: hold.id }, core.cookies.clerk)).json as { released: number };
  assert.equal(released.released, 2);
  const bad = await core.call('namedHolds.create', { sessionId: seated.id, name: ' ' }, core.cookies.manager);
  assert.deepEqual([bad.status, (bad.json as { code: string }).code], [400, 'VALIDATION']);
});
