import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DAY, HOUR, testWorld } from '../helpers/context';
import { buildTheatre, seatedShow } from '../helpers/fixtures';
import { refusal } from '../helpers/sales';
import { count } from '../helpers/outbox';
import { parseInput } from '../../../electron/boxoffice/parse-input';
import { createHall } from '../../../electron/boxoffice/catalog/venues';
import { createPerformance } from '../../../electron/boxoffice/catalog/performances';
import { createSession, updateSession } from '../../../electron/boxoffice/catalog/sessions';
import { createHallInput, createPerformanceInput, createSessionInput, updateSessionInput } from '../../../electron/boxoffice/catalog/schemas';
import { queryAudit } from '../../../db/audit';

test('a session changes hall until its tickets exist, and only to a hall of the same kind; the change is audited', () => {
  const world = testWorld();
  const theatre = buildTheatre(world);
  const studio = createHall(world.manager, parseInput(createHallInput, { venueId: theatre.venueId, name: '排练厅', hasSeat: false, seatingCapacity: 120 }));
  const p = createPerformance(world.manager, parseInput(createPerformanceInput, { name: '茶馆', approval: 'A1', typeId: 1 }));
  const startsAt = world.clock.now + DAY;
  const s = createSession(world.manager, parseInput(createSessionInput, { performanceId: p.id, hallId: theatre.unseatedHallId, name: '晚场', startsAt, endsAt: startsAt + 2 * HOUR, salesOpenAt: world.clock.now, tiers: [{ name: '站票', priceFen: 10000, quantity: 100 }] }));
  assert.throws(() => updateSession(world.manager, parseInput(updateSessionInput, { sessionId: s.id, hallId: theatre.seatedHallId })), refusal('WRONG_HALL_KIND'));
  assert.throws(() => updateSession(world.manager, parseInput(updateSessionInput, { sessionId: s.id, hallId: 'hall_nope' })), refusal('NOT_FOUND'));
  const moved = updateSession(world.manager, parseInput(updateSessionInput, { sessionId: s.id, hallId: studio.id, name: '晚场（排练厅）' }));
  assert.deepEqual([moved.hallId, moved.name], [studio.id, '晚场（排练厅）']);
  assert.equal(queryAudit(world.db, { action: 'session.update' }).length, 1);

  const show = seatedShow(world, theatre);
  const before = count(world.db, 'SELECT count(*) AS n FROM outbox');
  assert.throws(() => updateSession(world.manager, parseInput(updateSessionInput, { sessionId: show.session.id, hallId: theatre.unseatedHallId })), refusal('TICKETS_EXIST'));
  assert.equal(count(world.db, 'SELECT count(*) AS n FROM outbox'), before, 'a refusal writes nothing');
});
