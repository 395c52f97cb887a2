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

/** A free seat of the tier, with where it sits (see catalog/seat-blocks.ts). */
export interface TierSeat {
  ticketId: string;
  floor: string;
  x: number;
  y: number;
  line: number;
  block: number;
  pos: number;
  rowCentre: number;
}

export interface FoundSeat {
  ticketId: string;
  floor: string;
  area: string;
  row: string;
  seat: string;
}

type Score = [number, number, number];
const better = (a: Score, b: Score) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/**
 * The best block of `count` free seats side by side (same layout block, consecutive positions: no aisle and no
 * seat that is taken, held or of another tier between them). Best: the first floor of the layout file, then the
 * row nearest the stage (smallest y), then nearest the row's centre.
 */
export function findBestBlock(freeSeats: readonly TierSeat[], count: number): TierSeat[] | null {
  const floorRank = new Map<string, number>();
  for (const seat of freeSeats) floorRank.set(seat.floor, Math.min(floorRank.get(seat.floor) ?? Infinity, seat.line));
  const sorted = [...freeSeats].sort((a, b) => a.block - b.block || a.pos - b.pos);
  let best: { seats: TierSeat[]; score: Score } | null = null;
  let run: TierSeat[] = [];
  for (const seat of sorted) {
    const previous = run.at(-1);
    if (!previous || previous.block !== seat.block || previous.pos !== seat.pos - 1) run = [];
    run.push(seat);
    if (run.length < count) continue;
    const block = run.slice(-count);
    const middle = ((block[0]?.x ?? 0) + seat.x) / 2;
    const score: Score = [floorRank.get(seat.floor) ?? 0, seat.y, Math.abs(middle - seat.rowCentre)];
    if (!best || better(score, best.score) < 0) best = { seats: block, score };
  }
  return best?.seats ?? null;
}

/** Finds and holds the best `count` seats together in a tier (see findBestBlock), refusing with NO_ADJACENT_SEATS when there are none. */
export function bestAvailable(ctx: DomainContext, input: z.output<typeof bestAvailableInput>): { hold: HoldView; seats: FoundSeat[] } {
  const { sessionId, priceTierId, count, holdId = newId('hld_') } = input;
  return inTransaction(ctx, () => {
    const session = getSession(ctx.db, sessionId);
    if (!session) throw notFound('session', sessionId);
    assertSalesOpen(session, ctx.clock());
    const tier = getPriceTier(ctx.db, priceTierId);
    if (tier?.sessionId !== sessionId) throw notFound('price tier of this session', priceTierId);
    if (getHall(ctx.db, session.hallId)?.hasSeat !== 1) throw new BoxOfficeError('WRONG_HALL_KIND', 'This session is unseated: sell a quantity instead.', { sessionId });
    // Only the tier's free seats: a neighbour that is taken, held, of another tier or missing breaks the positions' sequence.
    const seats = allRows<TierSeat>(
      ctx.db,
      `SELECT k.id AS ticketId, floor_name AS floor, x, y, line, block, pos, row_centre AS rowCentre
       FROM tickets k JOIN seats ON seats.id = k.seat_id
       WHERE k.price_tier_id = ? AND k.status = 'available'
         AND NOT EXISTS (SELECT 1 FROM seat_holds h WHERE h.ticket_id = k.id AND h.expires_at > ?)`,
      priceTierId,
      ctx.clock(),
    );
    const block = findBestBlock(seats, count);
    if (!block) {
      throw new BoxOfficeError('NO_ADJACENT_SEATS', `There are no ${count} seats together left in ${tier.name}${seats.length > 0 ? ` (${seats.length} single seats remain)` : ''}.`, { priceTierId, count, free: seats.length });
    }
    takeHold(ctx, sessionId, block.map((s) => s.ticketId), holdId);
    const labels = allRows<FoundSeat>(
      ctx.db,
      `SELECT k.id AS ticketId, floor_name AS floor, area_name AS area, row_name AS row, seat_no AS seat
       FROM tickets k JOIN seats ON seats.id = k.seat_id WHERE k.id IN (SELECT value FROM json_each(?)) ORDER BY seats.pos`,
      JSON.stringify(block.map((s) => s.ticketId)),
    );
    return { hold: holdView(ctx, holdId, sessionId), seats: labels };
  });
}
