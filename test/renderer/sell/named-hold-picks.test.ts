import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptySelection, pickSeats, toggleSeat, type PickRules } from '../../../renderer/src/sell/sale/seat-selection';
import type { MapSeat, SeatState } from '../../../renderer/src/sell/seat-map/types';

const seat = (ticketId: string, state: SeatState = 'available'): MapSeat => ({ ticketId, floor: '1层', area: '中区', row: '5排', seat: ticketId, x: 0, y: 0, accessible: false, priceTierId: 'A', state });
const holds: Record<string, { name: string; mayUse: boolean }> = { p1: { name: '媒体', mayUse: true }, s1: { name: '赞助商', mayUse: false } };
const clerk: PickRules = { open: true, mayPickReserved: false, max: 4, reservedHold: (id) => holds[id] };

test('a clerk named on a hold picks its seats (no hold asked: they are reserved); a seat of another hold says whose it is', () => {
  const picked = toggleSeat(emptySelection, seat('p1', 'reserved'), clerk);
  assert.deepEqual([picked.selection.mine, [...picked.selection.reserved], picked.hold], [['p1'], ['p1'], []]);
  assert.deepEqual(toggleSeat(emptySelection, seat('s1', 'reserved'), clerk).notice, { kind: 'reservedForHold', seat: '1层 中区 5排 s1号', hold: '赞助商' });
  assert.deepEqual(toggleSeat(emptySelection, seat('x1', 'reserved'), clerk).notice?.kind, 'reservedManagerOnly', 'a reserved seat of no named hold stays a manager’s');
  const band = pickSeats(emptySelection, [seat('a1'), seat('p1', 'reserved'), seat('s1', 'reserved')], clerk);
  assert.deepEqual([band.selection.mine, [...band.selection.reserved], band.hold], [['a1', 'p1'], ['p1'], ['a1']]);
});
