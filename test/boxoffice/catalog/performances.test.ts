import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testWorld } from '../helpers/context';
import { outboxRows } from '../helpers/outbox';
import { buildTheatre, seatedShow } from '../helpers/fixtures';
import { createPerformance, updatePerformance } from '../../../electron/boxoffice/catalog/performances';
import { BoxOfficeError } from '../../../electron/boxoffice/errors';
import { cachePerformanceTypes, setSessionCodes } from '../../../db/catalog';
import { markInFlight } from '../../../db/outbox/queue';
import { parseInput } from '../../../electron/boxoffice/parse-input';
import { createPerformanceInput, updatePerformanceInput } from '../../../electron/boxoffice/catalog/schemas';

const refusal = (code: string) => (error: unknown) => error instanceof BoxOfficeError && error.code === code;
const base = { name: '茶馆', approval: '京文演(2025)100号', typeId: 1001 };

test('a real-name performance checks IDs at the gate by default; limits per ID need real-name sales', () => {
  const world = testWorld();
  const open = createPerformance(world.manager, parseInput(createPerformanceInput, base));
  assert.equal(open.realNameMode, 'none');
  assert.equal(open.gateIdCheck, false);
  const named = createPerformance(world.manager, parseInput(createPerformanceInput, { ...base, realNameMode: 'per_ticket', limitPerIdSession: 2 }));
  assert.equal(named.gateIdCheck, true);
  assert.equal(named.limitPerIdSession, 2);
  assert.throws(() => createPerformance(world.manager, parseInput(createPerformanceInput, { ...base, limitPerIdSession: 2 })), (e: unknown) => refusal('VALIDATION')(e) && /real-name/.test((e as Error).message));
  assert.throws(() => updatePerformance(world.manager, parseInput(updatePerformanceInput, { performanceId: named.id, realNameMode: 'none', limitPerIdSession: 2 })), refusal('VALIDATION'));
  const relaxed = updatePerformance(world.manager, parseInput(updatePerformanceInput, { performanceId: named.id, realNameMode: 'none', limitPerIdSession: null, limitPerIdPerformance: null }));
  assert.equal(relaxed.gateIdCheck, false, 'switching real-name off switches the gate check off');
  assert.throws(() => updatePerformance(world.manager, parseInput(updatePerformanceInput, { performanceId: 'prf_nope', name: 'x' })), refusal('NOT_FOUND'));
});

test('the type must be in the platform list once it was downloaded', () => {
  const world = testWorld();
  createPerformance(world.manager, parseInput(createPerformanceInput, { ...base, typeId: 4242 }));
  cachePerformanceTypes(world.db, [{ typeId: 1001, typeName: '话剧', parentTypeId: 0, level: 1 }], 0);
  assert.throws(() => createPerformance(world.manager, parseInput(createPerformanceInput, { ...base, typeId: 4242 })), refusal('UNKNOWN_PERFORMANCE_TYPE'));
  createPerformance(world.manager, parseInput(createPerformanceInput, base));
});

test('details go with the pending code request; an update follows only once the platform knows the performance', () => {
  const world = testWorld();
  const theatre = buildTheatre(world);
  const show = seatedShow(world, theatre);
  updatePerformance(world.manager, parseInput(updatePerformanceInput, { performanceId: show.performanceId, name: '雷雨（复排）' }));
  assert.equal(outboxRows(world.db, 'performance.update').length, 0);
  const codes = outboxRows(world.db, 'performance.code');
  assert.equal(codes.length, 1);
  assert.equal((codes[0]?.payload as { performanceName: string }).performanceName, '雷雨（复排）');
  markInFlight(world.db, [codes[0]?.seq ?? 0], world.clock.now);
  updatePerformance(world.manager, parseInput(updatePerformanceInput, { performanceId: show.performanceId, performer: '北京人艺' }));
  assert.equal(outboxRows(world.db, 'performance.update').length, 1, 'the code request is on the wire: the update waits behind it');
  setSessionCodes(world.db, { [show.session.id]: '310101001012506030001' }, world.clock.now);
  updatePerformance(world.manager, parseInput(updatePerformanceInput, { performanceId: show.performanceId, sponsor: '上海文广' }));
  const updates = outboxRows(world.db, 'performance.update');
  assert.equal(updates.length, 1, 'coalesced');
  assert.deepEqual(updates[0]?.payload, {
    performanceId: show.performanceId, performanceName: '雷雨（复排）', approval: '沪文演(2025)001号', typeId: 1001, posterUrl: '', performanceDesc: '', sponsor: '上海文广', performer: '北京人艺',
  });
});
