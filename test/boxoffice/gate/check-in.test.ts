import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DAY, HOUR, MINUTE, testWorld } from '../helpers/context';
import { count, outboxRows } from '../helpers/outbox';
import { buildTheatre, seatedShow } from '../helpers/fixtures';
import { person, refusal, residentId, seatFinder } from '../helpers/sales';
import { sell } from '../../../electron/boxoffice/sales/sell';
import { refund } from '../../../electron/boxoffice/refunds/refund';
import { openShift } from '../../../electron/boxoffice/shifts/shifts';
import { cancelSession, createSession, updateSession } from '../../../electron/boxoffice/catalog/sessions';
import { generateTickets } from '../../../electron/boxoffice/catalog/tickets';
import { reprintTickets } from '../../../electron/boxoffice/tickets/reprint';
import { checkIn, checkInBatch } from '../../../electron/boxoffice/gate/check-in';
import { checkInById } from '../../../electron/boxoffice/gate/by-id';
import { checkOut } from '../../../electron/boxoffice/gate/exit';
import { checkOutInput } from '../../../electron/boxoffice/gate/exit-schemas';
import { gateStats } from '../../../electron/boxoffice/gate/stats';
import { formatTicketCode } from '../../../electron/boxoffice/format';
import type { OutboxPayload } from '../../../db/outbox/payloads';
import { parseInput } from '../../../electron/boxoffice/parse-input';
import { openShiftInput } from '../../../electron/boxoffice/shifts/schemas';
import { sellInput } from '../../../electron/boxoffice/sales/schemas';
import { checkInBatchInput, checkInByIdInput, checkInInput, gateStatsInput } from '../../../electron/boxoffice/gate/schemas';
import { refundInput } from '../../../electron/boxoffice/refunds/schemas';
import { reprintInput } from '../../../electron/boxoffice/tickets/schemas';
import { cancelSessionInput, createSessionInput, generateTicketsInput, updateSessionInput } from '../../../electron/boxoffice/catalog/schemas';

function evening(performance: Parameters<typeof seatedShow>[2] = {}) {
  const world = testWorld();
  const theatre = buildTheatre(world);
  const show = seatedShow(world, theatre, performance);
  openShift(world.clerk, parseInput(openShiftInput, { floatFen: 0 }));
  const seat = seatFinder(world.clerk, show.session.id);
  const gate = { gateName: '东门', sessionIds: [show.session.id] };
  const atTheDoor = () => (world.clock.now = show.session.startsAt - 30 * MINUTE);
  return { world, theatre, show, seat, gate, atTheDoor };
}

test('valid, then already used with the first time and gate; the admission goes to the outbox', () => {
  const { world, show, seat, gate, atTheDoor } = evening();
  const order = sell(world.clerk, parseInput(sellInput, { sessionId: show.session.id, seats: [{ ticketId: seat('1排', '5') }], payment: { method: 'card' } }));
  const line = order.lines[0];
  assert.ok(line);
  atTheDoor();
  const first = checkIn(world.gate, parseInput(checkInInput, { ...gate, code: formatTicketCode(line.ticketCode).toLowerCase() }));
  assert.equal(first.verdict, 'valid');
  assert.equal(first.admitted, true);
  assert.deepEqual(first.ticket && { seat: first.ticket.seatText, tier: first.ticket.tierName, type: first.ticket.ticketType, holder: first.ticket.holderName }, { seat: '1层 A区 1排 5号', tier: 'VIP', type: 'regular', holder: null });
  const [event] = outboxRows(world.db, 'checking');
  assert.ok(event);
  assert.deepEqual(event.payload, { checkInId: first.checkIn?.id, ticketId: line.ticketId, sessionId: show.session.id, priceId: show.tier.VIP, checkingTime: world.clock.now, checkingType: 'code', authType: 'device' });
  assert.equal(event.orderId, order.id, 'the worker holds a check-in until its order is delivered');
  assert.equal(event.ticketId, line.ticketId);

  world.clock.now += 5 * MINUTE;
  const again = checkIn(world.as('gate2', 'gate'), parseInput(checkInInput, { ...gate, gateName: '西门', code: line.ticketCode }));
  assert.equal(again.verdict, 'already_used');
  assert.equal(again.admitted, false);
  assert.deepEqual(again.firstEntry, { at: world.clock.now - 5 * MINUTE, gateName: '东门' });
  assert.match(again.message, /already used at 2025-06-03 11:30 at 东门/);
  assert.equal(outboxRows(world.db, 'checking').length, 1);
  assert.deepEqual(world.db.prepare('SELECT code, verdict, gate_name AS gate, session_id AS s FROM rejected_scans').all(), [{ code: line.ticketCode, verdict: 'already_used', gate: '西门', s: show.session.id }]);
  const typed = checkIn(world.gate, parseInput(checkInInput, { ...gate, code: 'nothing-like-a-code', entry: 'manual' }));
  assert.equal(typed.verdict, 'unknown');
  assert.equal(count(world.db, 'SELECT count(*) AS n FROM rejected_scans'), 2);
});

test('refusals: wrong session, refunded, voided, not open, closed, cancelled; re-entry when allowed', () => {
  const { world, theatre, show, seat, gate, atTheDoor } = evening();
  const sale = sell(world.clerk, parseInput(sellInput, { sessionId: show.session.id, seats: ['1', '2', '3', '4'].map((n) => ({ ticketId: seat('2排', n) })), ticketMode: 'electronic', buyer: { name: '王五', phone: '13800138000' }, payment: { method: 'card' } }));
  const [a, b, c, d] = sale.lines;
  assert.ok(a && b && c && d);
  refund(world.clerk, parseInput(refundInput, { orderId: sale.id, orderLineIds: [b.orderLineId], reason: '退票' }));
  reprintTickets(world.clerk, parseInput(reprintInput, { orderLineIds: [c.orderLineId], reason: '遗失', voidPrevious: true }));
  const startsAt = show.session.startsAt + DAY;
  const other = createSession(world.manager, parseInput(createSessionInput, { performanceId: show.performanceId, hallId: theatre.seatedHallId, name: '次日', startsAt, endsAt: startsAt + HOUR, salesOpenAt: world.clock.now, tiers: [{ name: 'VIP', priceFen: 1 }] }));
  generateTickets(world.manager, parseInput(generateTicketsInput, { sessionId: other.id, seatRules: [{ priceTierId: other.tiers[0]?.id ?? '' }] }));

  world.clock.now = show.session.entryOpensAt - 1;
  const early = checkIn(world.gate, parseInput(checkInInput, { ...gate, code: a.ticketCode }));
  assert.equal(early.verdict, 'not_open');
  assert.deepEqual(early.window, { opensAt: show.session.entryOpensAt, closesAt: show.session.entryClosesAt });
  atTheDoor();
  const wrong = checkIn(world.gate, parseInput(checkInInput, { ...gate, sessionIds: [other.id], code: a.ticketCode }));
  assert.equal(wrong.verdict, 'wrong_session');
  assert.match(wrong.message, /雷雨 首演, 2025-06-03 12:00/);
  assert.equal(wrong.ticket?.sessionId, show.session.id);
  assert.equal(checkIn(world.gate, parseInput(checkInInput, { ...gate, code: b.ticketCode })).verdict, 'refunded');
  assert.equal(checkIn(world.gate, parseInput(checkInInput, { ...gate, code: c.ticketCode })).verdict, 'void');
  world.clock.now = show.session.entryClosesAt;
  assert.equal(checkIn(world.gate, parseInput(checkInInput, { ...gate, code: a.ticketCode })).verdict, 'closed');
  atTheDoor();
  updateSession(world.manager, parseInput(updateSessionInput, { sessionId: show.session.id, allowReentry: true }));
  assert.equal(checkIn(world.gate, parseInput(checkInInput, { ...gate, code: a.ticketCode })).verdict, 'valid');
  // Re-entry goes out through an exit first (the last scan decides: exit-rules.ts).
  assert.equal(checkOut(world.gate, parseInput(checkOutInput, { ...gate, code: a.ticketCode })).verdict, 'exit');
  const back = checkIn(world.gate, parseInput(checkInInput, { ...gate, code: a.ticketCode }));
  assert.equal(back.verdict, 'reentry');
  assert.equal(back.checkIn?.entryNo, 2);
  assert.equal(outboxRows(world.db, 'checking').length, 1, 're-entries are not reported');
  cancelSession(world.manager, parseInput(cancelSessionInput, { sessionId: show.session.id, reason: '停演' }));
  assert.equal(checkIn(world.gate, parseInput(checkInInput, { ...gate, code: d.ticketCode })).verdict, 'cancelled');
  assert.equal(count(world.db, 'SELECT count(*) AS n FROM rejected_scans'), 6, 'every refusal is logged');
  assert.throws(() => checkIn(world.gate, parseInput(checkInInput, { ...gate, sessionIds: [], code: a.ticketCode })), refusal('VALIDATION'));
});

test('real-name entry: the ID is asked for, a wrong one refused, the right one admits (checkingType id_document)', () => {
  const { world, show, seat, gate, atTheDoor } = evening({ realNameMode: 'per_ticket' });
  const holderId = residentId('19880808', '317');
  const sale = sell(world.clerk, parseInput(sellInput, { sessionId: show.session.id, seats: [{ ticketId: seat('3排', '3'), holder: person('欧阳娜娜', holderId) }], payment: { method: 'card' } }));
  const code = sale.lines[0]?.ticketCode ?? '';
  atTheDoor();
  const asked = checkIn(world.gate, parseInput(checkInInput, { ...gate, code }));
  assert.equal(asked.verdict, 'id_required');
  assert.equal(asked.admitted, false);
  assert.equal(asked.ticket?.holderName, '欧**娜');
  assert.equal(asked.ticket.holderIdType, 'resident_id');
  assert.equal(count(world.db, 'SELECT count(*) AS n FROM rejected_scans'), 0, 'asking is not refusing');
  const mismatch = checkIn(world.gate, parseInput(checkInInput, { ...gate, code, idNumber: residentId('19900101', '999') }));
  assert.equal(mismatch.verdict, 'id_mismatch');
  assert.equal(count(world.db, "SELECT count(*) AS n FROM rejected_scans WHERE verdict = 'id_mismatch'"), 1);
  assert.ok(!JSON.stringify(world.db.prepare('SELECT * FROM rejected_scans').all()).includes('19900101'), 'no ID number in the log');
  const ok = checkIn(world.gate, parseInput(checkInInput, { ...gate, code, idType: 'resident_id', idNumber: holderId.toLowerCase(), entry: 'manual' }));
  assert.equal(ok.verdict, 'valid');
  assert.deepEqual([(outboxRows(world.db, 'checking')[0]?.payload as OutboxPayload<'checking'>).checkingType, (outboxRows(world.db, 'checking')[0]?.payload as OutboxPayload<'checking'>).authType], ['id_document', 'manual']);
});

test('entry by ID document alone admits the holder’s tickets one by one', () => {
  const { world, show, seat, gate, atTheDoor } = evening({ realNameMode: 'per_order' });
  const buyer = residentId('19750505', '555');
  sell(world.clerk, parseInput(sellInput, { sessionId: show.session.id, seats: ['1', '2'].map((n) => ({ ticketId: seat('4排', n) })), buyer: person('钱七', buyer), payment: { method: 'card' } }));
  atTheDoor();
  const byId = (idNumber: string) => checkInById(world.gate, parseInput(checkInByIdInput, { ...gate, idType: 'resident_id', idNumber }));
  assert.equal(byId(buyer).verdict, 'valid');
  assert.equal(byId(buyer).verdict, 'valid');
  assert.equal(byId(buyer).verdict, 'already_used');
  assert.equal(byId(residentId('19750505', '556')).verdict, 'unknown');
  assert.deepEqual(outboxRows(world.db, 'checking').map((r) => (r.payload as OutboxPayload<'checking'>).checkingType), ['id_document', 'id_document']);
  const stats = gateStats(world.gate, parseInput(gateStatsInput, gate));
  assert.equal(stats.admittedAtGate, 2);
  assert.equal(stats.admittedAllGates, 2);
  assert.equal(stats.expected, 2);
  assert.equal(stats.refusedAtGate, 2);
  assert.deepEqual(stats.buckets.map((b) => [b.gateName, b.count]), [['东门', 2]]);
  assert.equal(stats.buckets[0]?.start, Math.floor(world.clock.now / 300_000) * 300_000);
});

test('entries are counted per 5-minute bucket whatever the second of each admission', () => {
  const { world, show, seat, gate, atTheDoor } = evening();
  const order = sell(world.clerk, parseInput(sellInput, { sessionId: show.session.id, seats: ['1', '2', '3'].map((n) => ({ ticketId: seat('2排', n) })), payment: { method: 'card' } }));
  atTheDoor();
  const bucket = Math.floor(world.clock.now / 300_000) * 300_000;
  const at = [bucket + 7_777, bucket + 61_003, bucket + 300_000 + 12_345];
  order.lines.forEach((line, i) => {
    world.clock.now = at[i] ?? 0;
    assert.equal(checkIn(world.gate, parseInput(checkInInput, { ...gate, code: line.ticketCode })).verdict, 'valid');
  });
  assert.deepEqual(gateStats(world.gate, parseInput(gateStatsInput, gate)).buckets, [
    { start: bucket, gateName: '东门', count: 2 },
    { start: bucket + 300_000, gateName: '东门', count: 1 },
  ]);
});

test('expected counts the live tickets of the gate’s sessions: a refund leaves, a new sale joins', () => {
  const { world, show, seat, gate } = evening();
  const order = sell(world.clerk, parseInput(sellInput, { sessionId: show.session.id, seats: ['1', '2', '3'].map((n) => ({ ticketId: seat('3排', n) })), payment: { method: 'card' } }));
  assert.equal(gateStats(world.gate, parseInput(gateStatsInput, gate)).expected, 3);
  refund(world.clerk, parseInput(refundInput, { orderId: order.id, orderLineIds: [order.lines[0]?.orderLineId ?? ''], reason: '行程有变' }));
  assert.equal(gateStats(world.gate, parseInput(gateStatsInput, gate)).expected, 2);
  sell(world.clerk, parseInput(sellInput, { sessionId: show.session.id, seats: [{ ticketId: seat('3排', '1') }], payment: { method: 'card' } }));
  assert.equal(gateStats(world.gate, parseInput(gateStatsInput, gate)).expected, 3);
});

test('a batch of scans is judged in order in one transaction, each with its own verdict', () => {
  const { world, show, seat, gate, atTheDoor } = evening();
  const order = sell(world.clerk, parseInput(sellInput, { sessionId: show.session.id, seats: [{ ticketId: seat('1排', '1') }, { ticketId: seat('1排', '2') }], payment: { method: 'card' } }));
  atTheDoor();
  const [a, b] = order.lines.map((l) => l.ticketCode);
  const results = checkInBatch(world.gate, parseInput(checkInBatchInput, { scans: [a, b, a, 'NOPE'].map((code) => ({ ...gate, code })) }));
  assert.deepEqual(results.map((r) => r.verdict), ['valid', 'valid', 'already_used', 'unknown']);
  assert.equal(outboxRows(world.db, 'checking').length, 2);
  assert.equal(count(world.db, 'SELECT count(*) AS n FROM rejected_scans'), 2);
});

test('an ID number typed into the ticket field is kept only as a keyed hash among the refusals', () => {
  const { world, gate, atTheDoor } = evening();
  atTheDoor();
  const id = residentId('19900307', '123');
  assert.equal(checkIn(world.gate, { ...gate, code: id, entry: 'manual' }).verdict, 'unknown');
  assert.equal(checkIn(world.gate, { ...gate, code: `${id.slice(0, 6)} ${id.slice(6)}`.toLowerCase(), entry: 'manual' }).verdict, 'unknown');
  assert.equal(checkIn(world.gate, { ...gate, code: 'E12345678', entry: 'manual' }).verdict, 'unknown');
  const logged = (world.db.prepare('SELECT code FROM rejected_scans ORDER BY id').all() as { code: string }[]).map((r) => r.code);
  assert.equal(logged.length, 3);
  for (const code of logged) {
    assert.match(code, /^id#[\w-]{22}$/);
    assert.ok(!code.includes(id.slice(6, 14)) && !code.includes('12345678'), 'no part of the number in clear');
  }
  assert.equal(logged[0], logged[1], 'the same number typed again gives the same hash');
});
