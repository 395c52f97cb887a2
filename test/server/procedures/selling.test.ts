import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startDemoCore, type TestCore } from '../../helpers/core-server';
import type { OrderView, SessionListItem, SeatMapSeat, HoldView, FoundSeat, GateResult } from '../../../electron/server/contract';

let core: TestCore & { cookies: Record<'manager' | 'clerk' | 'gate', string> };
let seated: SessionListItem;

before(async () => {
  core = await startDemoCore();
  const now = Date.now();
  const sessions = (await core.call('sessions.list', { from: now - 86_400_000, to: now + 30 * 86_400_000 }, core.cookies.clerk)).json as SessionListItem[];
  const found = sessions.find((s) => s.hasSeat && s.salesState === 'open' && s.realNameMode === 'none') ?? sessions.find((s) => s.hasSeat && s.salesState === 'open');
  assert.ok(found, 'the demo has an open seated session');
  seated = found;
});
after(async () => {
  await core.close();
});

test('a clerk lists sessions and loads a seat map; the gate role may too, unauthenticated may not', async () => {
  const map = (await core.call('sessions.seatMap', { sessionId: seated.id }, core.cookies.clerk)).json as { seats: SeatMapSeat[] };
  assert.ok(map.seats.length >= 1500);
  assert.equal((await core.call('sessions.seatMap', { sessionId: seated.id }, core.cookies.gate)).status, 200);
  assert.equal((await core.call('sessions.seatMap', { sessionId: seated.id })).status, 401);
});

test('best available holds adjacent seats; another window cannot take them (409 with a stable code)', async () => {
  const tier = seated.tiers[0];
  assert.ok(tier);
  const best = (await core.call('holds.bestAvailable', { sessionId: seated.id, priceTierId: tier.id, count: 3 }, core.cookies.clerk)).json as { hold: HoldView; seats: FoundSeat[] };
  assert.equal(best.seats.length, 3);
  const taken = await core.call('holds.hold', { sessionId: seated.id, ticketIds: [best.seats[0]?.ticketId] }, core.cookies.manager);
  assert.equal(taken.status, 409);
  assert.match((taken.json as { code: string }).code, /^SEAT_(HELD|TAKEN|UNAVAILABLE)$/);
  const released = (await core.call('holds.release', { holdId: best.hold.holdId }, core.cookies.clerk)).json as { released: number };
  assert.equal(released.released, 3);
});

test('a gate user may not sell (403), a clerk may not reveal personal data (403)', async () => {
  const refused = await core.call('sales.sell', { sessionId: seated.id, seats: [{ ticketId: 'x' }], payment: { method: 'cash', receivedFen: 0 } }, core.cookies.gate);
  assert.equal(refused.status, 403);
  assert.equal((await core.call('persons.reveal', { personId: 'p', reason: 'x' }, core.cookies.clerk)).status, 403);
});

test('sell, then refund one ticket: the seat is back on sale; the gate refuses the refunded ticket', async () => {
  const map = (await core.call('sessions.seatMap', { sessionId: seated.id }, core.cookies.clerk)).json as { seats: SeatMapSeat[] };
  const free = map.seats.filter((s) => s.state === 'available').slice(0, 2);
  // The demo left the clerk's shift open: money moves inside it, and a second one is refused.
  const opened = await core.call('shifts.open', { floatFen: 50_000 }, core.cookies.clerk);
  assert.deepEqual([opened.status, (opened.json as { code: string }).code], [409, 'SHIFT_ALREADY_OPEN']);
  const holders = seated.realNameMode === 'per_ticket' ? [{ name: '张三', idType: 'resident_id', idNumber: '11010519491231002X' }, { name: '李四', idType: 'resident_id', idNumber: '110101199003070011' }] : [];
  const sale = await core.call(
    'sales.sell',
    {
      sessionId: seated.id,
      seats: free.map((s, i) => ({ ticketId: s.ticketId, ...(holders[i] ? { holder: holders[i] } : {}) })),
      payment: { method: 'cash', receivedFen: 10_000_000 },
      ...(seated.realNameMode === 'per_order' ? { buyer: holders[0] ?? { name: '张三', idType: 'resident_id', idNumber: '11010519491231002X' } } : {}),
    },
    core.cookies.clerk,
  );
  assert.equal(sale.status, 200, JSON.stringify(sale.json));
  const order = sale.json as OrderView;
  assert.equal(order.lines.length, 2);
  const line = order.lines[0];
  assert.ok(line);

  const refunded = await core.call('refunds.refund', { orderId: order.id, orderLineIds: [line.orderLineId], reason: '观众行程有变' }, core.cookies.clerk);
  assert.equal(refunded.status, 200, JSON.stringify(refunded.json));
  const after = (await core.call('sessions.seatMap', { sessionId: seated.id }, core.cookies.clerk)).json as { seats: SeatMapSeat[] };
  assert.equal(after.seats.find((s) => s.ticketId === free[0]?.ticketId)?.state, 'available');

  const verdict = (await core.call('gate.checkIn', { gateName: '东门', sessionIds: [seated.id], code: line.ticketCode }, core.cookies.gate)).json as GateResult;
  assert.equal(verdict.admitted, false);
  assert.equal(verdict.verdict, 'refunded');
});

test('domain validation refusals name the field and change nothing', async () => {
  const result = await core.call('holds.bestAvailable', { sessionId: seated.id, priceTierId: 'x', count: 99 }, core.cookies.clerk);
  assert.equal(result.status, 400);
  assert.equal((result.json as { code: string }).code, 'VALIDATION');
});
