import type { SeatMapSeat } from '../../../../electron/server/contract';

/**
 * Seats the box office reserved (house seats, press, sponsors) are not held: a manager issues them straight
 * from the map (`sales.sell` with `allowReserved`), and the core refuses them to a clerk. The hold calls refuse
 * them too, so they are picked into the sale locally.
 */
export const mayIssueReserved = (role: string | undefined): boolean => role === 'manager';

/** The core's state of a seat, as `sessions.seatMap` reports it (`held_by_me`: held by this user). */
type CoreState = SeatMapSeat['state'];

/**
 * What a reload of the seat map means for the seats of this sale. A held seat is lost when the core shows it
 * sold or taken by another window; a reserved pick is lost when it is no longer reserved unless it went back on
 * sale, in which case it stays in the sale as an ordinary pick to hold (`unreserved`). Seats the core no longer
 * lists are left alone.
 */
export function afterReload(
  mine: readonly string[],
  reserved: ReadonlySet<string>,
  stateOf: (ticketId: string) => CoreState | undefined,
): { lost: string[]; unreserved: string[] } {
  const lost: string[] = [];
  const unreserved: string[] = [];
  for (const id of mine) {
    const now = stateOf(id);
    if (now === undefined) continue;
    if (reserved.has(id)) {
      if (now === 'available') unreserved.push(id);
      else if (now !== 'reserved') lost.push(id);
    } else if (now !== 'available' && now !== 'held_by_me') {
      lost.push(id);
    }
  }
  return { lost, unreserved };
}
