import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MINUTE, testWorld } from '../helpers/context';
import { buildTheatre, seatedShow } from '../helpers/fixtures';
import { seatFinder } from '../helpers/sales';
import { sell } from '../../../electron/boxoffice/sales/sell';
import { openShift } from '../../../electron/boxoffice/shifts/shifts';
import { checkIn } from '../../../electron/boxoffice/gate/check-in';
import { SCANNED_TICKET, scannedTicketByCode, toScannedTicket } from '../../../electron/boxoffice/gate/scanned-ticket';
import { parseInput } from '../../../electron/boxoffice/parse-input';
import { openShiftInput } from '../../../electron/boxoffice/shifts/schemas';
import { sellInput } from '../../../electron/boxoffice/sales/schemas';
import { checkInInput } from '../../../electron/boxoffice/gate/schemas';

test('the raw by-code lookup gives exactly the object the named query gives, column for column', () => {
  const world = testWorld();
  const show = seatedShow(world, buildTheatre(world));
  openShift(world.clerk, parseInput(openShiftInput, { floatFen: 0 }));
  const seat = seatFinder(world.clerk, show.session.id);
  const order = sell(world.clerk, parseInput(sellInput, { sessionId: show.session.id, seats: [{ ticketId: seat('1排', '5') }, { ticketId: seat('1排', '6') }], payment: { method: 'card' } }));
  world.clock.now = show.session.startsAt - 30 * MINUTE;
  const [first, second] = order.lines;
  assert.ok(first && second);
  assert.equal(checkIn(world.gate, parseInput(checkInInput, { gateName: '东门', sessionIds: [show.session.id], code: first.ticketCode })).verdict, 'valid');

  const named = world.db.prepare(SCANNED_TICKET);
  const raw = world.db.prepare(SCANNED_TICKET).raw(true);
  const columns = named.columns().map((column) => column.name);
  const rows = raw.all() as unknown[][];
  assert.equal(rows.length, 2);
  for (const row of rows) assert.deepEqual(Object.keys(toScannedTicket(row)), columns, 'toScannedTicket follows the select list');
  assert.deepEqual(rows.map(toScannedTicket), named.all());
  const admitted = scannedTicketByCode(world.db, first.ticketCode);
  assert.equal(admitted?.entries, 1);
  assert.equal(admitted.firstGate, '东门');
  assert.equal(scannedTicketByCode(world.db, second.ticketCode)?.firstAt, null);
  assert.equal(scannedTicketByCode(world.db, 'NOPE'), undefined);
});
