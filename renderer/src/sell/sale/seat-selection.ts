import type { MapSeat, SeatState } from '../seat-map/types';
import { seatText } from './cart-logic';

/**
 * This window's seats in the sale being made, as a value: `mine` in the order the clerk picked them, and the
 * reserved seats among them (a manager's picks, issued without a hold). Every change is a pure step that says
 * what to hold and release on the core and what to tell the clerk; the store runs those requests.
 */
export interface Selection {
  readonly mine: readonly string[];
  readonly reserved: ReadonlySet<string>;
}

/** What a pick may take right now. */
export interface PickRules {
  /** The session is on sale. */
  open: boolean;
  /** A manager: may pick the seats the box office reserved, to issue them. */
  mayPickReserved: boolean;
  /** The named hold a reserved seat is in, and whether this clerk may sell from it (a hold that names them). */
  reservedHold?: (ticketId: string) => { name: string; mayUse: boolean } | undefined;
  /** Most tickets in one sale. */
  max: number;
}

export type SelectionNotice =
  | { kind: 'unavailable'; seat: string; state: SeatState }
  /** A clerk clicked a seat the box office reserved: only a manager issues those. */
  | { kind: 'reservedManagerOnly'; seat: string }
  /** A clerk clicked a seat of a named hold that does not name them. */
  | { kind: 'reservedForHold'; seat: string; hold: string }
  | { kind: 'max' };

export interface SelectionStep {
  selection: Selection;
  /** Seats to hold on the core under this sale's hold. */
  hold: string[];
  /** Seats to release from this sale's hold. */
  release: string[];
  /** What to tell the clerk; null clears what was said. */
  notice: SelectionNotice | null;
}

export const emptySelection: Selection = { mine: [], reserved: new Set() };

/** The seats of the selection the core holds for it (reserved picks are never held). */
export const heldOf = (selection: Selection): string[] => selection.mine.filter((id) => !selection.reserved.has(id));

/** The selection without these seats (and a reserved mark only where the seat is still in it). */
export function without(selection: Selection, ticketIds: Iterable<string>): Selection {
  const gone = new Set(ticketIds);
  const mine = selection.mine.filter((id) => !gone.has(id));
  return { mine, reserved: new Set([...selection.reserved].filter((id) => !gone.has(id))) };
}

const unchanged = (selection: Selection, notice: SelectionNotice | null): SelectionStep => ({ selection, hold: [], release: [], notice });

/** A manager picks every reserved seat; a clerk those of a named hold that names them. */
const mayPick = (rules: PickRules, ticketId: string) => rules.mayPickReserved || rules.reservedHold?.(ticketId)?.mayUse === true;

/** A click, Space or Enter on one seat: a seat of the sale leaves it, any other joins it if the rules allow. */
export function toggleSeat(selection: Selection, seat: MapSeat, rules: PickRules): SelectionStep {
  const id = seat.ticketId;
  if (selection.mine.includes(id)) {
    const wasReserved = selection.reserved.has(id);
    return { selection: without(selection, [id]), hold: [], release: wasReserved ? [] : [id], notice: null };
  }
  if (seat.state === 'reserved' && rules.open) {
    if (!mayPick(rules, id)) {
      const hold = rules.reservedHold?.(id);
      return unchanged(selection, hold ? { kind: 'reservedForHold', seat: seatText(seat), hold: hold.name } : { kind: 'reservedManagerOnly', seat: seatText(seat) });
    }
    if (selection.mine.length >= rules.max) return unchanged(selection, { kind: 'max' });
    // No hold: the holds refuse reserved seats, and no clerk's window can take them meanwhile.
    return { selection: { mine: [...selection.mine, id], reserved: new Set(selection.reserved).add(id) }, hold: [], release: [], notice: null };
  }
  if (seat.state !== 'available' || !rules.open) return unchanged(selection, { kind: 'unavailable', seat: seatText(seat), state: seat.state });
  if (selection.mine.length >= rules.max) return unchanged(selection, { kind: 'max' });
  return { selection: { mine: [...selection.mine, id], reserved: selection.reserved }, hold: [id], release: [], notice: null };
}

/** A band dragged around seats: the ones for sale (and, for a manager, the reserved ones) join, up to the limit. */
export function pickSeats(selection: Selection, seats: readonly MapSeat[], rules: PickRules): SelectionStep {
  if (!rules.open) return unchanged(selection, null);
  const pickable = seats.filter((seat) => (seat.state === 'available' || (seat.state === 'reserved' && mayPick(rules, seat.ticketId))) && !selection.mine.includes(seat.ticketId));
  const room = Math.max(0, rules.max - selection.mine.length);
  const picked = pickable.slice(0, room);
  if (picked.length === 0) return unchanged(selection, pickable.length > 0 ? { kind: 'max' } : null);
  const reserved = new Set(selection.reserved);
  for (const seat of picked) if (seat.state === 'reserved') reserved.add(seat.ticketId);
  return {
    selection: { mine: [...selection.mine, ...picked.map((seat) => seat.ticketId)], reserved },
    hold: picked.filter((seat) => seat.state !== 'reserved').map((seat) => seat.ticketId),
    release: [],
    notice: picked.length < pickable.length ? { kind: 'max' } : null,
  };
}

/** Seats the core found and held for this sale ("best available") join it, once each. */
export function addFound(selection: Selection, ticketIds: readonly string[]): Selection {
  const added = ticketIds.filter((id) => !selection.mine.includes(id));
  return { mine: [...selection.mine, ...added], reserved: selection.reserved };
}

/** The hold lapsed: its seats leave the sale; reserved picks were never held and stay. */
export function afterExpiry(selection: Selection): { selection: Selection; lapsed: string[] } {
  const lapsed = heldOf(selection);
  return { selection: without(selection, lapsed), lapsed };
}
