import type { z } from 'zod';
import { getHall } from '../../../db/catalog';
import { run } from '../../../db/statements';
import type { DomainContext } from '../context';
import { notFound } from '../errors';
import { audit, inTransaction } from '../service';
import type { updateSeatFlagsInput } from './schemas';

/**
 * Marks seats of a hall's layout as blocked or accessible. It shapes sessions ticketed from now on;
 * the tickets of sessions already generated keep their state (a session's seats are blocked or
 * reserved with `setTicketStatus`).
 */
export function updateSeatFlags(ctx: DomainContext, input: z.output<typeof updateSeatFlagsInput>): { updated: number } {
  const { hallId, seatIds, blocked, accessible } = input;
  return inTransaction(ctx, () => {
    if (!getHall(ctx.db, hallId)) throw notFound('hall', hallId);
    const ids = JSON.stringify(seatIds);
    let updated = 0;
    if (blocked !== undefined) {
      updated = run(ctx.db, 'UPDATE seats SET blocked = ? WHERE hall_id = ? AND id IN (SELECT value FROM json_each(?))', blocked ? 1 : 0, hallId, ids).changes;
    }
    if (accessible !== undefined) {
      updated = run(ctx.db, 'UPDATE seats SET accessible = ? WHERE hall_id = ? AND id IN (SELECT value FROM json_each(?))', accessible ? 1 : 0, hallId, ids).changes;
      // Wheelchair places are drawn by the seat map: a new layout version makes every window fetch the geometry again.
      if (updated > 0) run(ctx.db, 'UPDATE halls SET updated_at = max(updated_at + 1, ?) WHERE id = ?', ctx.clock(), hallId);
    }
    audit(ctx, 'hall.seat_flags', hallId, { seats: updated, ...(blocked === undefined ? {} : { blocked }), ...(accessible === undefined ? {} : { accessible }) });
    return { updated };
  });
}
