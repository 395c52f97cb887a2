import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startTestCore, cookieOf, type TestCore } from '../../helpers/core-server';
import { createUser } from '../../../electron/server/auth/users';
import { SYSTEM_ACTOR } from '../../../electron/server/auth/actor';
import type { HallView, LayoutImportResult, PerformanceView, PerformanceWithSessions, SessionView, VenueRow, SeatMapSeat } from '../../../electron/server/contract';

let core: TestCore;
let manager = '';
let clerk = '';

before(async () => {
  core = await startTestCore();
  manager = cookieOf((await core.call('setup.createFirstManager', { username: 'boss', displayName: '王芳', secret: '864200' })).setCookie);
  await createUser(core.core.db, { username: 'li', displayName: '李四', role: 'clerk', secret: '2468' }, SYSTEM_ACTOR);
  clerk = cookieOf((await core.call('auth.login', { username: 'li', secret: '2468' })).setCookie);
});
after(async () => {
  await core.close();
});

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller states the result type of its procedure
const ok = <T>(result: { status: number; json: unknown }): T => {
  assert.equal(result.status, 200, JSON.stringify(result.json));
  return result.json as T;
};

test('a manager sets up a venue, a hall with a CSV layout, a performance and a session, then sells it', async () => {
  const venue = ok<VenueRow>(await core.call('catalog.createVenue', { name: '星河剧场', address: '北京市东城区东长安街1号', provinceId: 110000, cityId: 110100, districtId: 110101 }, manager));
  const hall = ok<HallView>(await core.call('catalog.createHall', { venueId: venue.id, name: '小剧场', hasSeat: true }, manager));

  const bad = await core.call('catalog.importSeatLayout', { hallId: hall.id, csv: '1层,A区,1排,1,0,0\n1层,A区,1排,2,oops,0\n' }, manager);
  assert.equal(bad.status, 422);
  assert.match(JSON.stringify(bad.json), /line 2/i, 'the bad line is named by its number');
  assert.equal(ok<PerformanceWithSessions[]>(await core.call('catalog.performances', {}, manager)).length, 0);

  const csv = Array.from({ length: 4 }, (_, r) => Array.from({ length: 10 }, (_, s) => `1层,A区,${r + 1}排,${s + 1},${s * 10},${r * 12}`).join('\n')).join('\n');
  const layout = ok<LayoutImportResult>(await core.call('catalog.importSeatLayout', { hallId: hall.id, csv }, manager));
  assert.equal(layout.seats, 40);

  const performance = ok<PerformanceView>(
    await core.call('catalog.createPerformance', { name: '雷雨', approval: '京演审字〔2026〕第001号', typeId: 1001 }, manager),
  );
  const now = Date.now();
  const session = ok<SessionView>(
    await core.call(
      'catalog.createSession',
      { performanceId: performance.id, hallId: hall.id, name: '首演', startsAt: now + 86_400_000, endsAt: now + 90_000_000, salesOpenAt: now - 1000, tiers: [{ name: '甲票', priceFen: 28_000 }, { name: '乙票', priceFen: 18_000 }] },
      manager,
    ),
  );
  const [a, b] = session.tiers;
  assert.ok(a && b);
  const generated = ok<SessionView & { unassignedSeats: number }>(
    await core.call('catalog.generateTickets', { sessionId: session.id, seatRules: [{ priceTierId: b.id }, { priceTierId: a.id, rows: ['1排', '2排'] }] }, manager),
  );
  assert.equal(generated.unassignedSeats, 0);

  const map = ok<{ seats: SeatMapSeat[] }>(await core.call('sessions.seatMap', { sessionId: session.id }, clerk));
  assert.equal(map.seats.length, 40);
  assert.equal(map.seats.filter((s) => s.priceTierId === a.id).length, 20);

  const list = ok<PerformanceWithSessions[]>(await core.call('catalog.performances', {}, manager));
  assert.equal(list[0]?.sessions[0]?.id, session.id);
});

test('catalog writes are for managers only', async () => {
  const refused = await core.call('catalog.createVenue', { name: 'x', address: 'y', provinceId: 110000, cityId: 110100, districtId: 110101 }, clerk);
  assert.equal(refused.status, 403);
  assert.equal((await core.call('catalog.venues', {}, clerk)).status, 200, 'but anyone may read venues');
});
