import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startDemoCore, type TestCore } from '../../helpers/core-server';
import type { DomainContext } from '../../../electron/boxoffice/context';
import { createPerformance } from '../../../electron/boxoffice/catalog/performances';
import { createSession } from '../../../electron/boxoffice/catalog/sessions';
import { generateTickets } from '../../../electron/boxoffice/catalog/tickets';
import { seatMap } from '../../../electron/boxoffice/catalog/queries';
import type {
  ApiErrorBody,
  GateResult,
  LargeReport,
  OrderView,
  PerformanceRulesView,
  RefundQuote,
  RefundResult,
  SessionListItem,
  UnboundHeldList,
} from '../../../electron/server/contract';
import { parseInput } from '../../../electron/boxoffice/parse-input';
import { createPerformanceInput, createSessionInput, generateTicketsInput, sessionIdInput } from '../../../electron/boxoffice/catalog/schemas';

const DAY = 86_400_000;
let core: TestCore & { cookies: Record<'manager' | 'clerk' | 'gate', string> };
let sessionId: string;
let performanceId: string;
let seats: string[];

const fan = { name: '张学友', idType: 'resident_id', idNumber: '11010519491231002X' };
const guest = { name: '李宗盛', idType: 'resident_id', idNumber: '110101199003070011' };

before(async () => {
  core = await startDemoCore();
  const id = core.core.db.prepare("SELECT id FROM users WHERE username = 'manager'").pluck().get() as string;
  const manager: DomainContext = { db: core.core.db, cipher: core.core.cipher, clock: core.core.clock, actor: { userId: id, username: 'manager', role: 'manager', address: null } };
  const hallId = core.core.db.prepare('SELECT id FROM halls WHERE has_seat = 1').pluck().get() as string;
  const performance = createPerformance(manager, parseInput(createPerformanceInput, { name: '万人演唱会', approval: '沪文旅演〔2025〕0901号', typeId: 1003 }));
  const startsAt = core.core.clock() + 4 * DAY;
  const session = createSession(manager, parseInput(createSessionInput, { performanceId: performance.id, hallId, name: '首场', startsAt, endsAt: startsAt + 3 * 3_600_000, salesOpenAt: core.core.clock() - DAY, tiers: [{ name: '内场', priceFen: 128_000 }] }));
  generateTickets(manager, parseInput(generateTicketsInput, { sessionId: session.id, seatRules: [{ priceTierId: session.tiers[0]?.id ?? '' }] }));
  sessionId = session.id;
  performanceId = performance.id;
  seats = seatMap(manager, parseInput(sessionIdInput, { sessionId })).seats.filter((s) => s.state === 'available').map((s) => s.ticketId);
});
after(async () => {
  await core.close();
});

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the result it expects; the wire carries no type
const call = async <T>(name: string, body: unknown, role: 'manager' | 'clerk' | 'gate'): Promise<{ status: number; body: T }> => {
  const response = await core.call(name, body, core.cookies[role]);
  return { status: response.status, body: response.json as T };
};

test('a manager sets the approved audience (large mode follows) and the fee steps; clerks and the gate may not', async () => {
  assert.equal((await call('large.setApprovedAudience', { sessionId, approvedAudience: 6000 }, 'clerk')).status, 403);
  const rules = await call<PerformanceRulesView>('large.setApprovedAudience', { sessionId, approvedAudience: 6000 }, 'manager');
  assert.equal(rules.status, 200, JSON.stringify(rules.body));
  assert.deepEqual([rules.body.large, rules.body.mode, rules.body.sessions[0]?.heldCap, rules.body.realNameMode], [true, 'auto', 900, 'per_ticket']);
  const steps = [{ hoursBefore: 168, refundPercent: 100 }, { hoursBefore: 72, refundPercent: 80 }, { hoursBefore: 24, refundPercent: 50 }];
  assert.equal((await call('refunds.setSchedule', { performanceId, steps }, 'clerk')).status, 403);
  assert.equal((await call('refunds.setSchedule', { performanceId, steps }, 'manager')).status, 200);
  assert.equal((await call('refunds.setSchedule', { performanceId, steps: [{ hoursBefore: 24, refundPercent: 50 }, { hoursBefore: 72, refundPercent: 20 }] }, 'manager')).status, 400);
  const seen = await call<PerformanceRulesView>('large.rules', { performanceId }, 'clerk');
  assert.deepEqual(seen.body.refundSchedule, steps);
  assert.equal((await call('large.rules', { performanceId }, 'gate')).status, 403);
  const session = await call<SessionListItem>('sessions.get', { sessionId }, 'gate');
  assert.deepEqual([session.body.large, session.body.approvedAudience, session.body.heldBindingDeadline], [true, 6000, session.body.startsAt - DAY]);
});

test('the window: a second ticket for one ID is refused (422, the holding order in details); a refund is quoted, then applied with its fee', async () => {
  const first = await call<OrderView>('sales.sell', { sessionId, seats: [{ ticketId: seats[0], holder: fan }], payment: { method: 'card' } }, 'clerk');
  assert.equal(first.status, 200, JSON.stringify(first.body));
  const second = await call<ApiErrorBody>('sales.sell', { sessionId, seats: [{ ticketId: seats[1], holder: fan }], payment: { method: 'card' } }, 'clerk');
  assert.equal(second.status, 422);
  assert.equal(second.body.code, 'ONE_TICKET_PER_ID');
  assert.deepEqual((second.body.details?.heldBy as { orderNumber: string }).orderNumber, first.body.number);
  assert.equal(second.body.details?.idNumber, '1101**********002X');

  const quote = await call<RefundQuote>('refunds.quote', { orderId: first.body.id }, 'clerk');
  assert.deepEqual([quote.body.refundPercent, quote.body.feeFen, quote.body.netFen], [80, 25_600, 102_400]);
  const changed = await call<ApiErrorBody>('refunds.refund', { orderId: first.body.id, reason: '行程有变', expectedFeeFen: 1 }, 'clerk');
  assert.deepEqual([changed.status, changed.body.code], [422, 'FEE_CHANGED']);
  const waived = await call<ApiErrorBody>('refunds.refund', { orderId: first.body.id, reason: '行程有变', feeOverride: { feeFen: 0, reason: '照顾' } }, 'clerk');
  assert.deepEqual([waived.status, waived.body.code], [403, 'FORBIDDEN']);
  const done = await call<RefundResult>('refunds.refund', { orderId: first.body.id, reason: '行程有变', expectedFeeFen: quote.body.feeFen }, 'clerk');
  assert.equal(done.status, 200, JSON.stringify(done.body));
  assert.deepEqual([done.body.refundedFen, done.body.feeFen, done.body.order.refundFeeFen], [102_400, 25_600, 25_600]);
});

test('held tickets: issued unbound, counted down, refused at the gate, bound, and reported', async () => {
  const comp = await call<OrderView>('sales.sell', { sessionId, seats: [{ ticketId: seats[2] }], ticketType: 'complimentary', payment: { method: 'none' } }, 'manager');
  assert.equal(comp.status, 200, JSON.stringify(comp.body));
  const line = comp.body.lines[0];
  assert.ok(line);
  const countdown = await call<UnboundHeldList>('held.unbound', { sessionId }, 'manager');
  assert.deepEqual(countdown.body.sessions[0]?.issued.map((t) => t.orderLineId), [line.orderLineId]);
  assert.equal((await call('held.unbound', {}, 'clerk')).status, 403);
  const refused = await call<GateResult>('gate.checkIn', { gateName: '东门', sessionIds: [sessionId], code: line.ticketCode }, 'gate');
  assert.deepEqual([refused.body.verdict, refused.body.admitted], ['holder_unbound', false]);
  const bound = await call<OrderView>('held.bindHolder', { orderLineId: line.orderLineId, holder: guest }, 'clerk');
  assert.equal(bound.status, 200, JSON.stringify(bound.body));
  assert.equal(bound.body.lines[0]?.holder?.idNumber, '1101**********0011');
  const noId = await call<ApiErrorBody>('held.bindHolder', { orderLineId: line.orderLineId, holder: { name: '无证' } }, 'clerk');
  assert.deepEqual([noId.status, noId.body.code, JSON.stringify(noId.body.details?.issues)], [422, 'REAL_NAME_REQUIRED', JSON.stringify([{ path: 'holder.idNumber', message: 'the holder’s ID document is required' }])]);
  const after = await call<GateResult>('gate.checkIn', { gateName: '东门', sessionIds: [sessionId], code: line.ticketCode }, 'gate');
  assert.equal(after.body.verdict, 'not_open', 'bound: now only the entry window stands in the way');
  const report = await call<LargeReport>('large.report', { performanceId }, 'manager');
  const s = report.body.sessions[0];
  assert.deepEqual([s?.tickets.held.complimentary, s?.realName.bound, s?.realName.tickets, s?.refunds.feeFen], [1, 1, 1, 25_600]);
  assert.equal((await call('large.report', { performanceId }, 'clerk')).status, 403);
  const off = await call<ApiErrorBody>('large.setMode', { performanceId, mode: 'off' }, 'manager');
  assert.deepEqual([off.status, off.body.code], [400, 'VALIDATION']);
});
