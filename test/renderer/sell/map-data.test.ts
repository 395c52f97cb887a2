import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mapSeats, mapTiers, withMine } from '../../../renderer/src/sell/sale/map-data';
import type { SeatMapSeat } from '../../../electron/server/contract';
import { tier } from './fixtures';

const seat = (ticketId: string, state: SeatMapSeat['state']): SeatMapSeat => ({ ticketId, seatId: `s_${ticketId}`, floor: '1层', area: '中区', row: '1排', seat: ticketId, x: 0, y: 0, accessible: false, priceTierId: 'A', state });

test('only this window’s own selection is drawn as mine; the clerk’s other holds are held elsewhere', () => {
  const base = mapSeats([seat('1', 'available'), seat('2', 'held_by_me'), seat('3', 'sold')]);
  assert.deepEqual(base.map((s) => s.state), ['available', 'held', 'sold']);
  assert.equal('seatId' in (base[0] ?? {}), false);
  const shown = withMine(base, new Set(['1']));
  assert.deepEqual(shown.map((s) => s.state), ['held_by_me', 'held', 'sold']);
  assert.equal(shown[2], base[2], 'untouched seats keep their identity (the map redraws, it does not rebuild)');
});

test('tiers without a colour get distinct ones from the palette', () => {
  const tiers = mapTiers([{ ...tier('A', 1), color: '#123456' }, tier('B', 1), tier('C', 1)]);
  assert.equal(tiers[0]?.color, '#123456');
  assert.notEqual(tiers[1]?.color, tiers[2]?.color);
  assert.ok(tiers.every((t) => /^#[0-9a-f]{6}$/i.test(t.color)));
});
