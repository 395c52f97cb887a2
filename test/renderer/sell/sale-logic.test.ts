import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSellInput, changeDue, duplicateIds, emptyPerson, seatedLines, toPerson, totalFen, unseatedLines, type SaleDraft } from '../../../renderer/src/sell/sale/cart-logic';
import { cashProblem, personProblems, saleProblems } from '../../../renderer/src/sell/sale/sale-problems';
import { idFieldState } from '../../../renderer/src/sell/sale/id-check';
import type { MapSeat } from '../../../renderer/src/sell/seat-map/types';
import { sellInput } from '../../../electron/server/contract/schemas';
import { residentId, tier } from './fixtures';

const NOW = Date.UTC(2026, 5, 18);
const seat = (ticketId: string, priceTierId: string, no: string): MapSeat => ({ ticketId, floor: '1层', area: '中区', row: '5排', seat: no, x: 0, y: 0, accessible: false, priceTierId, state: 'held_by_me' });
const tiers = [tier('A', 88_000), tier('B', 38_000)];
const seats = new Map([seat('t1', 'A', '11'), seat('t2', 'A', '12'), seat('t3', 'B', '13')].map((s) => [s.ticketId, s]));

function draft(overrides: Partial<SaleDraft> = {}): SaleDraft {
  return {
    sessionId: 'ses_1',
    seated: true,
    realName: 'none',
    lines: seatedLines(['t1', 't3'], (id) => seats.get(id), tiers),
    holdId: 'hld_1',
    ticketType: 'regular',
    ticketMode: 'paper',
    holders: {},
    buyer: emptyPerson(),
    payment: { method: 'cash', receivedFen: null, reference: '' },
    ...overrides,
  };
}

test('the lines of a seated sale follow the picking order, with seat and tier', () => {
  const lines = seatedLines(['t3', 't1', 'gone'], (id) => seats.get(id), tiers);
  assert.deepEqual(
    lines.map((l) => [l.key, l.seatText, l.tierName, l.priceFen]),
    [
      ['t3', '1层 中区 5排 13号', 'B票', 38_000],
      ['t1', '1层 中区 5排 11号', 'A票', 88_000],
    ],
  );
});

test('unseated quantities become one line per place, keyed per tier', () => {
  const lines = unseatedLines({ B: 2, A: 1 }, tiers);
  assert.deepEqual(lines.map((l) => l.key), ['A#0', 'B#0', 'B#1'], 'in the tiers’ order');
  assert.equal(totalFen(lines, 'regular'), 88_000 + 2 * 38_000);
  assert.equal(totalFen(lines, 'complimentary'), 0, 'complimentary tickets cost nothing');
});

test('change is what was handed over beyond the total; short cash is said, an empty field means exact', () => {
  assert.equal(changeDue(126_000, 150_000), 24_000);
  assert.equal(changeDue(126_000, 100_000), null);
  assert.equal(cashProblem(126_000, 'cash', '', null), null);
  assert.equal(cashProblem(126_000, 'cash', '1000', 100_000), 'short');
  assert.equal(cashProblem(126_000, 'cash', 'x', null), 'notAmount');
  assert.equal(cashProblem(126_000, 'card', 'x', null), null);
  assert.equal(cashProblem(0, 'cash', '1', 100), null);
});

test('a seated sale is built with the hold, cash received (or the exact total), and passes the core’s own schema', () => {
  const input = buildSellInput(draft());
  assert.deepEqual(input, {
    sessionId: 'ses_1',
    ticketType: 'regular',
    ticketMode: 'paper',
    payment: { method: 'cash', receivedFen: 126_000 },
    expectedTotalFen: 126_000,
    holdId: 'hld_1',
    seats: [{ ticketId: 't1' }, { ticketId: 't3' }],
  });
  assert.equal(sellInput.safeParse(input).success, true);
  const card = buildSellInput(draft({ payment: { method: 'card', receivedFen: null, reference: ' POS1 ' } }));
  assert.deepEqual(card.payment, { method: 'card', reference: 'POS1' });
  const free = buildSellInput(draft({ ticketType: 'complimentary' }));
  assert.deepEqual(free.payment, { method: 'none' }, 'nothing to pay is recorded as no payment');
});

test('real name, one ID per ticket: each seat carries its holder; one ID per order: the buyer carries it', () => {
  const holders = { t1: { name: '张三', idType: 'resident_id' as const, idNumber: residentId('11010519800101001'), phone: '' }, t3: emptyPerson() };
  const perTicket = buildSellInput(draft({ realName: 'per_ticket', holders }));
  assert.deepEqual(
    perTicket.seats,
    [{ ticketId: 't1', holder: { name: '张三', idType: 'resident_id', idNumber: residentId('11010519800101001') } }, { ticketId: 't3' }],
    'an empty holder is left out (and reported missing beside the field)',
  );
  assert.deepEqual(saleProblems(draft({ realName: 'per_ticket', holders })), [
    { where: 'holder:t3', problem: 'name' },
    { where: 'holder:t3', problem: 'idNumber' },
  ]);

  const buyer = { name: '李四', idType: 'resident_id' as const, idNumber: residentId('31010419900202002'), phone: '13812345678' };
  const perOrder = buildSellInput(draft({ realName: 'per_order', buyer, seated: false, lines: unseatedLines({ B: 2 }, tiers), holdId: null }));
  assert.deepEqual(perOrder.buyer, buyer);
  assert.deepEqual(perOrder.unseated, [{ priceTierId: 'B', quantity: 2 }]);
  assert.equal(perOrder.seats, undefined);
  assert.equal(sellInput.safeParse(perOrder).success, true);
  assert.deepEqual(saleProblems(draft({ realName: 'per_order' })), [
    { where: 'buyer', problem: 'name' },
    { where: 'buyer', problem: 'idNumber' },
  ]);
});

test('a person is optional without real name, but once typed needs a name; the phone is checked when given', () => {
  assert.deepEqual(personProblems(emptyPerson(), false), []);
  assert.equal(toPerson(emptyPerson(), false), undefined);
  assert.deepEqual(personProblems({ ...emptyPerson(), phone: '13812345678' }, false), ['name']);
  assert.deepEqual(personProblems({ ...emptyPerson(), name: '王五', phone: '12' }, false), ['phone']);
  assert.deepEqual(toPerson({ ...emptyPerson(), name: ' 王五 ', phone: '13812345678' }, false), { name: '王五', phone: '13812345678' });
});

test('the same document on two tickets is pointed out (the purchase limit is the core’s to count)', () => {
  const id = residentId('11010519800101001');
  const lines = seatedLines(['t1', 't2', 't3'], (ticketId) => seats.get(ticketId), tiers);
  const same = { name: '张三', idType: 'resident_id' as const, idNumber: id, phone: '' };
  const duplicates = duplicateIds(lines, { t1: same, t2: emptyPerson(), t3: { ...same, idNumber: id.toLowerCase() } });
  assert.deepEqual([...duplicates], [['t3', 1]]);
});

test('a resident ID is judged as it is typed: progress, a wrong region or character at once, the checksum at the end', () => {
  const id = residentId('11010519800101001');
  assert.deepEqual(idFieldState('resident_id', '', false, NOW), { kind: 'empty' });
  assert.deepEqual(idFieldState('resident_id', '110105', false, NOW), { kind: 'typing', typed: 6, expected: 18 });
  assert.deepEqual(idFieldState('resident_id', '990105', false, NOW), { kind: 'bad', problem: 'REGION' });
  assert.deepEqual(idFieldState('resident_id', '1101A5', false, NOW), { kind: 'bad', problem: 'FORMAT' });
  assert.deepEqual(idFieldState('resident_id', '110105', true, NOW), { kind: 'bad', problem: 'FORMAT' }, 'too short once the clerk moved on');
  assert.deepEqual(idFieldState('resident_id', id, false, NOW), { kind: 'ok' });
  const wrong = id.slice(0, 17) + (id.endsWith('1') ? '2' : '1');
  assert.deepEqual(idFieldState('resident_id', wrong, false, NOW), { kind: 'bad', problem: 'CHECKSUM' });
  assert.deepEqual(idFieldState('resident_id', '110105' + '19801301' + '0011', false, NOW), { kind: 'bad', problem: 'BIRTH_DATE' });
});

test('documents without a checksum are judged when the clerk leaves the field', () => {
  assert.deepEqual(idFieldState('passport', 'E12', false, NOW), { kind: 'typing', typed: 3, expected: 0 });
  assert.deepEqual(idFieldState('passport', 'E12', true, NOW), { kind: 'bad', problem: 'FORMAT' });
  assert.deepEqual(idFieldState('passport', 'E12345678', true, NOW), { kind: 'ok' });
  assert.deepEqual(idFieldState('hk_macau_permit', 'H12345678', false, NOW), { kind: 'ok' });
});

test('held tickets of a large session may go without holders (bound later), but a holder half typed is still judged', () => {
  const held = draft({ realName: 'per_ticket', ticketType: 'complimentary', holdersOptional: true });
  assert.deepEqual(saleProblems(held), []);
  assert.deepEqual(saleProblems({ ...held, holders: { t1: { ...emptyPerson(), name: '张三', idNumber: '1101' } } }), [{ where: 'holder:t1', problem: 'idNumber' }]);
  assert.equal(saleProblems({ ...held, holdersOptional: false }).length, 4);
});

test('unseated held tickets of a large session go without holders when none is typed', () => {
  const held = draft({ realName: 'per_ticket', seated: false, lines: unseatedLines({ B: 2 }, tiers), holdId: null, ticketType: 'staff', holdersOptional: true });
  const input = buildSellInput(held);
  assert.deepEqual(input.unseated, [{ priceTierId: 'B', quantity: 2 }]);
  assert.equal(sellInput.safeParse(input).success, true);
});
