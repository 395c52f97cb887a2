import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startDemoCore } from '../../helpers/core-server';
import type { EventMap, SeatGeometry, SeatStatusWire, SessionListItem, SeatFeedPosition } from '../../../electron/server/contract';
import { decodeGeometry } from '../../../electron/server/contract/sessions';
import { seatsOf } from '../../../renderer/src/sell/sale/compact-map';

test('seat changes made while no map is open are still numbered: a map opened later continues the feed', async (t) => {
  const core = await startDemoCore();
  t.after(() => core.close());
  const now = Date.now();
  const sessions = (await core.call('sessions.list', { from: now - 86_400_000, to: now + 30 * 86_400_000 }, core.cookies.clerk)).json as SessionListItem[];
  const seated = sessions.find((s) => s.hasSeat && s.salesState === 'open');
  assert.ok(seated, 'the demo has an open seated session');
  const statusOf = async () => (await core.call('sessions.seatStatus', { sessionId: seated.id }, core.cookies.clerk)).json as SeatStatusWire & SeatFeedPosition;
  const before = await statusOf();
  const geometry = decodeGeometry((await core.call('sessions.seatGeometry', { hallId: before.hallId }, core.cookies.clerk)).json as SeatGeometry);
  const { seats, coreStates } = seatsOf(geometry, before);
  const free = seats.filter((_, i) => coreStates[i] === 'available').map((seat) => seat.ticketId);

  assert.equal(core.core.events.reaches('seats.changed'), false, 'no window is open');
  assert.equal((await core.call('holds.hold', { sessionId: seated.id, ticketIds: free.slice(0, 2) }, core.cookies.clerk)).status, 200);
  const opened = await statusOf();
  assert.equal(opened.feed, before.feed);
  assert.equal(opened.seq, before.seq + 1, 'the unseen hold was numbered');

  const events: EventMap['seats.changed'][] = [];
  core.core.events.subscribe({ role: 'clerk', userId: 'window', send: (name, data) => name === 'seats.changed' && events.push(data as EventMap['seats.changed']) });
  assert.equal(core.core.events.reaches('seats.changed'), true);
  assert.equal((await core.call('holds.hold', { sessionId: seated.id, ticketIds: free.slice(2, 3) }, core.cookies.clerk)).status, 200);
  assert.deepEqual(events.map((e) => [e.feed, e.seq, e.changes?.map((c) => c.ticketId)]), [[opened.feed, opened.seq + 1, free.slice(2, 3)]]);
});
