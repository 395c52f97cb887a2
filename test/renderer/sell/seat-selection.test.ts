import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addFound, afterExpiry, emptySelection, heldOf, pickSeats, toggleSeat, type PickRules, type Selection } from '../../../renderer/src/sell/sale/seat-selection';
import type { MapSeat, SeatState } from '../../../renderer/src/sell/seat-map/types';

const seat = (ticketId: string, state: SeatState = 'available', no = ticketId): MapSeat => ({ ticketId, floor: '1层', area: '中区', row: '5排', seat: no, x: 0, y: 0, accessible: false, priceTierId: 'A', state });
const clerk: PickRules = { open: true, mayPickReserved: false, max: 3 };
const manager: PickRules = { ...clerk, mayPickReserved: true };
const sel = (mine: string[], reserved: string[] = []): Selection => ({ mine, reserved: new Set(reserved) });

test('a click on a seat for sale picks it and asks for its hold; a second click releases it', () => {
  const first = toggleSeat(emptySelection, seat('t1'), clerk);
  assert.deepEqual(first.selection.mine, ['t1']);
  assert.deepEqual([first.hold, first.release, first.notice], [['t1'], [], null]);
  const second = toggleSeat(first.selection, seat('t1', 'held_by_me'), clerk);
  assert.deepEqual([second.selection.mine, second.hold, second.release], [[], [], ['t1']]);
});

test('a seat sold, held elsewhere or blocked is not picked, and the clerk is told which and why', () => {
  for (const state of ['sold', 'held', 'blocked'] as const) {
    const step = toggleSeat(emptySelection, seat('t1', state, '12'), clerk);
    assert.equal(step.selection, emptySelection);
    assert.deepEqual(step.notice, { kind: 'unavailable', seat: '1层 中区 5排 12号', state });
    assert.deepEqual([step.hold, step.release], [[], []]);
  }
});

test('nothing is picked while the session is not on sale', () => {
  const step = toggleSeat(emptySelection, seat('t1'), { ...clerk, open: false });
  assert.equal(step.notice?.kind, 'unavailable');
  assert.deepEqual(pickSeats(emptySelection, [seat('t1')], { ...clerk, open: false }).selection.mine, []);
});

test('a reserved seat: a clerk is told it is a manager’s; a manager picks it without a hold, and unpicks it without a release', () => {
  assert.deepEqual(toggleSeat(emptySelection, seat('r1', 'reserved', '3'), clerk).notice, { kind: 'reservedManagerOnly', seat: '1层 中区 5排 3号' });
  const picked = toggleSeat(emptySelection, seat('r1', 'reserved'), manager);
  assert.deepEqual([picked.selection.mine, [...picked.selection.reserved], picked.hold], [['r1'], ['r1'], []]);
  const dropped = toggleSeat(picked.selection, seat('r1', 'held_by_me'), manager);
  assert.deepEqual([dropped.selection.mine, [...dropped.selection.reserved], dropped.release], [[], [], []]);
});

test('the sale stops at its limit, by click and by band, saying so', () => {
  const full = sel(['a', 'b', 'c']);
  assert.deepEqual(toggleSeat(full, seat('d'), clerk).notice, { kind: 'max' });
  const band = pickSeats(sel(['a']), [seat('b'), seat('c'), seat('d')], clerk);
  assert.deepEqual([band.selection.mine, band.hold, band.notice], [['a', 'b', 'c'], ['b', 'c'], { kind: 'max' }]);
  assert.deepEqual(pickSeats(full, [seat('d')], clerk).notice, { kind: 'max' });
});

test('a band takes only seats for sale not already picked; a manager’s band takes reserved seats unheld', () => {
  const seats = [seat('a', 'held_by_me'), seat('b'), seat('s', 'sold'), seat('r', 'reserved')];
  const byClerk = pickSeats(sel(['a']), seats, { ...clerk, max: 10 });
  assert.deepEqual([byClerk.selection.mine, byClerk.hold, byClerk.notice], [['a', 'b'], ['b'], null]);
  const byManager = pickSeats(sel(['a']), seats, { ...manager, max: 10 });
  assert.deepEqual([byManager.selection.mine, byManager.hold, [...byManager.selection.reserved]], [['a', 'b', 'r'], ['b'], ['r']]);
  assert.deepEqual(pickSeats(sel([]), [seat('s', 'sold')], clerk), { selection: sel([]), hold: [], release: [], notice: null });
});

test('seats found by best available join once; an expired hold keeps only the reserved picks', () => {
  assert.deepEqual(addFound(sel(['a']), ['a', 'b']).mine, ['a', 'b']);
  const { selection, lapsed } = afterExpiry(sel(['a', 'r', 'b'], ['r']));
  assert.deepEqual([selection.mine, lapsed, heldOf(sel(['a', 'r'], ['r']))], [['r'], ['a', 'b'], ['a']]);
});
