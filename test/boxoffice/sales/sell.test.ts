import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HOUR, testWorld } from '../helpers/context';
import { count, outboxRows } from '../helpers/outbox';
import { buildTheatre, seatedShow, unseatedShow } from '../helpers/fixtures';
import { person, refusal, residentId, seatFinder } from '../helpers/sales';
import { sell } from '../../../electron/boxoffice/sales/sell';
import { holdSeats } from '../../../electron/boxoffice/holds/holds';
import { openShift } from '../../../electron/boxoffice/shifts/shifts';
import { setTicketStatus } from '../../../electron/boxoffice/catalog/tickets';
import { cancelSession } from '../../../electron/boxoffice/catalog/sessions';
import { getSessionDetails } from '../../../electron/boxoffice/catalog/queries';
import { queryAudit } from '../../../db/audit';
import { createPerformance, updatePerformance } from '../../../electron/boxoffice/catalog/performances';
import { outboxRefs } from '../../../db/outbox/queue';
import type { OutboxPayload } from '../../../db/outbox/payloads';
import { parseInput } from '../../../electron/boxoffice/parse-input';
import { openShiftInput } from '../../../electron/boxoffice/shifts/schemas';
import { holdSeatsInput } from '../../../electron/boxoffice/holds/schemas';
import { sellInput } from '../../../electron/boxoffice/sales/schemas';
import { cancelSessionInput, createPerformanceInput, sessionIdInput, setTicketStatusInput, updatePerformanceInput } from '../../../electron/boxoffice/catalog/schemas';

function seated() {
  const world = testWorld();
  const theatre = buildTheatre(world);
  const show = seatedShow(world, theatre);
  openShift(world.clerk, parseInput(openShiftInput, { floatFen: 50_000 }));
  const seat = seatFinder(world.clerk, show.session.id);
  return { world, theatre, show, seat };
}

const snapshot = (world: ReturnType<typeof testWorld>) => ({
  orders: count(world.db, 'SELECT count(*) AS n FROM orders'),
  lines: count(world.db, 'SELECT count(*) AS n FROM order_lines'),
  sold: count(world.db, "SELECT count(*) AS n FROM tickets WHERE status = 'sold'"),
  outbox: count(world.db, 'SELECT count(*) AS n FROM outbox'),
  outboxPayloads: count(world.db, 'SELECT sum(length(payload)) AS n FROM outbox'),
  persons: count(world.db, 'SELECT count(*) AS n FROM persons'),
});

test('a seated cash sale: order, tickets, change, outbox rows and audit in one go', () => {
  const { world, show, seat } = seated();
  const ids = [seat('1排', '4'), seat('1排', '5'), seat('1排', '6'), seat('1排', '7')];
  const hold = holdSeats(world.clerk, parseInput(holdSeatsInput, { sessionId: show.session.id, ticketIds: ids }));
  const order = sell(world.clerk, parseInput(sellInput, { sessionId: show.session.id, seats: ids.map((ticketId) => ({ ticketId })), holdId: hold.holdId, payment: { method: 'cash', receivedFen: 400_000 }, expectedTotalFen: 352_000 }));
  assert.match(order.number, /^25060100001$/);
  assert.equal(order.totalFen, 352_000);
  assert.deepEqual(order.payment, { method: 'cash', receivedFen: 400_000, changeFen: 48_000, reference: '' });
  assert.equal(order.ticketCount, 4);
  assert.equal(order.clerk, 'clerk');
  assert.equal(new Set(order.lines.map((l) => l.ticketCode)).size, 4);
  for (const line of order.lines) assert.match(line.ticketCode, /^[0-9A-HJKMNP-TV-Z]{16}$/);
  assert.equal(new Set(order.lines.map((l) => l.ticketCode.slice(0, 4))).size, 1, 'an order’s codes lie together in their index');
  const first = order.lines[0];
  assert.ok(first);
  assert.equal(first.seatText, '1层 A区 1排 4号');
  assert.equal(first.startsAtText, '2025-06-03 12:00');
  assert.equal(first.priceText, '¥880.00');
  assert.equal(first.ticketCodeText.length, 19);
  assert.equal(first.qrPayload, first.ticketCode);
  assert.equal(first.venueName, '城市大剧院');
  assert.equal(first.hallName, '歌剧厅');
  assert.equal(first.printCount, 1);
  assert.equal(count(world.db, 'SELECT count(*) AS n FROM seat_holds'), 0, 'the hold is consumed');
  assert.equal(getSessionDetails(world.clerk, parseInput(sessionIdInput, { sessionId: show.session.id })).tiers[0]?.available, 46);

  const [event] = outboxRows(world.db, 'order');
  assert.ok(event);
  const payload = event.payload as OutboxPayload<'order'>;
  assert.deepEqual({ ...payload, ticketOrderList: payload.ticketOrderList.length }, {
    orderId: order.id, orderTime: world.clock.now, channelType: 'box_office', channelName: '城市大剧院售票处', ticketNum: 4, totalAmount: 352_000, ticketType: 'regular', ticketMode: 'paper', authMode: 'none', ticketOrderList: 4,
  });
  assert.deepEqual(payload.ticketOrderList[0], { ticketOrderId: first.orderLineId, performanceId: show.performanceId, sessionId: show.session.id, priceId: show.tier.VIP, ticketPrice: 88000, ticketId: ids[0], ticketOrderAmount: 88000 });
  assert.deepEqual(outboxRefs(world.db, event.seq), { tickets: [...ids].sort(), priceTiers: [show.tier.VIP] });
  assert.equal(event.eventAt, world.clock.now);
  const stock = outboxRows(world.db, 'inventory', 'pending').map((r) => r.payload as OutboxPayload<'inventory'>);
  assert.deepEqual(stock.find((s) => s.priceId === show.tier.VIP)?.availableInventory, 46);
  const tickets = outboxRows(world.db, 'ticket', 'pending').filter((r) => ids.includes(r.recordId));
  assert.deepEqual(tickets.map((t) => (t.payload as OutboxPayload<'ticket'>).availableSale), ['not_for_sale', 'not_for_sale', 'not_for_sale', 'not_for_sale']);
  // each state as the sale read its ticket: session, tier and seat
  assert.deepEqual(tickets.find((t) => t.recordId === ids[0])?.payload, {
    performanceId: show.performanceId, sessionId: show.session.id, priceId: show.tier.VIP, ticketId: ids[0], availableSale: 'not_for_sale', floorName: '1层', areaName: 'A区', rowName: '1排', seatNo: '4',
  });
  const [entry] = queryAudit(world.db, { action: 'order.sell' });
  assert.deepEqual(entry?.detail, { sessionId: show.session.id, tickets: 4, totalFen: 352_000, ticketType: 'regular', paymentMethod: 'cash' });
  assert.equal(entry.userId, 'usr_clerk');
});

test('two windows can never sell the same seat; a refused sale changes nothing', () => {
  const { world, show, seat } = seated();
  const other = world.as('clerk2', 'clerk');
  openShift(other, parseInput(openShiftInput, { floatFen: 0 }));
  sell(world.clerk, parseInput(sellInput, { sessionId: show.session.id, seats: [{ ticketId: seat('2排', '1') }], payment: { method: 'card', reference: 'POS-1' } }));
  const before = snapshot(world);
  assert.throws(() => sell(other, parseInput(sellInput, { sessionId: show.session.id, seats: [{ ticketId: seat('2排', '2') }, { ticketId: seat('2排', '1') }], payment: { method: 'card' } })), refusal('SEAT_TAKEN', (d) => d.ticketId === seat('2排', '1')));
  assert.deepEqual(snapshot(world), before, 'seat 2 was not sold either, and no outbox row was written');
  const held = holdSeats(other, parseInput(holdSeatsInput, { sessionId: show.session.id, ticketIds: [seat('2排', '3')] }));
  assert.throws(() => sell(world.clerk, parseInput(sellInput, { sessionId: show.session.id, seats: [{ ticketId: seat('2排', '3') }], payment: { method: 'card' } })), refusal('SEAT_HELD'));
  sell(other, parseInput(sellInput, { sessionId: show.session.id, seats: [{ ticketId: seat('2排', '3') }], holdId: held.holdId, payment: { method: 'mobile', reference: 'WX-9' } }));
  assert.throws(() => world.db.prepare("UPDATE order_lines SET ticket_id = ? WHERE rowid = 2").run(seat('2排', '1')), /UNIQUE/, 'the database refuses a double sale too');
});

test('reserved and blocked seats: clerks cannot sell them; a manager sells reserved house seats', () => {
  const { world, show, seat } = seated();
  setTicketStatus(world.manager, parseInput(setTicketStatusInput, { sessionId: show.session.id, ticketIds: [seat('3排', '1')], status: 'reserved', note: '贵宾' }));
  assert.throws(() => sell(world.clerk, parseInput(sellInput, { sessionId: show.session.id, seats: [{ ticketId: seat('3排', '1') }], payment: { method: 'card' } })), refusal('SEAT_UNAVAILABLE', (d) => d.status === 'reserved'));
  assert.throws(() => sell(world.clerk, parseInput(sellInput, { sessionId: show.session.id, seats: [{ ticketId: seat('3排', '1') }], allowReserved: true, payment: { method: 'card' } })), refusal('SEAT_UNAVAILABLE'));
  assert.throws(() => sell(world.clerk, parseInput(sellInput, { sessionId: show.session.id, seats: [{ ticketId: seat('5排', '10', 'B区') }], payment: { method: 'card' } })), refusal('SEAT_UNAVAILABLE', (d) => d.status === 'blocked'));
  const comp = sell(world.manager, parseInput(sellInput, { sessionId: show.session.id, seats: [{ ticketId: seat('3排', '1') }], allowReserved: true, ticketType: 'complimentary', payment: { method: 'none' } }));
  assert.equal(comp.totalFen, 0);
  assert.equal(comp.lines[0]?.amountFen, 0);
  assert.equal(comp.lines[0].priceFen, 88000);
  assert.equal((outboxRows(world.db, 'order')[0]?.payload as OutboxPayload<'order'>).ticketType, 'complimentary');
});

test('ticket types by role, payments and totals', () => {
  const { world, show, seat } = seated();
  const one = (extra: Record<string, unknown>, ctx = world.clerk) => sell(ctx, parseInput(sellInput, { sessionId: show.session.id, seats: [{ ticketId: seat('4排', '1') }], ...extra }));
  assert.throws(() => one({ ticketType: 'complimentary', payment: { method: 'none' } }), refusal('TICKET_TYPE_NOT_ALLOWED'));
  assert.throws(() => one({ payment: { method: 'none' } }), refusal('PAYMENT_MISMATCH'));
  assert.throws(() => one({ ticketType: 'staff', payment: { method: 'cash', receivedFen: 0 } }, world.manager), refusal('PAYMENT_MISMATCH'));
  assert.throws(() => one({ payment: { method: 'cash', receivedFen: 87_999 } }), refusal('INSUFFICIENT_CASH'));
  assert.throws(() => one({ payment: { method: 'card' }, expectedTotalFen: 80_000 }), refusal('TOTAL_MISMATCH', (d) => d.totalFen === 88_000));
  assert.throws(() => one({ payment: { method: 'card' } }, world.as('clerk3', 'clerk')), refusal('NO_OPEN_SHIFT'));
  assert.throws(() => one({ payment: { method: 'cheque' } }), refusal('VALIDATION'));
  assert.throws(() => sell(world.clerk, parseInput(sellInput, { sessionId: show.session.id, seats: [{ ticketId: seat('4排', '1') }, { ticketId: seat('4排', '1') }], payment: { method: 'card' } })), refusal('VALIDATION'));
  assert.throws(() => sell(world.clerk, parseInput(sellInput, { sessionId: show.session.id, payment: { method: 'card' } })), refusal('VALIDATION'));
  assert.throws(() => one({ ticketType: 'staff', ticketMode: 'electronic', payment: { method: 'none' } }, world.manager), refusal('ETICKET_PHONE_REQUIRED'), 'an e-ticket needs a number to go to');
  const staff = one({ ticketType: 'staff', ticketMode: 'electronic', buyer: { name: '王五', phone: '13800138000' }, payment: { method: 'none' } }, world.manager);
  assert.equal(staff.ticketType, 'staff');
  assert.equal(staff.lines[0]?.printCount, 0, 'an e-ticket is not printed');
  const payload = outboxRows(world.db, 'order')[0]?.payload as OutboxPayload<'order'>;
  assert.deepEqual([payload.ticketType, payload.ticketMode, payload.totalAmount], ['staff', 'electronic', 0]);
});

test('the sales window and a cancelled session', () => {
  const { world, show, seat } = seated();
  const attempt = () => sell(world.clerk, parseInput(sellInput, { sessionId: show.session.id, seats: [{ ticketId: seat('1排', '1') }], payment: { method: 'card' } }));
  world.clock.now = show.session.salesOpenAt - 1;
  assert.throws(attempt, refusal('SALES_NOT_OPEN'));
  world.clock.now = show.session.salesCloseAt;
  assert.throws(attempt, (e: unknown) => refusal('SALES_CLOSED')(e) && /closed at 2025-06-03 12:00/.test((e as Error).message));
  world.clock.now = show.session.salesCloseAt - HOUR;
  cancelSession(world.manager, parseInput(cancelSessionInput, { sessionId: show.session.id, reason: '停演' }));
  assert.throws(attempt, refusal('SESSION_CANCELLED'));
  assert.throws(() => sell(world.clerk, parseInput(sellInput, { sessionId: 'ses_nope', seats: [{ ticketId: 'x' }], payment: { method: 'card' } })), refusal('NOT_FOUND'));
});

test('unseated sales take from the tier pools', () => {
  const world = testWorld();
  const theatre = buildTheatre(world);
  const show = unseatedShow(world, theatre);
  openShift(world.clerk, parseInput(openShiftInput, { floatFen: 0 }));
  const order = sell(world.clerk, parseInput(sellInput, { sessionId: show.session.id, unseated: [{ priceTierId: show.tier['站票'] ?? '', quantity: 3 }, { priceTierId: show.tier['学生'] ?? '', quantity: 2 }], payment: { method: 'mobile', reference: 'ALI-1' } }));
  assert.equal(order.totalFen, 3 * 10000 + 2 * 5000);
  assert.equal(order.lines[0]?.seat, null);
  assert.equal(order.lines[0].seatText, '不对号入座');
  assert.deepEqual(getSessionDetails(world.clerk, parseInput(sessionIdInput, { sessionId: show.session.id })).tiers.map((t) => t.available), [197, 48]);
  assert.throws(() => sell(world.clerk, parseInput(sellInput, { sessionId: show.session.id, unseated: [{ priceTierId: show.tier['学生'] ?? '', quantity: 49 }], payment: { method: 'card' } })), refusal('NOT_ENOUGH_TICKETS', (d) => d.available === 48));
  assert.throws(() => sell(world.clerk, parseInput(sellInput, { sessionId: show.session.id, seats: [{ ticketId: 'tkt_x' }], payment: { method: 'card' } })), refusal('WRONG_HALL_KIND'));
  assert.throws(() => sell(world.clerk, parseInput(sellInput, { sessionId: show.session.id, unseated: [{ priceTierId: 'tier_x', quantity: 1 }], payment: { method: 'card' } })), refusal('NOT_FOUND'));
});

test('one ID per ticket: holders required and checked, stored encrypted, limits per session and performance', () => {
  const world = testWorld();
  const theatre = buildTheatre(world);
  const show = seatedShow(world, theatre, { realNameMode: 'per_ticket', limitPerIdSession: 2, limitPerIdPerformance: 3 });
  openShift(world.clerk, parseInput(openShiftInput, { floatFen: 0 }));
  const seat = seatFinder(world.clerk, show.session.id);
  const zhang = residentId('19900307', '123');
  const li = residentId('19851111', '456');
  const base = { sessionId: show.session.id, payment: { method: 'card' } };
  assert.throws(() => sell(world.clerk, parseInput(sellInput, { ...base, seats: [{ ticketId: seat('1排', '1'), holder: person('张三', zhang) }, { ticketId: seat('1排', '2') }] })), refusal('REAL_NAME_REQUIRED', (d) => d.field === 'seats.1.holder'));
  assert.throws(
    () => sell(world.clerk, parseInput(sellInput, { ...base, seats: [{ ticketId: seat('1排', '1'), holder: person('张三', zhang.slice(0, 17) + (zhang.endsWith('0') ? '1' : '0')) }] })),
    refusal('INVALID_ID_NUMBER', (d) => d.field === 'seats.0.holder.idNumber' && d.problem === 'CHECKSUM'),
  );
  const order = sell(world.clerk, parseInput(sellInput, { ...base, seats: [{ ticketId: seat('1排', '1'), holder: person('张三丰', zhang) }, { ticketId: seat('1排', '2'), holder: person('李四', li) }], buyer: { ...person('张三丰', zhang), phone: '13812345678' } }));
  assert.equal(order.authMode, 'per_ticket');
  assert.deepEqual(order.lines.map((l) => l.holderName), ['张*丰', '李*']);
  assert.equal(order.lines[0]?.holder?.idNumber, `${zhang.slice(0, 4)}**********${zhang.slice(-4)}`);
  assert.equal(order.buyer?.phone, '138****5678');
  assert.equal((outboxRows(world.db, 'order')[0]?.payload as OutboxPayload<'order'>).authMode, 'per_ticket');
  const blobs = world.db.prepare('SELECT name_enc, id_number_enc, phone_enc FROM persons').all() as Record<string, Buffer | null>[];
  const everything = Buffer.concat(blobs.flatMap((row) => Object.values(row).filter((v): v is Buffer => v !== null))).toString('latin1');
  assert.ok(!everything.includes(zhang.slice(-8)) && !everything.includes('12345678'), 'no plaintext ID or phone in the database');
  assert.ok(!JSON.stringify(queryAudit(world.db)).includes(zhang.slice(-6)), 'nor in the audit trail');

  sell(world.clerk, parseInput(sellInput, { ...base, seats: [{ ticketId: seat('1排', '3'), holder: person('张三丰', zhang) }] }));
  assert.throws(
    () => sell(world.clerk, parseInput(sellInput, { ...base, seats: [{ ticketId: seat('1排', '4'), holder: person('张三丰', zhang.toLowerCase()) }] })),
    refusal('PURCHASE_LIMIT', (d) => d.scope === 'session' && d.limit === 2 && d.alreadyHeld === 2 && Array.isArray(d.heldByOrders) && d.heldByOrders.length === 2),
  );
  assert.throws(
    () => sell(world.clerk, parseInput(sellInput, { ...base, seats: [{ ticketId: seat('2排', '1'), holder: person('王五', residentId('20000101', '789')) }, { ticketId: seat('2排', '2'), holder: person('王五', residentId('20000101', '789')) }, { ticketId: seat('2排', '3'), holder: person('王五', residentId('20000101', '789')) }] })),
    refusal('PURCHASE_LIMIT', (d) => d.requested === 3 && d.alreadyHeld === 0),
  );
});

test('one ticket, one ID: one ticket per ID per session by default, refused in the sale with its own sentence; the manager may turn it off', () => {
  const world = testWorld();
  const show = seatedShow(world, buildTheatre(world), { realNameMode: 'per_ticket' });
  const limit = (performanceId: string) => (world.db.prepare('SELECT limit_per_id_session AS n FROM performances WHERE id = ?').get(performanceId) as { n: number | null }).n;
  assert.equal(limit(show.performanceId), 1, 'on by default for 一票一证');
  assert.equal(limit(createPerformance(world.manager, parseInput(createPerformanceInput, { name: '日出', approval: 'A', typeId: 1001, realNameMode: 'per_order' })).id), null, 'not for one ID per order');
  openShift(world.clerk, parseInput(openShiftInput, { floatFen: 0 }));
  const seat = seatFinder(world.clerk, show.session.id);
  const zhang = residentId('19900307', '123');
  const base = { sessionId: show.session.id, payment: { method: 'card' } };
  assert.throws(
    () => sell(world.clerk, parseInput(sellInput, { ...base, seats: [{ ticketId: seat('1排', '1'), holder: person('张三', zhang) }, { ticketId: seat('1排', '2'), holder: person('张三', zhang) }] })),
    (e: unknown) => refusal('PURCHASE_LIMIT', (d) => d.limit === 1 && d.alreadyHeld === 0 && d.requested === 2)(e) && e instanceof Error && e.message.startsWith('One ticket per ID document per session'),
  );
  assert.equal(count(world.db, 'SELECT count(*) AS n FROM orders'), 0, 'nothing sold');
  sell(world.clerk, parseInput(sellInput, { ...base, seats: [{ ticketId: seat('1排', '1'), holder: person('张三', zhang) }] }));
  assert.throws(
    () => sell(world.clerk, parseInput(sellInput, { ...base, seats: [{ ticketId: seat('1排', '2'), holder: person('张三', zhang) }] })),
    refusal('PURCHASE_LIMIT', (d) => d.scope === 'session' && d.limit === 1 && d.alreadyHeld === 1),
  );
  updatePerformance(world.manager, parseInput(updatePerformanceInput, { performanceId: show.performanceId, limitPerIdSession: null }));
  sell(world.clerk, parseInput(sellInput, { ...base, seats: [{ ticketId: seat('1排', '2'), holder: person('张三', zhang) }] }));
});

test('one ID per order: the buyer is required and every ticket counts against that ID', () => {
  const world = testWorld();
  const show = seatedShow(world, buildTheatre(world), { realNameMode: 'per_order', limitPerIdSession: 4, maxTicketsPerOrder: 3 });
  openShift(world.clerk, parseInput(openShiftInput, { floatFen: 0 }));
  const seat = seatFinder(world.clerk, show.session.id);
  const base = { sessionId: show.session.id, payment: { method: 'card' } };
  assert.throws(() => sell(world.clerk, parseInput(sellInput, { ...base, seats: [{ ticketId: seat('1排', '1') }] })), refusal('REAL_NAME_REQUIRED', (d) => d.field === 'buyer'));
  assert.throws(() => sell(world.clerk, parseInput(sellInput, { ...base, seats: ['1', '2', '3', '4'].map((n) => ({ ticketId: seat('1排', n) })), buyer: person('赵六') })), refusal('ORDER_LIMIT'));
  const order = sell(world.clerk, parseInput(sellInput, { ...base, seats: ['1', '2', '3'].map((n) => ({ ticketId: seat('1排', n) })), buyer: person('赵六') }));
  assert.equal((outboxRows(world.db, 'order')[0]?.payload as OutboxPayload<'order'>).authMode, 'per_order');
  assert.deepEqual(order.lines.map((l) => l.holderName), ['赵*', '赵*', '赵*'], 'the buyer is named on each ticket');
  assert.throws(() => sell(world.clerk, parseInput(sellInput, { ...base, seats: ['4', '5'].map((n) => ({ ticketId: seat('1排', n) })), buyer: person('赵六') })), refusal('PURCHASE_LIMIT'));
  sell(world.clerk, parseInput(sellInput, { ...base, seats: [{ ticketId: seat('1排', '4') }], buyer: person('赵六') }));
});

test('the real-name mode of a performance is fixed once tickets were sold', () => {
  const { world, show, seat } = seated();
  sell(world.clerk, parseInput(sellInput, { sessionId: show.session.id, seats: [{ ticketId: seat('1排', '1') }], payment: { method: 'card' } }));
  assert.throws(() => updatePerformance(world.manager, parseInput(updatePerformanceInput, { performanceId: show.performanceId, realNameMode: 'per_ticket' })), refusal('ORDERS_EXIST'));
  updatePerformance(world.manager, parseInput(updatePerformanceInput, { performanceId: show.performanceId, maxTicketsPerOrder: 6 }));
});
