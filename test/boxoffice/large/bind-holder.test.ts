import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DAY, testWorld } from '../helpers/context';
import { largeEvening } from '../helpers/large';
import { buildTheatre, seatedShow } from '../helpers/fixtures';
import { refusal } from '../helpers/sales';
import { sell } from '../../../electron/boxoffice/sales/sell';
import { refund } from '../../../electron/boxoffice/refunds/refund';
import { openShift } from '../../../electron/boxoffice/shifts/shifts';
import { bindHolder } from '../../../electron/boxoffice/large/bind-holder';
import { queryAudit } from '../../../db/audit';
import { seatFinder } from '../helpers/sales';
import { parseInput } from '../../../electron/boxoffice/parse-input';
import { sellInput } from '../../../electron/boxoffice/sales/schemas';
import { bindHolderInput } from '../../../electron/boxoffice/large/schemas';
import { refundInput } from '../../../electron/boxoffice/refunds/schemas';
import { openShiftInput } from '../../../electron/boxoffice/shifts/schemas';

function issued() {
  const evening = largeEvening();
  const { world, show, seat } = evening;
  const comp = sell(world.manager, parseInput(sellInput, { sessionId: show.session.id, seats: [{ ticketId: seat('5排', '1') }, { ticketId: seat('5排', '2') }], ticketType: 'complimentary', payment: { method: 'none' } }));
  const [a, b] = comp.lines;
  assert.ok(a && b);
  return { ...evening, comp, a, b };
}

test('a clerk binds named holders to complimentary tickets; re-binding before the deadline frees the first ID', () => {
  const { world, show, seat, fan, comp, a } = issued();
  const bound = bindHolder(world.clerk, parseInput(bindHolderInput, { orderLineId: a.orderLineId, holder: fan(1) }));
  assert.equal(bound.id, comp.id);
  assert.equal(bound.lines[0]?.holder?.name, '观*1');
  assert.equal(bound.lines[0].holderName, '观*1', 'the ticket content names the holder too');
  assert.equal(bound.lines[1]?.holder, null);
  assert.deepEqual(bound.lines.map((l) => l.idBound), [true, false]);
  assert.equal(world.db.prepare('SELECT holder_bound_at AS at FROM order_lines WHERE id = ?').pluck().get(a.orderLineId), world.clock.now);
  assert.throws(
    () => sell(world.clerk, parseInput(sellInput, { sessionId: show.session.id, seats: [{ ticketId: seat('1排', '1'), holder: fan(1) }], payment: { method: 'card' } })),
    refusal('ONE_TICKET_PER_ID', (d) => (d.heldBy as { orderLineId: string }).orderLineId === a.orderLineId),
  );
  world.clock.now += 1000;
  bindHolder(world.manager, parseInput(bindHolderInput, { orderLineId: a.orderLineId, holder: fan(2) }));
  sell(world.clerk, parseInput(sellInput, { sessionId: show.session.id, seats: [{ ticketId: seat('1排', '1'), holder: fan(1) }], payment: { method: 'card' } }));
  assert.deepEqual(queryAudit(world.db, { action: 'held.bind_holder' }).map((e) => e.detail.rebound), [true, false]);
  assert.ok(!JSON.stringify(queryAudit(world.db)).includes(fan(2).idNumber.slice(-6)), 'no ID number in the audit trail');
});

test('binding refusals: the same ID twice, a regular ticket, a refunded one, after the deadline, bad input', () => {
  const { world, show, seat, fan, a, b } = issued();
  const regular = sell(world.clerk, parseInput(sellInput, { sessionId: show.session.id, seats: [{ ticketId: seat('1排', '1'), holder: fan(1) }], payment: { method: 'card' } }));
  assert.throws(() => bindHolder(world.clerk, parseInput(bindHolderInput, { orderLineId: a.orderLineId, holder: fan(1) })), refusal('ONE_TICKET_PER_ID', (d) => d.field === 'holder' && (d.heldBy as { orderId: string }).orderId === regular.id));
  assert.throws(() => bindHolder(world.clerk, parseInput(bindHolderInput, { orderLineId: regular.lines[0]?.orderLineId ?? '', holder: fan(2) })), refusal('NOT_HELD_TICKET', (d) => d.ticketType === 'regular'));
  assert.throws(() => bindHolder(world.clerk, parseInput(bindHolderInput, { orderLineId: a.orderLineId, holder: { name: '无证' } })), refusal('REAL_NAME_REQUIRED', (d) => d.field === 'holder.idNumber'));
  assert.throws(() => bindHolder(world.clerk, parseInput(bindHolderInput, { orderLineId: a.orderLineId, holder: { name: '错号', idType: 'resident_id', idNumber: '110101199003071230' } })), refusal('INVALID_ID_NUMBER'));
  assert.throws(() => bindHolder(world.clerk, parseInput(bindHolderInput, { orderLineId: 'tko_nope', holder: fan(2) })), refusal('NOT_FOUND'));
  refund(world.manager, parseInput(refundInput, { orderId: a.orderId, orderLineIds: [b.orderLineId], reason: '嘉宾不来' }));
  assert.throws(() => bindHolder(world.clerk, parseInput(bindHolderInput, { orderLineId: b.orderLineId, holder: fan(2) })), refusal('TICKET_REFUNDED'));
  world.clock.now = show.session.startsAt - DAY;
  assert.throws(() => bindHolder(world.manager, parseInput(bindHolderInput, { orderLineId: a.orderLineId, holder: fan(2) })), refusal('HELD_DEADLINE_PASSED', (d) => d.deadline === world.clock.now && d.orderLineId === a.orderLineId));
  world.clock.now -= 1;
  bindHolder(world.manager, parseInput(bindHolderInput, { orderLineId: a.orderLineId, holder: fan(2) }));
});

test('binding is for held tickets of large performances only', () => {
  const world = testWorld();
  const show = seatedShow(world, buildTheatre(world), { realNameMode: 'per_ticket' });
  openShift(world.manager, parseInput(openShiftInput, { floatFen: 0 }));
  const comp = sell(world.manager, parseInput(sellInput, {
    sessionId: show.session.id,
    seats: [{ ticketId: seatFinder(world.manager, show.session.id)('1排', '1'), holder: { name: '嘉宾', idType: 'resident_id', idNumber: '11010519491231002X' } }],
    ticketType: 'complimentary',
    payment: { method: 'none' },
  }));
  assert.throws(
    () => bindHolder(world.manager, parseInput(bindHolderInput, { orderLineId: comp.lines[0]?.orderLineId ?? '', holder: { name: '别人', idType: 'resident_id', idNumber: '110101199003070011' } })),
    refusal('NOT_LARGE_PERFORMANCE', (d) => d.performanceId === show.performanceId),
  );
});
