import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DAY, testWorld } from '../helpers/context';
import { count, outboxRows } from '../helpers/outbox';
import { buildTheatre, seatedShow } from '../helpers/fixtures';
import { refusal, seatFinder } from '../helpers/sales';
import { sell } from '../../../electron/boxoffice/sales/sell';
import { refund } from '../../../electron/boxoffice/refunds/refund';
import { openShift } from '../../../electron/boxoffice/shifts/shifts';
import { cancelSession } from '../../../electron/boxoffice/catalog/sessions';
import { getSessionDetails } from '../../../electron/boxoffice/catalog/queries';
import { outboxRefs } from '../../../db/outbox/queue';
import { queryAudit } from '../../../db/audit';
import type { OutboxPayload } from '../../../db/outbox/payloads';
import { parseInput } from '../../../electron/boxoffice/parse-input';
import { openShiftInput } from '../../../electron/boxoffice/shifts/schemas';
import { sellInput } from '../../../electron/boxoffice/sales/schemas';
import { refundInput } from '../../../electron/boxoffice/refunds/schemas';
import { cancelSessionInput, sessionIdInput } from '../../../electron/boxoffice/catalog/schemas';

function sold() {
  const world = testWorld();
  const show = seatedShow(world, buildTheatre(world));
  openShift(world.clerk, parseInput(openShiftInput, { floatFen: 0 }));
  const seat = seatFinder(world.clerk, show.session.id);
  const ids = [seat('1排', '1'), seat('1排', '2'), seat('1排', '3', 'B区')];
  const order = sell(world.clerk, parseInput(sellInput, { sessionId: show.session.id, seats: ids.map((ticketId) => ({ ticketId })), payment: { method: 'cash', receivedFen: 200_000 } }));
  return { world, show, seat, ids, order };
}

test('a partial refund, then the rest: money back, seats back on sale, events and states in the outbox', () => {
  const { world, show, order, ids } = sold();
  const first = order.lines[0];
  assert.ok(first);
  world.clock.now += 1000;
  const partial = refund(world.clerk, parseInput(refundInput, { orderId: order.id, orderLineIds: [first.orderLineId], reason: '买家行程变更' }));
  assert.equal(partial.refundedFen, 88_000);
  assert.equal(partial.order.status, 'partially_refunded');
  assert.equal(partial.order.refundedFen, 88_000);
  assert.equal(partial.order.lines[0]?.status, 'refunded');
  assert.equal(getSessionDetails(world.clerk, parseInput(sessionIdInput, { sessionId: show.session.id })).tiers[0]?.available, 49);
  const [event] = outboxRows(world.db, 'refund');
  assert.ok(event);
  assert.deepEqual(event.payload, {
    refundOrderId: partial.refundId, orderId: order.id, reason: '买家行程变更', refundOrderTime: world.clock.now,
    ticketOrderList: [{ ticketOrderId: first.orderLineId, sessionId: show.session.id, ticketId: ids[0], refundAmount: 88_000 }],
  });
  assert.equal(event.orderId, order.id, 'the worker holds a refund until its order is delivered');
  assert.deepEqual(outboxRefs(world.db, event.seq).tickets, [ids[0]]);
  const ticketState = outboxRows(world.db, 'ticket', 'pending').find((r) => r.recordId === ids[0]);
  assert.equal((ticketState?.payload as OutboxPayload<'ticket'>).availableSale, 'for_sale');

  const rest = refund(world.clerk, parseInput(refundInput, { orderId: order.id, reason: '全部退票' }));
  assert.equal(rest.tickets, 2);
  assert.equal(rest.refundedFen, 88_000 + 18_000);
  assert.equal(rest.order.status, 'refunded');
  assert.throws(() => refund(world.clerk, parseInput(refundInput, { orderId: order.id, reason: '再退' })), refusal('ALREADY_REFUNDED'));
  assert.throws(() => refund(world.clerk, parseInput(refundInput, { orderId: order.id, orderLineIds: [first.orderLineId], reason: '再退' })), refusal('ALREADY_REFUNDED'));
  assert.equal(outboxRows(world.db, 'refund').length, 2);
  assert.deepEqual(queryAudit(world.db, { action: 'order.refund' }).map((a) => a.detail.tickets), [2, 1]);

  const resale = sell(world.clerk, parseInput(sellInput, { sessionId: show.session.id, seats: [{ ticketId: ids[0] ?? '' }], payment: { method: 'card' } }));
  assert.notEqual(resale.lines[0]?.ticketCode, first.ticketCode, 'a resold seat gets a new code');
  assert.equal(resale.lines[0]?.ticketId, ids[0], 'and keeps its ticket id');
});

test('refusals: a used ticket, a line of another order, the session started, no shift, bad input', () => {
  const { world, show, order } = sold();
  const line = order.lines[1];
  assert.ok(line);
  world.db.prepare(`INSERT INTO check_ins (id, order_line_id, ticket_id, session_id, gate_name, checked_at, checking_type, auth_type, entry_no) VALUES ('c1', ?, ?, ?, '东门', ?, 'code', 'device', 1)`).run(line.orderLineId, line.ticketId, show.session.id, world.clock.now);
  const before = count(world.db, 'SELECT count(*) AS n FROM outbox');
  assert.throws(() => refund(world.clerk, parseInput(refundInput, { orderId: order.id, reason: '不想看了' })), refusal('TICKET_USED', (d) => d.orderLineId === line.orderLineId));
  assert.equal(count(world.db, 'SELECT count(*) AS n FROM outbox'), before);
  assert.equal(count(world.db, "SELECT count(*) AS n FROM order_lines WHERE status = 'refunded'"), 0, 'nothing of the order was refunded');
  assert.throws(() => refund(world.clerk, parseInput(refundInput, { orderId: order.id, orderLineIds: ['tko_other'], reason: 'x' })), refusal('NOT_FOUND'));
  assert.throws(() => refund(world.clerk, parseInput(refundInput, { orderId: 'ord_nope', reason: 'x' })), refusal('NOT_FOUND'));
  assert.throws(() => refund(world.clerk, parseInput(refundInput, { orderId: order.id, reason: '' })), refusal('VALIDATION'));
  assert.throws(() => refund(world.clerk, parseInput(refundInput, { orderId: order.id, reason: 'x'.repeat(201) })), refusal('VALIDATION'));
  const other = order.lines[0]?.orderLineId ?? '';
  assert.throws(() => refund(world.as('clerk2', 'clerk'), parseInput(refundInput, { orderId: order.id, orderLineIds: [other], reason: '换场' })), refusal('NO_OPEN_SHIFT'));
  world.clock.now = show.session.startsAt;
  assert.throws(() => refund(world.clerk, parseInput(refundInput, { orderId: order.id, orderLineIds: [other], reason: '迟到' })), refusal('REFUND_CLOSED'));
  openShift(world.manager, parseInput(openShiftInput, { floatFen: 0 }));
  assert.equal(refund(world.manager, parseInput(refundInput, { orderId: order.id, orderLineIds: [other], reason: '经理同意' })).tickets, 1);
});

test('a cancelled session is refunded at any time; its stock stays at zero', () => {
  const { world, show, order } = sold();
  cancelSession(world.manager, parseInput(cancelSessionInput, { sessionId: show.session.id, reason: '停演' }));
  world.clock.now = show.session.startsAt + DAY;
  const result = refund(world.clerk, parseInput(refundInput, { orderId: order.id, reason: '演出取消' }));
  assert.equal(result.order.status, 'refunded');
  const stock = outboxRows(world.db, 'inventory', 'pending').map((r) => (r.payload as OutboxPayload<'inventory'>).availableInventory);
  assert.deepEqual(stock, [0, 0]);
});
