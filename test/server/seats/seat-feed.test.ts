import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startDemoCore, type TestCore } from '../../helpers/core-server';
import type { EventMap, SeatGeometry, SeatMapSeat, SeatStatusWire, SessionListItem, SeatFeedPosition } from '../../../electron/server/contract';
import { decodeGeometry } from '../../../electron/server/contract/sessions';
import { seatsOf } from '../../../renderer/src/sell/sale/compact-map';

let core: TestCore & { cookies: Record<'manager' | 'clerk' | 'gate', string> };
let seated: SessionListItem;
const events: EventMap['seats.changed'][] = [];

before(async () => {
  core = await startDemoCore();
  const now = Date.now();
  const sessions = (await core.call('sessions.list', { from: now - 86_400_000, to: now + 30 * 86_400_000 }, core.cookies.clerk)).json as SessionListItem[];
  const found = sessions.find((s) => s.hasSeat && s.salesState === 'open');
  assert.ok(found, 'the demo has an open seated session');
  seated = found;
  core.core.events.subscribe({ role: 'clerk', userId: 'test', send: (name, data) => name === 'seats.changed' && events.push(data as EventMap['seats.changed']) });
});
after(async () => {
  await core.close();
});

type Status = SeatStatusWire & SeatFeedPosition & { session: SessionListItem };
const statusOf = async (cookie: string) => (await core.call('sessions.seatStatus', { sessionId: seated.id }, cookie)).json as Status;

test('the compact map (geometry + status) says what the plain seat map says, seat for seat', async () => {
  const status = await statusOf(core.cookies.clerk);
  const geometry = (await core.call('sessions.seatGeometry', { hallId: status.hallId }, core.cookies.clerk)).json as SeatGeometry;
  assert.equal(geometry.version, status.layoutVersion);
  assert.equal(status.session.id, seated.id);
  const plain = ((await core.call('sessions.seatMap', { sessionId: seated.id }, core.cookies.clerk)).json as { seats: SeatMapSeat[] }).seats;
  const compact = seatsOf(decodeGeometry(geometry), status);
  assert.equal(compact.seats.length, plain.length);
  assert.ok(plain.some((seat) => seat.state === 'sold'), 'the demo sold seats');
  compact.seats.forEach((seat, i) => {
    const { seatId: _seatId, state, ...rest } = plain[i] ?? ({} as SeatMapSeat);
    assert.deepEqual({ ...seat, state: compact.coreStates[i] }, { ...rest, state }, `seat ${i}`);
  });
  assert.equal((await core.call('sessions.seatStatus', { sessionId: seated.id })).status, 401);
});

test('the map answers are gzip-compressed for a client that accepts it, and plain for one that does not', async () => {
  const status = await statusOf(core.cookies.clerk);
  const ask = (encoding: string) =>
    fetch(`${core.url}/api/sessions.seatGeometry`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: core.cookies.clerk, 'accept-encoding': encoding }, body: JSON.stringify({ hallId: status.hallId }) });
  const zipped = await ask('gzip, deflate');
  assert.equal(zipped.headers.get('content-encoding'), 'gzip');
  const plain = await ask('identity');
  assert.equal(plain.headers.get('content-encoding'), null);
  assert.deepEqual(await zipped.json(), await plain.json());
});

test('a hold and its release reach every open map as numbered deltas of the seats, as they are now', async () => {
  const status = await statusOf(core.cookies.clerk);
  const geometry = decodeGeometry((await core.call('sessions.seatGeometry', { hallId: status.hallId }, core.cookies.clerk)).json as SeatGeometry);
  const { seats, coreStates } = seatsOf(geometry, status);
  const free = seats.filter((_, i) => coreStates[i] === 'available').slice(0, 2).map((seat) => seat.ticketId);
  events.length = 0;
  const hold = (await core.call('holds.hold', { sessionId: seated.id, ticketIds: free }, core.cookies.clerk)).json as { holdId: string; expiresAt: number };
  const clerkId = ((await core.call('auth.session', {}, core.cookies.clerk)).json as { user: { id: string } }).user.id;
  assert.deepEqual(events.map((e) => [e.feed, e.seq]), [[status.feed, status.seq + 1]]);
  assert.deepEqual(
    events[0]?.changes?.map((c) => [c.ticketId, c.status, c.heldUntil, c.holder]).sort(),
    free.map((id) => [id, 'available', hold.expiresAt, clerkId]).sort(),
  );
  // The manager's status shows them held by someone else; the clerk's as their own.
  const forManager = await statusOf(core.cookies.manager);
  assert.deepEqual(forManager.holds.map(([, , mine]) => mine), [0, 0]);
  assert.deepEqual((await statusOf(core.cookies.clerk)).holds.map(([, , mine]) => mine), [1, 1]);
  await core.call('holds.release', { holdId: hold.holdId }, core.cookies.clerk);
  assert.equal(events[1]?.seq, status.seq + 2);
  assert.deepEqual(events[1].changes?.map((c) => [c.ticketId, c.status, c.heldUntil, c.holder]).sort(), free.map((id) => [id, 'available', null, null]).sort());
  assert.equal((await statusOf(core.cookies.clerk)).seq, status.seq + 2, 'a status read now continues from the last delta');
});

test('an unseated session opens through its map too: no seats, and the session’s own facts', async () => {
  const now = Date.now();
  const sessions = (await core.call('sessions.list', { from: now - 86_400_000, to: now + 30 * 86_400_000 }, core.cookies.clerk)).json as SessionListItem[];
  const unseated = sessions.find((s) => !s.hasSeat);
  assert.ok(unseated, 'the demo has an unseated session');
  const answer = await core.call('sessions.seatStatus', { sessionId: unseated.id }, core.cookies.clerk);
  assert.equal(answer.status, 200, JSON.stringify(answer.json));
  const status = answer.json as Status;
  assert.equal(status.states, '');
  assert.equal(status.session.id, unseated.id);
  const geometry = (await core.call('sessions.seatGeometry', { hallId: status.hallId }, core.cookies.clerk)).json as SeatGeometry;
  assert.equal(geometry.version, status.layoutVersion);
  assert.equal(seatsOf(decodeGeometry(geometry), status).seats.length, 0);
});
