import type { NamedHoldView } from '../../../../electron/server/contract';
import type { MapSeat } from '../../sell/seat-map/types';

/** A seat the manager may select on the hold map: one on sale (to hold it), or one of a named hold (to release it). */
export const selectable = (seat: MapSeat, byTicket: ReadonlyMap<string, NamedHoldView>): boolean =>
  seat.state === 'available' || (seat.state === 'reserved' && byTicket.has(seat.ticketId));

/** The session's seats as the hold map draws them: the manager's selection as `held_by_me`, the rest as the core says. */
export function holdMapSeats(seats: readonly MapSeat[], selected: ReadonlySet<string>): MapSeat[] {
  return seats.map((seat) => ({ ...seat, state: selected.has(seat.ticketId) ? 'held_by_me' : seat.state === 'held_by_me' ? 'held' : seat.state }));
}

/** Selecting a seat selects it, or unselects it when it was; a band adds every selectable seat it covers. */
export function toggled(selected: ReadonlySet<string>, ticketIds: readonly string[], add = false): Set<string> {
  const next = new Set(selected);
  for (const id of ticketIds) {
    if (add || !next.has(id)) next.add(id);
    else next.delete(id);
  }
  return next;
}

/** The selected seats split by what can be done with them: hold the free ones; release those of each hold. */
export function splitSelection(selected: ReadonlySet<string>, seats: readonly MapSeat[], byTicket: ReadonlyMap<string, NamedHoldView>) {
  const state = new Map(seats.map((seat) => [seat.ticketId, seat]));
  const free: string[] = [];
  const inHold = new Map<string, string[]>();
  for (const id of selected) {
    const hold = byTicket.get(id);
    if (hold) inHold.set(hold.id, [...(inHold.get(hold.id) ?? []), id]);
    else if (state.get(id) !== undefined) free.push(id);
  }
  return { free, inHold };
}
