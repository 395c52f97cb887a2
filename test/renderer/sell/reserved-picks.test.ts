import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSellInput, emptyPerson, seatedLines, type SaleDraft } from '../../../renderer/src/sell/sale/cart-logic';
import { afterReload, mayIssueReserved } from '../../../renderer/src/sell/sale/reserved-picks';
import type { MapSeat } from '../../../renderer/src/sell/seat-map/types';
import type { SeatMapSeat } from '../../../electron/server/contract';
import { sellInput } from '../../../electron/server/contract/schemas';
import { tier } from './fixtures';

const seat = (ticketId: string, no: string): MapSeat => ({ ticketId, floor: '1层', area: '中区', row: '5排', seat: no, x: 0, y: 0, accessible: false, priceTierId: 'A', state: 'held_by_me' });
const tiers = [tier('A', 88_000)];
const seats = new Map([seat('t1', '1'), seat('t2', '2')].map((s) => [s.ticketId, s]));

function draft(reserved: ReadonlySet<string>, overrides: Partial<SaleDraft> = {}): SaleDraft {
  return {
    sessionId: 'ses_1',
    seated: true,
    realName: 'none',
    lines: seatedLines(['t1', 't2'], (id) => seats.get(id), tiers, reserved),
    holdId: 'hld_1',
    ticketType: 'complimentary',
    ticketMode: 'paper',
    holders: {},
    buyer: emptyPerson(),
    payment: { method: 'cash', receivedFen: null, reference: '' },
    ...overrides,
  };
}

test('only a manager issues reserved seats from the window', () => {
  assert.equal(mayIssueReserved('manager'), true);
  assert.equal(mayIssueReserved('clerk'), false);
  assert.equal(mayIssueReserved('gate'), false);
  assert.equal(mayIssueReserved(undefined), false);
});

test('a reserved pick is marked on its cart line, and the sale then asks for reserved seats', () => {
  const lines = seatedLines(['t1', 't2'], (id) => seats.get(id), tiers, new Set(['t2']));
  assert.deepEqual(lines.map((l) => [l.key, l.reserved === true]), [['t1', false], ['t2', true]]);
  const input = buildSellInput(draft(new Set(['t2'])));
  assert.equal(input.allowReserved, true);
  assert.deepEqual(input.seats?.map((s) => s.ticketId), ['t1', 't2']);
  assert.deepEqual(input.payment, { method: 'none' });
  assert.ok(sellInput.safeParse(input).success);
});

test('a sale without reserved seats does not ask for them', () => {
  const input = buildSellInput(draft(new Set()));
  assert.equal('allowReserved' in input, false);
  assert.equal(seatedLines(['t1'], (id) => seats.get(id), tiers)[0]?.reserved, undefined, 'no mark without a reserved set');
});

test('after a reload: held seats sold or taken are lost; reserved picks stay reserved, come back on sale, or are lost', () => {
  const states: Record<string, SeatMapSeat['state']> = {
    h1: 'held_by_me',
    h2: 'available',
    h3: 'sold',
    h4: 'held',
    r1: 'reserved',
    r2: 'available',
    r3: 'sold',
    r4: 'blocked',
    r5: 'held',
  };
  const mine = ['h1', 'h2', 'h3', 'h4', 'r1', 'r2', 'r3', 'r4', 'r5', 'gone'];
  const reserved = new Set(['r1', 'r2', 'r3', 'r4', 'r5']);
  const { lost, unreserved } = afterReload(mine, reserved, (id) => states[id]);
  assert.deepEqual(lost, ['h3', 'h4', 'r3', 'r4', 'r5']);
  assert.deepEqual(unreserved, ['r2']);
  // A held seat the box office reserved meanwhile is no longer this sale's (the core dropped its hold).
  assert.deepEqual(afterReload(['h1'], new Set(), () => 'reserved').lost, ['h1']);
});
