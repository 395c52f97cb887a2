import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DAY, HOUR } from '../helpers/context';
import { count } from '../helpers/outbox';
import { largeEvening } from '../helpers/large';
import { person, refusal, residentId } from '../helpers/sales';
import { sell } from '../../../electron/boxoffice/sales/sell';
import { refund } from '../../../electron/boxoffice/refunds/refund';
import { createSession } from '../../../electron/boxoffice/catalog/sessions';
import { generateTickets } from '../../../electron/boxoffice/catalog/tickets';
import { seatFinder } from '../helpers/sales';
import { parseInput } from '../../../electron/boxoffice/parse-input';
import { sellInput } from '../../../electron/boxoffice/sales/schemas';
import { refundInput } from '../../../electron/boxoffice/refunds/schemas';
import { createSessionInput, generateTicketsInput } from '../../../electron/boxoffice/catalog/schemas';

const snapshot = (db: Parameters<typeof count>[0]) => ['orders', 'order_lines', 'persons', 'outbox'].map((table) => count(db, `SELECT count(*) AS n FROM ${table}`));

test('large mode: every ticket needs its holder’s ID; a second ticket for one ID is refused, naming the order that holds it', () => {
  const { world, show, seat, fan } = largeEvening();
  const base = { sessionId: show.session.id, payment: { method: 'card' } };
  assert.throws(() => sell(world.clerk, parseInput(sellInput, { ...base, seats: [{ ticketId: seat('1排', '1') }] })), refusal('REAL_NAME_REQUIRED', (d) => d.field === 'seats.0.holder'));
  const first = sell(world.clerk, parseInput(sellInput, { ...base, seats: [{ ticketId: seat('1排', '1'), holder: fan(1) }, { ticketId: seat('1排', '2'), holder: fan(2) }] }));
  assert.equal(first.authMode, 'per_ticket');
  const before = snapshot(world.db);
  const id = fan(2).idNumber;
  assert.throws(
    () => sell(world.as('clerk2', 'clerk'), parseInput(sellInput, { ...base, seats: [{ ticketId: seat('2排', '1'), holder: fan(3) }, { ticketId: seat('2排', '2'), holder: { ...fan(2), idNumber: id.toLowerCase() } }] })),
    (error: unknown) =>
      refusal('ONE_TICKET_PER_ID', (d) => {
        const heldBy = d.heldBy as Record<string, unknown>;
        return (
          d.rule === 'one_ticket_per_id' &&
          d.field === 'seats.1.holder' &&
          d.idNumber === `${id.slice(0, 4)}**********${id.slice(-4)}` &&
          heldBy.orderId === first.id &&
          heldBy.orderNumber === first.number &&
          heldBy.orderLineId === first.lines[1]?.orderLineId &&
          heldBy.seatText === '1层 A区 1排 2号'
        );
      })(error) && (error as Error).message.includes(`order ${first.number}, 1层 A区 1排 2号`),
  );
  assert.deepEqual(snapshot(world.db), before, 'the refused sale changed nothing');
});

test('the same ID twice in one sale is refused; a refund frees the ID; another session of the performance is another count', () => {
  const { world, theatre, show, seat, fan } = largeEvening();
  const base = { sessionId: show.session.id, payment: { method: 'card' } };
  assert.throws(
    () => sell(world.clerk, parseInput(sellInput, { ...base, seats: [{ ticketId: seat('1排', '1'), holder: fan(1) }, { ticketId: seat('1排', '2'), holder: fan(1) }] })),
    refusal('ONE_TICKET_PER_ID', (d) => d.field === 'seats.1.holder' && d.duplicateOf === 'seats.0.holder' && d.heldBy === null),
  );
  const order = sell(world.clerk, parseInput(sellInput, { ...base, seats: [{ ticketId: seat('1排', '1'), holder: fan(1) }] }));
  refund(world.clerk, parseInput(refundInput, { orderId: order.id, reason: '行程变更' }));
  sell(world.clerk, parseInput(sellInput, { ...base, seats: [{ ticketId: seat('1排', '2'), holder: fan(1) }] }));

  const startsAt = show.session.startsAt + DAY;
  const next = createSession(world.manager, parseInput(createSessionInput, { performanceId: show.performanceId, hallId: theatre.seatedHallId, name: '加演', startsAt, endsAt: startsAt + 2 * HOUR, salesOpenAt: world.clock.now, tiers: [{ name: '普通', priceFen: 50000 }] }));
  generateTickets(world.manager, parseInput(generateTicketsInput, { sessionId: next.id, seatRules: [{ priceTierId: next.tiers[0]?.id ?? '' }] }));
  const other = sell(world.clerk, parseInput(sellInput, { sessionId: next.id, seats: [{ ticketId: seatFinder(world.clerk, next.id)('1排', '1'), holder: fan(1) }], payment: { method: 'card' } }));
  assert.equal(other.lines.length, 1, 'one ticket per ID per session, not per performance');
});

test('held tickets: a manager issues complimentary and staff tickets without holders until 24 hours before the start', () => {
  const { world, show, seat, fan } = largeEvening();
  const comp = (ticketIds: string[], extra: Record<string, unknown> = {}) =>
    sell(world.manager, parseInput(sellInput, { sessionId: show.session.id, seats: ticketIds.map((ticketId) => ({ ticketId })), ticketType: 'complimentary', payment: { method: 'none' }, ...extra }));
  const issued = comp([seat('3排', '1'), seat('3排', '2')]);
  assert.deepEqual(issued.lines.map((l) => l.holder), [null, null]);
  const staff = sell(world.manager, parseInput(sellInput, { sessionId: show.session.id, seats: [{ ticketId: seat('3排', '3'), holder: fan(7) }], ticketType: 'staff', payment: { method: 'none' } }));
  assert.equal(staff.lines[0]?.holder?.name, '观*7');
  assert.throws(
    () => sell(world.manager, parseInput(sellInput, { sessionId: show.session.id, seats: [{ ticketId: seat('3排', '4'), holder: fan(7) }], ticketType: 'complimentary', payment: { method: 'none' } })),
    refusal('ONE_TICKET_PER_ID', (d) => (d.heldBy as { ticketType: string }).ticketType === 'staff'),
  );
  assert.throws(() => sell(world.clerk, parseInput(sellInput, { sessionId: show.session.id, seats: [{ ticketId: seat('3排', '5') }], ticketType: 'complimentary', payment: { method: 'none' } })), refusal('TICKET_TYPE_NOT_ALLOWED'));
  world.clock.now = show.session.startsAt - DAY;
  assert.throws(() => comp([seat('3排', '6')]), refusal('HELD_DEADLINE_PASSED', (d) => d.deadline === show.session.startsAt - DAY && d.ticketType === 'complimentary'));
  assert.throws(() => comp([seat('3排', '6')], { seats: [{ ticketId: seat('3排', '6'), holder: fan(8) }] }), refusal('HELD_DEADLINE_PASSED'), 'named or not: too late to hold back');
  world.clock.now -= 1;
  comp([seat('3排', '6')]);
  world.clock.now += 1;
  const late = sell(world.clerk, parseInput(sellInput, { sessionId: show.session.id, seats: [{ ticketId: seat('4排', '1'), holder: person('迟到者', residentId('19800101', '321')) }], payment: { method: 'card' } }));
  assert.equal(late.ticketType, 'regular', 'open sale goes on after the deadline');
});
