import type { z } from 'zod';
import { newId } from '../../../db/ids';
import { getHall, getPriceTier, getSession } from '../../../db/catalog';
import { allRows } from '../../../db/statements';
import type { DomainContext } from '../context';
import { BoxOfficeError, notFound } from '../errors';
import { inTransaction } from '../service';
import { assertSalesOpen } from '../sales/rules';
import type { bestAvailableInput } from './schemas';
import { holdView, takeHold, type HoldView } from './holds';
import { hallBlocks, hallBlocksOf, seatSearchMarks, type BlockSeat } from './seat-search/hall-blocks';
import { withSessionSeats } from './seat-search/session-seats';
import { keptFor } from './seat-search/kept';
import { bestBlock, freeMask } from './seat-search/scan';

/** A free seat of the tier, with where it sits (see catalog/seat-blocks.ts), named by its ticket. */
export type TierSeat = Omit<BlockSeat, 'seatId'> & { ticketId: string };

export interface FoundSeat {
  ticketId: string;
  floor: string;
  area: string;
  row: string;
  seat: string;
}

export interface BlockOptions {
  /** How many of the seats must be accessible places; with 0, accessible places are left for those who need them. */
  accessible?: number;
  /** The stage's axis per floor (x): "centre" is measured from it; without it, from the middle of each seat's row. */
  floorCentres?: ReadonlyMap<string, number>;
}

/**
 * The best block of `count` seats among these free seats (see seat-search/scan.ts for what "best" is), each seat
 * carrying where it sits; for seats listed by hand. Best available searches the session's seats in memory instead.
 */
export function findBestBlock(freeSeats: readonly TierSeat[], count: number, options: BlockOptions = {}): TierSeat[] | null {
  const hall = hallBlocksOf(freeSeats.map((seat) => ({ ...seat, seatId: seat.ticketId })), options.floorCentres, 0);
  const found = bestBlock(hall, new Uint8Array(hall.size).fill(1), count, options.accessible ?? 0);
  const byId = new Map(freeSeats.map((seat) => [seat.ticketId, seat]));
  return found?.map((at) => byId.get(hall.seatIds[at] ?? '')).filter((seat) => seat !== undefined) ?? null;
}

/**
 * The best `count` free seats together in a session (of one tier, or any: null), as ticket ids, and how many seats
 * are free. The hall's blocks and the session's seat states come from memory, caught up with the seat-state log and
 * read in the caller's transaction, so the seats found are still free when the caller holds them. `except`: seats
 * this transaction has already chosen but not yet held. `settled`: the transaction has written nothing yet (see
 * withSessionSeats).
 */
export function searchBestBlock(
  ctx: DomainContext,
  at: { sessionId: string; hallId: string; priceTierId: string | null; count: number; accessible: number; settled: boolean; except?: readonly string[] },
): { block: string[] | null; free: number } {
  const { sessionId, hallId, priceTierId, count, accessible, settled, except = [] } = at;
  const marks = seatSearchMarks(ctx.db);
  const memory = keptFor(ctx.db);
  const hall = hallBlocks(ctx.db, memory.halls, hallId, marks.layoutEpoch, settled);
  return withSessionSeats(ctx.db, memory.sessions, { sessionId, hall, prunedThrough: marks.prunedThrough, settled }, (seats) => {
    const mask = freeMask(seats, priceTierId, ctx.clock());
    for (const ticketId of except) {
      const index = seats.ticketIds.indexOf(ticketId);
      if (index >= 0 && mask.free[index] === 1) {
        mask.free[index] = 0;
        mask.count--;
      }
    }
    const found = bestBlock(hall, mask.free, count, accessible);
    return { block: found?.map((index) => seats.ticketIds[index] ?? '') ?? null, free: mask.count };
  });
}

/** Finds and holds the best `count` seats together in a tier (see seat-search/scan.ts), refusing with NO_ADJACENT_SEATS when there are none. */
export function bestAvailable(ctx: DomainContext, input: z.output<typeof bestAvailableInput>): { hold: HoldView; seats: FoundSeat[] } {
  const { sessionId, priceTierId, count, accessible, holdId = newId('hld_') } = input;
  // A transaction of its own (not one inside a caller's): everything it reads at first is committed, and may be kept.
  const settled = !ctx.db.inTransaction;
  return inTransaction(ctx, () => {
    const session = getSession(ctx.db, sessionId);
    if (!session) throw notFound('session', sessionId);
    assertSalesOpen(session, ctx.clock());
    // No tier: "any price", the best seats of the whole session.
    const tier = priceTierId === undefined ? null : getPriceTier(ctx.db, priceTierId);
    if (priceTierId !== undefined && tier?.sessionId !== sessionId) throw notFound('price tier of this session', priceTierId);
    if (getHall(ctx.db, session.hallId)?.hasSeat !== 1) throw new BoxOfficeError('WRONG_HALL_KIND', 'This session is unseated: sell a quantity instead.', { sessionId });
    const { block, free } = searchBestBlock(ctx, { sessionId, hallId: session.hallId, priceTierId: priceTierId ?? null, count, accessible, settled });
    if (!block) {
      const where = tier ? tier.name : 'this session';
      throw new BoxOfficeError('NO_ADJACENT_SEATS', `There are no ${count} seats together left in ${where}${free > 0 ? ` (${free} single seats remain)` : ''}.`, { priceTierId: priceTierId ?? null, count, free });
    }
    takeHold(ctx, sessionId, block, holdId);
    const labels = allRows<FoundSeat>(
      ctx.db,
      `SELECT k.id AS ticketId, floor_name AS floor, area_name AS area, row_name AS row, seat_no AS seat
       FROM tickets k JOIN seats ON seats.id = k.seat_id WHERE k.id IN (SELECT value FROM json_each(?)) ORDER BY seats.pos`,
      JSON.stringify(block),
    );
    return { hold: holdView(ctx, holdId, sessionId), seats: labels };
  });
}
