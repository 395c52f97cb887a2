import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MINUTE, testWorld } from '../../boxoffice/helpers/context';
import { outboxRows } from '../../boxoffice/helpers/outbox';
import { buildTheatre, seatedShow } from '../../boxoffice/helpers/fixtures';
import { seatFinder } from '../../boxoffice/helpers/sales';
import { sell } from '../../../electron/boxoffice/sales/sell';
import { refund } from '../../../electron/boxoffice/refunds/refund';
import { checkIn } from '../../../electron/boxoffice/gate/check-in';
import { openShift } from '../../../electron/boxoffice/shifts/shifts';
import { waitingOn } from '../../../db/outbox/dependencies';
import { markDelivered, markInFlight, type OutboxRow } from '../../../db/outbox/queue';
import { setPlatformCodes, setSessionCodes } from '../../../db/catalog';
import type { OutboxKind } from '../../../db/outbox/payloads';

test('each row waits for exactly what the platform needs first', () => {
  const world = testWorld();
  const theatre = buildTheatre(world);
  const show = seatedShow(world, theatre);
  openShift(world.clerk, { floatFen: 0 });
  const seat = seatFinder(world.clerk, show.session.id);
  const first = sell(world.clerk, { sessionId: show.session.id, seats: [{ ticketId: seat('1排', '1') }], payment: { method: 'card' } });
  refund(world.clerk, { orderId: first.id, reason: '退票' });
  const again = sell(world.clerk, { sessionId: show.session.id, seats: [{ ticketId: seat('1排', '1') }], payment: { method: 'card' } });
  world.clock.now = show.session.startsAt - 10 * MINUTE;
  checkIn(world.gate, { gateName: '东门', sessionIds: [show.session.id], code: again.lines[0]?.ticketCode ?? '' });

  const row = (kind: OutboxKind, recordId?: string): OutboxRow => {
    const found = outboxRows(world.db, kind).filter((r) => recordId === undefined || r.recordId === recordId).at(-1);
    assert.ok(found, `${kind} ${recordId ?? ''}`);
    return found;
  };
  const deliver = (r: OutboxRow) => {
    markInFlight(world.db, [r.seq], world.clock.now);
    markDelivered(world.db, [r.seq], world.clock.now);
  };
  const [firstHall, secondHall] = outboxRows(world.db, 'venue.save');
  assert.ok(firstHall && secondHall);
  assert.equal(waitingOn(world.db, secondHall), 'waiting for the registration of its venue', 'the venue is registered with its first hall');
  assert.equal(waitingOn(world.db, firstHall), null);
  assert.equal(waitingOn(world.db, row('performance.code')), 'waiting for the registration of a hall');
  assert.equal(waitingOn(world.db, row('inventory', show.tier.VIP)), 'waiting for the session code');
  setPlatformCodes(world.db, theatre.venueId, '310101001', [{ hallId: theatre.seatedHallId, hallCode: '31010100101' }], world.clock.now);
  assert.equal(waitingOn(world.db, secondHall), null);
  assert.equal(waitingOn(world.db, row('performance.code')), null);
  setSessionCodes(world.db, { [show.session.id]: '310101001012506030001' }, world.clock.now);

  const ticketRow = row('ticket', seat('1排', '1'));
  assert.equal(waitingOn(world.db, ticketRow), 'waiting for the inventory of its price tier');
  assert.equal(waitingOn(world.db, row('order', first.id)), 'waiting for the inventory of its price tiers');
  assert.equal(waitingOn(world.db, row('inventory', show.tier.VIP)), null);
  deliver(row('inventory', show.tier.VIP));
  assert.equal(waitingOn(world.db, ticketRow), null);
  assert.equal(waitingOn(world.db, row('order', first.id)), null);
  assert.equal(waitingOn(world.db, row('refund')), 'waiting for its order');
  assert.equal(waitingOn(world.db, row('order', again.id)), 'waiting for the refund of one of its seats');
  assert.equal(waitingOn(world.db, row('checking')), 'waiting for the order of its ticket');
  deliver(row('order', first.id));
  assert.equal(waitingOn(world.db, row('refund')), null);
  deliver(row('refund'));
  assert.equal(waitingOn(world.db, row('order', again.id)), null);
  deliver(row('order', again.id));
  assert.equal(waitingOn(world.db, row('checking')), null);
});
