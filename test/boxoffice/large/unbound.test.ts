import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DAY, HOUR } from '../helpers/context';
import { largeEvening } from '../helpers/large';
import { refusal } from '../helpers/sales';
import { sell } from '../../../electron/boxoffice/sales/sell';
import { setTicketStatus } from '../../../electron/boxoffice/catalog/tickets';
import { bindHolder } from '../../../electron/boxoffice/large/bind-holder';
import { unboundHeldTickets } from '../../../electron/boxoffice/large/unbound';
import { parseInput } from '../../../electron/boxoffice/parse-input';
import { setTicketStatusInput } from '../../../electron/boxoffice/catalog/schemas';
import { sellInput } from '../../../electron/boxoffice/sales/schemas';
import { bindHolderInput, unboundHeldInput } from '../../../electron/boxoffice/large/schemas';

test('the manager’s countdown lists unbound complimentary, staff and reserved tickets with the time left', () => {
  const { world, show, seat, fan } = largeEvening();
  const sessionId = show.session.id;
  setTicketStatus(world.manager, parseInput(setTicketStatusInput, { sessionId, ticketIds: [seat('1排', '9'), seat('1排', '10')], status: 'reserved', note: '赞助商' }));
  const comp = sell(world.manager, parseInput(sellInput, { sessionId, seats: [{ ticketId: seat('2排', '1') }, { ticketId: seat('2排', '2') }], ticketType: 'complimentary', payment: { method: 'none' } }));
  sell(world.manager, parseInput(sellInput, { sessionId, seats: [{ ticketId: seat('2排', '3'), holder: fan(3) }], ticketType: 'staff', payment: { method: 'none' } }));
  bindHolder(world.manager, parseInput(bindHolderInput, { orderLineId: comp.lines[1]?.orderLineId ?? '', holder: fan(2) }));
  world.clock.now += 2 * HOUR;

  const list = unboundHeldTickets(world.manager, parseInput(unboundHeldInput, {}));
  assert.equal(list.now, world.clock.now);
  assert.equal(list.totalUnbound, 3);
  const [session] = list.sessions;
  assert.ok(session);
  assert.deepEqual(
    [session.sessionId, session.performanceName, session.large, session.bindingDeadline, session.msLeft, session.overdue, session.heldCap, session.held.total, session.unboundCount],
    [sessionId, '雷雨', true, show.session.startsAt - DAY, show.session.startsAt - DAY - world.clock.now, false, 15, 5, 3],
  );
  assert.deepEqual(session.issued.map((t) => [t.orderNumber, t.orderLineId, t.ticketType, t.seatText, t.tierName]), [[comp.number, comp.lines[0]?.orderLineId, 'complimentary', '1层 A区 2排 1号', 'VIP']]);
  assert.deepEqual(session.reserved.map((t) => [t.seatText, t.note]), [['1层 A区 1排 9号', '赞助商'], ['1层 A区 1排 10号', '赞助商']]);

  world.clock.now = show.session.startsAt - DAY + 1;
  const late = unboundHeldTickets(world.manager, parseInput(unboundHeldInput, { sessionId }));
  assert.deepEqual([late.sessions[0]?.overdue, late.sessions[0]?.msLeft], [true, -1]);
  world.clock.now = show.session.startsAt + 1;
  assert.deepEqual(unboundHeldTickets(world.manager, parseInput(unboundHeldInput, {})).sessions, [], 'started sessions leave the list');
  assert.equal(unboundHeldTickets(world.manager, parseInput(unboundHeldInput, { sessionId })).sessions.length, 1, 'but can still be asked for');
  assert.throws(() => unboundHeldTickets(world.manager, parseInput(unboundHeldInput, { sessionId: 'ses_nope' })), refusal('NOT_FOUND'));
});
