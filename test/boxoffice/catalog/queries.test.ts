import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DAY, testWorld } from '../helpers/context';
import { buildTheatre, seatedShow, unseatedShow } from '../helpers/fixtures';
import { getSessionDetails, listSessions, listVenues, performanceTypes } from '../../../electron/boxoffice/catalog/queries';
import { cachePerformanceTypes } from '../../../db/catalog';
import { parseInput } from '../../../electron/boxoffice/parse-input';
import { listSessionsInput, sessionIdInput } from '../../../electron/boxoffice/catalog/schemas';

test('the session picker: sessions in a window with availability per tier and the sales state; venues; types', () => {
  const world = testWorld();
  const theatre = buildTheatre(world);
  const seated = seatedShow(world, theatre);
  const open = unseatedShow(world, theatre);
  const sessions = listSessions(world.clerk, parseInput(listSessionsInput, { from: world.clock.now, to: world.clock.now + 3 * DAY }));
  assert.deepEqual(sessions.map((s) => [s.performanceName, s.hallName, s.venueName, s.hasSeat, s.salesState]), [
    ['民谣之夜', '小剧场', '城市大剧院', false, 'open'],
    ['雷雨', '歌剧厅', '城市大剧院', true, 'open'],
  ]);
  assert.deepEqual(sessions[1]?.tiers.map((t) => [t.name, t.priceFen, t.available]), [['VIP', 88000, 50], ['普通', 18000, 49]]);
  assert.equal(listSessions(world.clerk, parseInput(listSessionsInput, { from: world.clock.now + 3 * DAY, to: world.clock.now + 9 * DAY })).length, 0);
  world.clock.now = seated.session.salesCloseAt;
  assert.equal(getSessionDetails(world.gate, parseInput(sessionIdInput, { sessionId: seated.session.id })).salesState, 'closed');
  assert.equal(getSessionDetails(world.gate, parseInput(sessionIdInput, { sessionId: open.session.id })).salesState, 'closed');
  const [venue] = listVenues(world.clerk);
  assert.deepEqual(venue?.halls.map((h) => [h.name, h.hasSeat, h.seatingCapacity]), [['小剧场', false, 300], ['歌剧厅', true, 100]]);
  assert.deepEqual(performanceTypes(world.manager), []);
  cachePerformanceTypes(world.db, [{ typeId: 1001, typeName: '话剧', parentTypeId: 0, level: 1 }], 0);
  assert.deepEqual(performanceTypes(world.manager).map((t) => t.typeName), ['话剧']);
});
