// The device's offline judge against the core's judge on the same tickets at the same moments: they must agree.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MINUTE, testWorld, type TestWorld } from '../../../boxoffice/helpers/context';
import { buildTheatre, seatedShow } from '../../../boxoffice/helpers/fixtures';
import { largeEvening } from '../../../boxoffice/helpers/large';
import { person, residentId, seatFinder } from '../../../boxoffice/helpers/sales';
import { sell } from '../../../../electron/boxoffice/sales/sell';
import { refund } from '../../../../electron/boxoffice/refunds/refund';
import { openShift } from '../../../../electron/boxoffice/shifts/shifts';
import { cancelSession, updateSession } from '../../../../electron/boxoffice/catalog/sessions';
import { reprintTickets } from '../../../../electron/boxoffice/tickets/reprint';
import { checkIn } from '../../../../electron/boxoffice/gate/check-in';
import { checkInById } from '../../../../electron/boxoffice/gate/by-id';
import { checkOut } from '../../../../electron/boxoffice/gate/exit';
import { bindHolder } from '../../../../electron/boxoffice/large/bind-holder';
import { gateCachePage } from '../../../../electron/boxoffice/gate/offline/cache-page';
import { deviceIdHash as coreHash } from '../../../../electron/boxoffice/gate/offline/device-hash';
import { freshCache } from './fresh-cache';
import type { ShownId, TicketCache } from '../../../../renderer/src/gate/offline/ticket-cache';
import { deviceIdHash } from '../../../../renderer/src/gate/offline/id-hash';
import { parseInput } from '../../../../electron/boxoffice/parse-input';
import { checkInByIdInput } from '../../../../electron/boxoffice/gate/schemas';
import { checkInInput } from '../../../../electron/boxoffice/gate/schemas';
import { sellInput } from '../../../../electron/boxoffice/sales/schemas';
import { count } from '../../../boxoffice/helpers/outbox';
import { savePriceType } from '../../../../electron/boxoffice/pricing/rules';
import { savePriceTypeInput } from '../../../../electron/boxoffice/pricing/schemas';


async function shown(cache: TicketCache, idNumber: string | undefined): Promise<ShownId> {
  if (idNumber === undefined) return { kind: 'none' };
  const hashes = new Map<string, string>();
  for (const session of cache.sessions.values()) if (session.hashKey) hashes.set(session.id, await deviceIdHash(session.hashKey, 'resident_id', idNumber));
  return { kind: 'shown', hashes };
}

/** Judges offline first (it writes nothing), then at the core; returns both verdicts. */
async function both(world: TestWorld, gate: { gateName: string; sessionIds: string[] }, code: string, idNumber?: string, allowSameId = false) {
  const cache = freshCache(world, gate.sessionIds);
  const document = idNumber === undefined ? null : { idType: 'resident_id', idNumber };
  const offline = cache.judge(code, gate.sessionIds, world.clock.now, await shown(cache, idNumber), allowSameId, document).result;
  const online = checkIn(world.gate, parseInput(checkInInput, { ...gate, code, allowSameId, ...(idNumber !== undefined && { idType: 'resident_id' as const, idNumber }) }));
  return { offline, online };
}

async function agree(world: TestWorld, gate: { gateName: string; sessionIds: string[] }, code: string, expected: string, idNumber?: string, allowSameId = false) {
  const { offline, online } = await both(world, gate, code, idNumber, allowSameId);
  assert.equal(online.verdict, expected, `core on ${code}`);
  assert.equal(offline.verdict, online.verdict, `device agrees with the core on ${code} (${expected})`);
  assert.equal(offline.admitted, online.admitted);
  assert.deepEqual(offline.firstEntry, online.firstEntry);
  assert.deepEqual(offline.sameIdEntry, online.sameIdEntry);
  assert.deepEqual(offline.inside, online.inside);
  assert.deepEqual(offline.window, online.window);
  assert.deepEqual(offline.concessionAge, online.concessionAge);
  if (online.ticket) assert.deepEqual({ ...offline.ticket, ticketId: online.ticket.ticketId, orderLineId: online.ticket.orderLineId }, online.ticket, 'the same facts on the verdict screen');
}

test('the device hash of a document equals the core’s (WebCrypto against node:crypto)', async () => {
  const key = 'ab'.repeat(32);
  const id = residentId('19880808', '317');
  assert.equal(await deviceIdHash(key, 'resident_id', id.toLowerCase()), coreHash(key, 'resident_id', id));
  assert.notEqual(await deviceIdHash(key, 'resident_id', residentId('19880808', '318')), coreHash(key, 'resident_id', id));
});

test('plain evening: valid, already used, refunded, replaced, unknown, not open, closed, re-entry, cancelled — device and core agree', async () => {
  const world = testWorld();
  const theatre = buildTheatre(world);
  const show = seatedShow(world, theatre);
  openShift(world.clerk, { floatFen: 0 });
  const seat = seatFinder(world.clerk, show.session.id);
  const gate = { gateName: '东门', sessionIds: [show.session.id] };
  const sale = sell(world.clerk, parseInput(sellInput, { sessionId: show.session.id, seats: ['1', '2', '3', '4', '5'].map((n) => ({ ticketId: seat('2排', n) })), payment: { method: 'card' } }));
  const [a, b, c, d, e] = sale.lines;
  assert.ok(a && b && c && d && e);
  refund(world.clerk, { orderId: sale.id, orderLineIds: [b.orderLineId], reason: '退票' });
  reprintTickets(world.clerk, { orderLineIds: [c.orderLineId], reason: '遗失', voidPrevious: true });

  world.clock.now = show.session.entryOpensAt - 1;
  await agree(world, gate, a.ticketCode, 'not_open');
  world.clock.now = show.session.startsAt - 30 * MINUTE;
  await agree(world, gate, a.ticketCode, 'valid');
  await agree(world, gate, a.ticketCode, 'already_used');
  await agree(world, gate, b.ticketCode, 'refunded');
  await agree(world, gate, c.ticketCode, 'void');
  await agree(world, gate, 'ZZZZZZZZZZZZZZZZ', 'unknown');
  updateSession(world.manager, { sessionId: show.session.id, allowReentry: true });
  await agree(world, gate, a.ticketCode, 'still_inside');
  checkOut(world.gate, { ...gate, entry: 'device', code: a.ticketCode });
  await agree(world, gate, a.ticketCode, 'reentry');
  world.clock.now = show.session.entryClosesAt;
  await agree(world, gate, d.ticketCode, 'closed');
  world.clock.now = show.session.startsAt - 30 * MINUTE;
  cancelSession(world.manager, { sessionId: show.session.id, reason: '停演' });
  await agree(world, gate, e.ticketCode, 'cancelled');
});

test('real name and large: ID required, mismatch, match; unbound held ticket refused; entry by ID alone — device and core agree', async () => {
  const { world, show, seat, fan } = largeEvening();
  const gate = { gateName: '北门', sessionIds: [show.session.id] };
  const comp = sell(world.manager, parseInput(sellInput, { sessionId: show.session.id, seats: [{ ticketId: seat('5排', '1') }, { ticketId: seat('5排', '2') }], ticketType: 'complimentary', payment: { method: 'none' } }));
  const [unbound, named] = comp.lines;
  assert.ok(unbound && named);
  bindHolder(world.manager, { orderLineId: named.orderLineId, holder: fan(5) });
  const regular = sell(world.clerk, parseInput(sellInput, { sessionId: show.session.id, seats: [{ ticketId: seat('1排', '1'), holder: fan(1) }], payment: { method: 'card' } })).lines[0];
  assert.ok(regular);
  world.clock.now = show.session.startsAt - 30 * MINUTE;

  await agree(world, gate, unbound.ticketCode, 'holder_unbound', fan(9).idNumber);
  await agree(world, gate, named.ticketCode, 'id_required');
  await agree(world, gate, named.ticketCode, 'id_mismatch', fan(6).idNumber);
  await agree(world, gate, named.ticketCode, 'valid', fan(5).idNumber);
  await agree(world, gate, named.ticketCode, 'already_used', fan(5).idNumber);

  // Entry by ID alone: the device finds the holder's ticket by its hash and judges it as the core does.
  const cache = freshCache(world, gate.sessionIds);
  const id = await shown(cache, fan(1).idNumber);
  if (id.kind !== 'shown') throw new Error('an ID was shown');
  const found = cache.findByIdHash(gate.sessionIds, id.hashes);
  assert.equal(found?.[0], regular.ticketCode);
  const offline = cache.judge(regular.ticketCode, gate.sessionIds, world.clock.now, { kind: 'byId' }).result;
  const online = checkInById(world.gate, parseInput(checkInByIdInput, { ...gate, idType: 'resident_id', idNumber: fan(1).idNumber }));
  assert.deepEqual([offline.verdict, offline.admitted], [online.verdict, online.admitted]);
  assert.equal(online.verdict, 'valid');
});

test('a real-name performance: the device asks for the ID as the core does; the cache never holds an ID number', async () => {
  const world = testWorld();
  const theatre = buildTheatre(world);
  const show = seatedShow(world, theatre, { realNameMode: 'per_ticket' });
  openShift(world.clerk, { floatFen: 0 });
  const seat = seatFinder(world.clerk, show.session.id);
  const holderId = residentId('19880808', '317');
  const sale = sell(world.clerk, parseInput(sellInput, { sessionId: show.session.id, seats: [{ ticketId: seat('3排', '3'), holder: person('欧阳娜娜', holderId) }], payment: { method: 'card' } }));
  const page = gateCachePage(world.gate, { sessionIds: [show.session.id], after: 0, limit: 5000 });
  assert.ok(!JSON.stringify(page).includes(holderId.slice(6, 14)), 'no document number in what the device holds');
  world.clock.now = show.session.startsAt - 30 * MINUTE;
  await agree(world, { gateName: '东门', sessionIds: [show.session.id] }, sale.lines[0]?.ticketCode ?? '', 'id_required');
});

test('one ticket, one ID: a second ticket of the same document warns (admitted when the gate allows); by ID alone too — device and core agree', async () => {
  const world = testWorld();
  const theatre = buildTheatre(world);
  // 一票一证 without a limit per ID: the sale let one person hold two tickets of the session.
  const show = seatedShow(world, theatre, { realNameMode: 'per_ticket', limitPerIdSession: null });
  openShift(world.clerk, { floatFen: 0 });
  const seat = seatFinder(world.clerk, show.session.id);
  const holderId = residentId('19880808', '317');
  const holder = person('欧阳娜娜', holderId);
  const sale = sell(world.clerk, parseInput(sellInput, { sessionId: show.session.id, seats: ['1', '2', '3'].map((n) => ({ ticketId: seat('3排', n), holder })), payment: { method: 'card' } }));
  const [first, second, third] = sale.lines;
  assert.ok(first && second && third);
  const gate = { gateName: '东门', sessionIds: [show.session.id] };
  world.clock.now = show.session.startsAt - 30 * MINUTE;
  const enteredAt = world.clock.now;
  await agree(world, gate, first.ticketCode, 'valid', holderId);
  world.clock.now += MINUTE;
  await agree(world, { ...gate, gateName: '西门' }, second.ticketCode, 'same_id_warning', holderId);
  const warned = await both(world, { ...gate, gateName: '西门' }, second.ticketCode, holderId);
  assert.deepEqual(warned.online.sameIdEntry, { at: enteredAt, gateName: '东门' }, 'names the first entry of that document');
  assert.equal(count(world.db, 'SELECT count(*) AS n FROM rejected_scans'), 0, 'a warning is no refusal');
  await agree(world, { ...gate, gateName: '西门' }, second.ticketCode, 'valid', holderId, true);
  // Entry by the document alone finds the holder's unused ticket, and warns the same way.
  const cache = freshCache(world, gate.sessionIds);
  assert.equal(cache.judge(third.ticketCode, gate.sessionIds, world.clock.now, { kind: 'byId' }).result.verdict, 'same_id_warning');
  const byId = checkInById(world.gate, parseInput(checkInByIdInput, { ...gate, idType: 'resident_id', idNumber: holderId }));
  assert.deepEqual([byId.verdict, byId.ticket?.seatText, byId.sameIdEntry?.gateName], ['same_id_warning', third.seatText, '东门']);
});

test('concessions: the gate-checked card and the age from the shown ID, fitting or not on the session’s date — device and core agree', async () => {
  const world = testWorld();
  const show = seatedShow(world, buildTheatre(world), { realNameMode: 'per_ticket', gateIdCheck: true });
  openShift(world.clerk, { floatFen: 0 });
  const addType = (input: { priceTypeId?: string; name: string; proof: 'gate' | 'id_age'; minAge?: number }) =>
    savePriceType(world.manager, parseInput(savePriceTypeInput, { performanceId: show.performanceId, priceRule: 'percent', priceValue: 50, ...input })).priceTypes.find((t) => t.name === input.name)?.id ?? '';
  const senior = addType({ name: '老年', proof: 'id_age', minAge: 60 });
  const soldier = addType({ name: '军人', proof: 'gate' });
  const seat = seatFinder(world.clerk, show.session.id);
  const ids = [residentId('19650603', '042'), residentId('19600101', '043'), residentId('19950505', '053')];
  const order = sell(world.clerk, parseInput(sellInput, {
    sessionId: show.session.id,
    payment: { method: 'card' },
    seats: [
      { ticketId: seat('3排', '1', 'B区'), priceTypeId: senior, holder: person('李奶奶', ids[0]) },
      { ticketId: seat('3排', '2', 'B区'), priceTypeId: senior, holder: person('李爷爷', ids[1]) },
      { ticketId: seat('3排', '3', 'B区'), priceTypeId: soldier, holder: person('李军', ids[2]) },
    ],
  }));
  const [grandma, grandpa, son] = order.lines.map((l) => l.ticketCode);
  assert.ok(grandma && grandpa && son);
  world.clock.now = show.session.startsAt - 30 * MINUTE;
  const gate = { gateName: '东门', sessionIds: [show.session.id] };
  await agree(world, gate, son, 'valid', ids[2]);
  await agree(world, gate, grandpa, 'valid', ids[1]);
  // 老年 from 65 now: the grandmother, 60 on the day, is refused; offline as online.
  addType({ priceTypeId: senior, name: '老年', proof: 'id_age', minAge: 65 });
  await agree(world, gate, grandma, 'concession_age', ids[0]);
});
