import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MINUTE } from '../helpers/context';
import { count } from '../helpers/outbox';
import { buildTheatre, seatedShow } from '../helpers/fixtures';
import { fileWorld } from '../helpers/processes';
import { person, residentId, seatFinder } from '../helpers/sales';
import { sell } from '../../../electron/boxoffice/sales/sell';
import { openShift } from '../../../electron/boxoffice/shifts/shifts';
import { savePriceType } from '../../../electron/boxoffice/pricing/rules';
import { checkIn } from '../../../electron/boxoffice/gate/check-in';
import { checkInById } from '../../../electron/boxoffice/gate/by-id';
import { gateCachePage } from '../../../electron/boxoffice/gate/offline/cache-page';
import { parseInput } from '../../../electron/boxoffice/parse-input';
import { openShiftInput } from '../../../electron/boxoffice/shifts/schemas';
import { sellInput } from '../../../electron/boxoffice/sales/schemas';
import { savePriceTypeInput, type SavePriceTypeInput } from '../../../electron/boxoffice/pricing/schemas';
import { checkInByIdInput, checkInInput } from '../../../electron/boxoffice/gate/schemas';

// Concessions at the gate (issue 20): a one-ticket-one-ID show (starting 2025-06-03 12:00 China time) whose gate
// checks IDs, with a 老年 type checked from the ID, a 军人/消防 type the gate checks, and a 学生 type the clerk ticked.
function concessionEvening() {
  const files = fileWorld();
  const { world } = files;
  const show = seatedShow(world, buildTheatre(world), { realNameMode: 'per_ticket', gateIdCheck: true });
  openShift(world.clerk, parseInput(openShiftInput, { floatFen: 0 }));
  const addType = (input: Omit<SavePriceTypeInput, 'performanceId'>) =>
    savePriceType(world.manager, parseInput(savePriceTypeInput, { performanceId: show.performanceId, ...input })).priceTypes.find((t) => t.name === input.name)?.id ?? '';
  const types = {
    senior: addType({ name: '老年', priceRule: 'fixed', priceValue: 9_000, proof: 'id_age', minAge: 60 }),
    soldier: addType({ name: '军人/消防', priceRule: 'percent', priceValue: 50, proof: 'gate' }),
    student: addType({ name: '学生', priceRule: 'percent', priceValue: 60, proof: 'confirm' }),
  };
  const seat = seatFinder(world.clerk, show.session.id);
  const ids = { adult: residentId('19800101', '011'), senior: residentId('19650603', '042'), soldier: residentId('19950505', '053'), student: residentId('20050505', '064') };
  const order = sell(world.clerk, parseInput(sellInput, {
    sessionId: show.session.id,
    payment: { method: 'card' },
    seats: [
      { ticketId: seat('2排', '1', 'B区'), holder: person('李先生', ids.adult) },
      { ticketId: seat('2排', '2', 'B区'), priceTypeId: types.senior, holder: person('李奶奶', ids.senior) },
      { ticketId: seat('2排', '3', 'B区'), priceTypeId: types.soldier, holder: person('李军', ids.soldier) },
      { ticketId: seat('2排', '4', 'B区'), priceTypeId: types.student, proofConfirmed: true, holder: person('李同学', ids.student) },
    ],
  }));
  world.clock.now = show.session.startsAt - 30 * MINUTE;
  const gate = { gateName: '东门', sessionIds: [show.session.id] };
  const codes = order.lines.map((l) => l.ticketCode);
  const byCode = (code: string, idNumber: string) => checkIn(world.gate, parseInput(checkInInput, { ...gate, code, idType: 'resident_id', idNumber }));
  const byId = (idNumber: string) => checkInById(world.gate, parseInput(checkInByIdInput, { ...gate, idType: 'resident_id', idNumber }));
  return { ...files, world, show, types, addType, ids, codes, byCode, byId };
}

test('the verdict names what the gate checks: the card of a gate-checked type, the ID’s age of an age type (fitting on the session’s date); nothing for the clerk’s tick or a full price', () => {
  const { world, ids, codes, byCode, byId, cleanup } = concessionEvening();
  try {
    const [adult, , soldier, student] = codes;
    assert.ok(adult && soldier && student);
    assert.equal(byCode(adult, ids.adult).ticket?.concession, null);
    const soldierIn = byCode(soldier, ids.soldier);
    assert.equal(soldierIn.verdict, 'valid');
    assert.deepEqual(soldierIn.ticket?.concession, { name: '军人/消防', proof: 'gate', minAge: null, maxAge: null });
    assert.equal(soldierIn.concessionAge, undefined, 'no age for a card the gate looks at');
    assert.equal(byCode(student, ids.student).ticket?.concession, null, 'the clerk saw the student card at the sale');
    // The senior enters by her ID alone: 60 on 2025-06-03, her birthday.
    const senior = byId(ids.senior);
    assert.equal(senior.verdict, 'valid');
    assert.deepEqual(senior.ticket?.concession, { name: '老年', proof: 'id_age', minAge: 60, maxAge: null });
    assert.deepEqual(senior.concessionAge, { age: 60, fits: true });
    assert.equal(count(world.db, 'SELECT count(*) AS n FROM check_ins'), 4);
  } finally {
    cleanup();
  }
});

test('an ID whose age does not fit the age type on the session’s date is refused in words, logged, and admits nobody; the device’s cache carries the same facts', () => {
  const { world, show, types, addType, ids, codes, byId, cleanup } = concessionEvening();
  try {
    // The manager raised 老年 to 65 after the sale: the senior (60 on the day) no longer qualifies at the gate.
    addType({ priceTypeId: types.senior, name: '老年', priceRule: 'fixed', priceValue: 9_000, proof: 'id_age', minAge: 65 });
    const page = gateCachePage(world.gate, { sessionIds: [show.session.id], after: 0, limit: 5000 });
    const cached = page.tickets.find((t) => t[0] === codes[1]);
    assert.deepEqual(cached?.slice(16), ['老年', 'id_age', 65, null], 'the cache carries the price type and its proof');
    assert.deepEqual(page.tickets.find((t) => t[0] === codes[2])?.slice(16), ['军人/消防', 'gate', null, null]);
    assert.deepEqual(page.tickets.find((t) => t[0] === codes[0])?.slice(16), [null, null, null, null]);
    const refused = byId(ids.senior);
    assert.deepEqual([refused.verdict, refused.admitted], ['concession_age', false]);
    assert.deepEqual(refused.concessionAge, { age: 60, fits: false });
    assert.match(refused.message, /老年 ticket: the ID document gives age 60 on the session's date, at least 65 required/);
    assert.equal(count(world.db, "SELECT count(*) AS n FROM rejected_scans WHERE verdict = 'concession_age'"), 1);
    assert.equal(count(world.db, 'SELECT count(*) AS n FROM check_ins'), 0);
  } finally {
    cleanup();
  }
});
