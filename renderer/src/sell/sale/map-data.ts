import type { PriceTierView, SeatMapSeat } from '../../../../electron/server/contract';
import type { MapSeat, MapTier } from '../seat-map/types';

/** Tiers without a colour of their own get one of these, distinct and dark enough for white marks. */
const PALETTE = ['#b03a2e', '#c0641a', '#1f6fa8', '#23884a', '#7d3c98', '#9a7d0a', '#117a65', '#6e2c00'];

export function mapTiers(tiers: readonly PriceTierView[]): MapTier[] {
  return tiers.map((tier, i) => ({ id: tier.id, name: tier.name, priceFen: tier.priceFen, color: tier.color || (PALETTE[i % PALETTE.length] ?? '#777') }));
}

/**
 * The core's seats as the map draws them. The core marks every seat this user holds as `held_by_me`; only
 * the seats of this window's own selection are "mine": others (another tab of the same clerk) are `held`.
 */
export function mapSeats(seats: readonly SeatMapSeat[]): MapSeat[] {
  return seats.map(({ seatId: _seatId, state, ...seat }) => ({ ...seat, state: state === 'held_by_me' ? 'held' : state }));
}

/**
 * The seats with this window's selection shown as `held_by_me`; untouched seats keep their identity. With the
 * seats' positions by ticket id, only the selection is visited (a stadium's 100,000 seats are copied, not mapped).
 */
export function withMine(base: readonly MapSeat[], mine: ReadonlySet<string>, position?: ReadonlyMap<string, number>): MapSeat[] {
  const shown = base.slice();
  if (mine.size === 0) return shown;
  if (!position) return base.map((seat) => (mine.has(seat.ticketId) ? { ...seat, state: 'held_by_me' } : seat));
  for (const id of mine) {
    const i = position.get(id);
    const seat = i === undefined ? undefined : shown[i];
    if (i !== undefined && seat) shown[i] = { ...seat, state: 'held_by_me' };
  }
  return shown;
}
