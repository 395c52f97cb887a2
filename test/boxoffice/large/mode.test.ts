import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testWorld } from '../helpers/context';
import { buildTheatre, seatedShow } from '../helpers/fixtures';
import { person, refusal, residentId, seatFinder } from '../helpers/sales';
import { setApprovedAudience, setLargeMode } from '../../../electron/boxoffice/large/mode';
import { performanceRules } from '../../../electron/boxoffice/large/rules';
import { updatePerformance } from '../../../electron/boxoffice/catalog/performances';
import { getSessionDetails } from '../../../electron/boxoffice/catalog/queries';
import { setTicketStatus } from '../../../electron/boxoffice/catalog/tickets';
import { sell } from '../../../electron/boxoffice/sales/sell';
import { refund } from '../../../electron/boxoffice/refunds/refund';
import { openShift } from '../../../electron/boxoffice/shifts/shifts';
import { queryAudit } from '../../../db/audit';
import { parseInput } from '../../../electron/boxoffice/parse-input';
import { performanceRulesInput, setApprovedAudienceInput, setLargeModeInput } from '../../../electron/boxoffice/large/schemas';
import { sessionIdInput, setTicketStatusInput, updatePerformanceInput } from '../../../electron/boxoffice/catalog/schemas';
import { openShiftInput } from '../../../electron/boxoffice/shifts/schemas';
import { sellInput } from '../../../electron/boxoffice/sales/schemas';
import { refundInput } from '../../../electron/boxoffice/refunds/schemas';

function show(performance: Parameters<typeof seatedShow>[2] = {}) {
  const world = testWorld();
  const s = seatedShow(world, buildTheatre(world), performance);
  return { world, show: s, sessionId: s.session.id, performanceId: s.performanceId };
}

test('large mode is on by default from an approved audience of 5,000, and forces the real-name rules', () => {
  const { world, sessionId, performanceId } = show();
  const before = performanceRules(world.clerk, parseInput(performanceRulesInput, { performanceId }));
  assert.deepEqual([before.mode, before.large, before.realNameMode, before.gateIdCheck], ['auto', false, 'none', false]);
  const small = setApprovedAudience(world.manager, parseInput(setApprovedAudienceInput, { sessionId, approvedAudience: 4999 }));
  assert.equal(small.large, false);
  assert.equal(small.sessions[0]?.heldCap, 749);
  const big = setApprovedAudience(world.manager, parseInput(setApprovedAudienceInput, { sessionId, approvedAudience: 5000 }));
  assert.deepEqual(
    [big.mode, big.large, big.largeByAudience, big.realNameMode, big.gateIdCheck, big.limitPerIdSession, big.maxApprovedAudience],
    ['auto', true, true, 'per_ticket', true, 1, 5000],
  );
  const [session] = big.sessions;
  assert.ok(session);
  assert.equal(session.heldCap, 750, '15% of 5,000');
  assert.equal(session.bindingDeadline, session.startsAt - 24 * 3_600_000);
  const listed = getSessionDetails(world.clerk, parseInput(sessionIdInput, { sessionId }));
  assert.deepEqual([listed.large, listed.approvedAudience, listed.realNameMode], [true, 5000, 'per_ticket']);
  assert.equal(listed.heldBindingDeadline, listed.startsAt - 24 * 3_600_000);
  assert.deepEqual(queryAudit(world.db, { action: 'performance.large' }).map((a) => a.action), ['performance.large_on']);
  const lowered = setApprovedAudience(world.manager, parseInput(setApprovedAudienceInput, { sessionId, approvedAudience: 3000 }));
  assert.equal(lowered.large, false, 'auto follows the audience down again');
  assert.equal(lowered.realNameMode, 'per_ticket', 'the real-name settings it forced stay until a manager changes them');
});

test('a manager sets large mode on for a smaller audience, or off with a reason', () => {
  const { world, sessionId, performanceId } = show();
  assert.equal(setLargeMode(world.manager, parseInput(setLargeModeInput, { performanceId, mode: 'on' })).large, true);
  setApprovedAudience(world.manager, parseInput(setApprovedAudienceInput, { sessionId, approvedAudience: 8000 }));
  assert.throws(() => setLargeMode(world.manager, parseInput(setLargeModeInput, { performanceId, mode: 'off' })), refusal('VALIDATION', (d) => JSON.stringify(d.issues).includes('reason')));
  const off = setLargeMode(world.manager, parseInput(setLargeModeInput, { performanceId, mode: 'off', reason: '公益演出，不适用' }));
  assert.deepEqual([off.mode, off.large, off.largeByAudience, off.modeReason], ['off', false, true, '公益演出，不适用']);
  assert.equal(setLargeMode(world.manager, parseInput(setLargeModeInput, { performanceId, mode: 'auto' })).large, true);
  assert.throws(() => setApprovedAudience(world.manager, parseInput(setApprovedAudienceInput, { sessionId, approvedAudience: 0 })), refusal('VALIDATION'));
  assert.throws(() => setLargeMode(world.manager, parseInput(setLargeModeInput, { performanceId: 'prf_nope', mode: 'on' })), refusal('NOT_FOUND'));
});

test('while large, a performance update cannot relax the forced rules', () => {
  const { world, performanceId } = show();
  setLargeMode(world.manager, parseInput(setLargeModeInput, { performanceId, mode: 'on' }));
  assert.throws(() => updatePerformance(world.manager, parseInput(updatePerformanceInput, { performanceId, realNameMode: 'per_order' })), refusal('LARGE_MODE_RULE', (d) => d.field === 'realNameMode'));
  assert.throws(() => updatePerformance(world.manager, parseInput(updatePerformanceInput, { performanceId, gateIdCheck: false })), refusal('LARGE_MODE_RULE', (d) => d.field === 'gateIdCheck'));
  assert.throws(() => updatePerformance(world.manager, parseInput(updatePerformanceInput, { performanceId, limitPerIdSession: 2 })), refusal('LARGE_MODE_RULE', (d) => d.field === 'limitPerIdSession' && d.required === 1));
  assert.equal(updatePerformance(world.manager, parseInput(updatePerformanceInput, { performanceId, limitPerIdPerformance: 2, name: '万人演唱会' })).name, '万人演唱会');
});

test('switching on after sales: refused when tickets were sold without one ID each, or one ID holds two tickets', () => {
  const open = show();
  openShift(open.world.clerk, parseInput(openShiftInput, { floatFen: 0 }));
  sell(open.world.clerk, parseInput(sellInput, { sessionId: open.sessionId, seats: [{ ticketId: seatFinder(open.world.clerk, open.sessionId)('1排', '1') }], payment: { method: 'card' } }));
  assert.throws(() => setLargeMode(open.world.manager, parseInput(setLargeModeInput, { performanceId: open.performanceId, mode: 'on' })), refusal('LARGE_MODE_CONFLICT', (d) => d.reason === 'real_name_mode' && d.orders === 1));
  assert.throws(() => setApprovedAudience(open.world.manager, parseInput(setApprovedAudienceInput, { sessionId: open.sessionId, approvedAudience: 6000 })), refusal('LARGE_MODE_CONFLICT'));
  assert.equal(performanceRules(open.world.manager, parseInput(performanceRulesInput, { performanceId: open.performanceId })).maxApprovedAudience, null, 'the audience change was rolled back with it');

  const named = show({ realNameMode: 'per_ticket', limitPerIdSession: null });
  openShift(named.world.clerk, parseInput(openShiftInput, { floatFen: 0 }));
  const seat = seatFinder(named.world.clerk, named.sessionId);
  const fan = person('王菲', residentId('19690808', '222'));
  const first = sell(named.world.clerk, parseInput(sellInput, { sessionId: named.sessionId, seats: [{ ticketId: seat('1排', '1'), holder: fan }], payment: { method: 'card' } }));
  const second = sell(named.world.clerk, parseInput(sellInput, { sessionId: named.sessionId, seats: [{ ticketId: seat('1排', '2'), holder: fan }], payment: { method: 'card' } }));
  assert.throws(
    () => setLargeMode(named.world.manager, parseInput(setLargeModeInput, { performanceId: named.performanceId, mode: 'on' })),
    refusal('LARGE_MODE_CONFLICT', (d) => d.reason === 'one_ticket_per_id' && JSON.stringify(d.orderIds) === JSON.stringify([first.id, second.id].sort())),
  );
  refund(named.world.clerk, parseInput(refundInput, { orderId: second.id, reason: '重复购买' }));
  assert.equal(setLargeMode(named.world.manager, parseInput(setLargeModeInput, { performanceId: named.performanceId, mode: 'on' })).large, true);
  assert.throws(
    () => sell(named.world.clerk, parseInput(sellInput, { sessionId: named.sessionId, seats: [{ ticketId: seat('1排', '3'), holder: fan }], payment: { method: 'card' } })),
    refusal('ONE_TICKET_PER_ID', (d) => (d.heldBy as { orderId: string }).orderId === first.id),
    'tickets sold before the switch count',
  );
});

test('switching on is refused while a session holds more than 15% of its approved audience', () => {
  const { world, sessionId, performanceId } = show();
  const seat = seatFinder(world.clerk, sessionId);
  setTicketStatus(world.manager, parseInput(setTicketStatusInput, { sessionId, ticketIds: ['1', '2', '3', '4'].map((n) => seat('1排', n)), status: 'reserved', note: '主办' }));
  setApprovedAudience(world.manager, parseInput(setApprovedAudienceInput, { sessionId, approvedAudience: 20 }));
  assert.throws(() => setLargeMode(world.manager, parseInput(setLargeModeInput, { performanceId, mode: 'on' })), refusal('HELD_SHARE_EXCEEDED', (d) => d.cap === 3 && d.heldAfter === 4));
  setTicketStatus(world.manager, parseInput(setTicketStatusInput, { sessionId, ticketIds: [seat('1排', '4')], status: 'available' }));
  assert.equal(setLargeMode(world.manager, parseInput(setLargeModeInput, { performanceId, mode: 'on' })).sessions[0]?.held.total, 3);
  assert.throws(() => setApprovedAudience(world.manager, parseInput(setApprovedAudienceInput, { sessionId, approvedAudience: 19 })), refusal('HELD_SHARE_EXCEEDED', (d) => d.cap === 2));
});
