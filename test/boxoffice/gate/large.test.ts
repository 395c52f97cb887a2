import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MINUTE } from '../helpers/context';
import { count } from '../helpers/outbox';
import { largeEvening } from '../helpers/large';
import { sell } from '../../../electron/boxoffice/sales/sell';
import { bindHolder } from '../../../electron/boxoffice/large/bind-holder';
import { checkIn } from '../../../electron/boxoffice/gate/check-in';
import { checkInById } from '../../../electron/boxoffice/gate/by-id';
import { VERDICTS } from '../../../electron/boxoffice/gate/verdicts';
import { parseInput } from '../../../electron/boxoffice/parse-input';
import { sellInput } from '../../../electron/boxoffice/sales/schemas';
import { bindHolderInput } from '../../../electron/boxoffice/large/schemas';
import { checkInByIdInput, checkInInput } from '../../../electron/boxoffice/gate/schemas';

test('large gate: an unbound held ticket is refused with its own verdict; bound and regular tickets need the holder’s ID', () => {
  const { world, show, seat, fan } = largeEvening();
  const gate = { gateName: '北门', sessionIds: [show.session.id] };
  const comp = sell(world.manager, parseInput(sellInput, { sessionId: show.session.id, seats: [{ ticketId: seat('5排', '1') }, { ticketId: seat('5排', '2') }], ticketType: 'complimentary', payment: { method: 'none' } }));
  const [unbound, named] = comp.lines;
  assert.ok(unbound && named);
  bindHolder(world.manager, parseInput(bindHolderInput, { orderLineId: named.orderLineId, holder: fan(5) }));
  const regular = sell(world.clerk, parseInput(sellInput, { sessionId: show.session.id, seats: [{ ticketId: seat('1排', '1'), holder: fan(1) }], payment: { method: 'card' } })).lines[0];
  assert.ok(regular);
  world.clock.now = show.session.startsAt - 30 * MINUTE;

  const refused = checkIn(world.gate, parseInput(checkInInput, { ...gate, code: unbound.ticketCode, idType: 'resident_id', idNumber: fan(9).idNumber }));
  assert.deepEqual([refused.verdict, refused.admitted, refused.message], ['holder_unbound', false, VERDICTS.holder_unbound.message]);
  assert.equal(refused.ticket?.ticketType, 'complimentary');
  assert.equal(refused.ticket.holderName, null);
  assert.equal(count(world.db, "SELECT count(*) AS n FROM rejected_scans WHERE verdict = 'holder_unbound' AND order_line_id = ?", unbound.orderLineId), 1, 'logged like every refusal');

  assert.equal(checkIn(world.gate, parseInput(checkInInput, { ...gate, code: named.ticketCode })).verdict, 'id_required', 'the gate ID check is forced on');
  assert.equal(checkIn(world.gate, parseInput(checkInInput, { ...gate, code: named.ticketCode, idType: 'resident_id', idNumber: fan(6).idNumber })).verdict, 'id_mismatch');
  assert.equal(checkIn(world.gate, parseInput(checkInInput, { ...gate, code: named.ticketCode, idType: 'resident_id', idNumber: fan(5).idNumber })).verdict, 'valid');
  assert.equal(checkIn(world.gate, parseInput(checkInInput, { ...gate, code: regular.ticketCode })).verdict, 'id_required');
  assert.equal(checkInById(world.gate, parseInput(checkInByIdInput, { ...gate, idType: 'resident_id', idNumber: fan(1).idNumber })).verdict, 'valid', 'entry by ID alone');
  assert.equal(count(world.db, 'SELECT count(*) AS n FROM check_ins'), 2);
});
