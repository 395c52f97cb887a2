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
  /** 1 for a wheelchair place: kept for those who ask for one. */
  accessible: number;
  /** The venue's quality zone painted by the manager (A best), or none. */
  zone?: string | null;
}

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

/** singles left beside the block, the venue's zone, floor rank, seat quality: smaller is better, in that order. */
type Score = [number, number, number, number];
const better = (a: Score, b: Score) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2] || a[3] - b[3];

/** A seat without a zone ranks after every zoned seat; in a hall without zones every seat ranks the same here. */
const UNZONED = 99;
/** A block (`count` seats of `run` from `at`) is as good as its worst seat: A is 0, B 1, and so on. Reads the run in place, copying nothing. */
function zoneRank(run: readonly TierSeat[], at: number, count: number): number {
  let worst = 0;
  for (let i = at; i < at + count; i++) {
    const zone = run[i]?.zone;
    worst = Math.max(worst, zone ? zone.charCodeAt(0) - 65 : UNZONED);
  }
  return worst;
}

/** A row further back costs as much as two seats off the row's centre (layout units: about a seat or a row each). */
const OFF_CENTRE_WEIGHT = 0.5;

/** Consecutive free seats side by side (same layout block, consecutive positions): the places a block can go. */
function runsOf(seats: readonly TierSeat[]): TierSeat[][] {
  const sorted = [...seats].sort((a, b) => a.block - b.block || a.pos - b.pos);
  const runs: TierSeat[][] = [];
  for (const seat of sorted) {
    const run = runs.at(-1);
    const previous = run?.at(-1);
    if (run && previous && previous.block === seat.block && previous.pos === seat.pos - 1) run.push(seat);
    else runs.push([seat]);
  }
  return runs;
}

/**
 * The best block of `count` free seats side by side (same layout block, consecutive positions: no aisle and no
 * seat that is taken, held or of another tier between them). Best, in order: a block that leaves no single empty
 * seat between itself and a taken seat or an aisle (when any such block exists); the best quality zone the venue
 * painted (seat-quality zones, by the block's worst seat; skipped where the hall has none); the first floor of the layout
 * file; then centre-and-front: the distance back from the floor's first row plus half the distance off the centre
 * (the stage's axis on that floor), so a centred seat in row 2 beats the end of row 1, and a side area's seat
 * nearest the centre aisle beats its outer end.
 */
export function findBestBlock(freeSeats: readonly TierSeat[], count: number, options: BlockOptions = {}): TierSeat[] | null {
  const wantAccessible = options.accessible ?? 0;
  const usable = wantAccessible > 0 ? freeSeats : freeSeats.filter((seat) => seat.accessible !== 1);
  const floorRank = new Map<string, number>();
  const floorFront = new Map<string, number>();
  for (const seat of usable) {
    floorRank.set(seat.floor, Math.min(floorRank.get(seat.floor) ?? Infinity, seat.line));
    floorFront.set(seat.floor, Math.min(floorFront.get(seat.floor) ?? Infinity, seat.y));
  }
  // Blocks are compared by their first and last seats and a running count of accessible places: no block is
  // copied until it is the best (a stadium has hundreds of thousands of candidate blocks).
  let best: { run: TierSeat[]; at: number; score: Score } | null = null;
  for (const run of runsOf(usable)) {
    const accessibleBefore = [0];
    for (const seat of run) accessibleBefore.push((accessibleBefore.at(-1) ?? 0) + (seat.accessible === 1 ? 1 : 0));
    for (let i = 0; i + count <= run.length; i++) {
      if ((accessibleBefore[i + count] ?? 0) - (accessibleBefore[i] ?? 0) < wantAccessible) continue;
      const first = run[i];
      const last = run[i + count - 1];
      if (!first || !last) continue;
      const singles = (i === 1 ? 1 : 0) + (run.length - (i + count) === 1 ? 1 : 0);
      const middle = (first.x + last.x) / 2;
      const centre = options.floorCentres?.get(first.floor) ?? first.rowCentre;
      const quality = first.y - (floorFront.get(first.floor) ?? first.y) + OFF_CENTRE_WEIGHT * Math.abs(middle - centre);
      const score: Score = [singles > 0 ? 1 : 0, zoneRank(run, i, count), floorRank.get(first.floor) ?? 0, quality];
      if (!best || better(score, best.score) < 0) best = { run, at: i, score };
    }
  }
  return best ? best.run.slice(best.at, best.at + count) : null;
}

/**
 * The free seats of a session (of one tier, or any), neither taken nor held by anyone: a neighbour that is taken,
 * held, of another tier or missing breaks the positions' sequence.
 */
export function freeSeatsOf(ctx: DomainContext, sessionId: string, priceTierId: string | null): TierSeat[] {
  return allRows<TierSeat>(
    ctx.db,
    `SELECT k.id AS ticketId, floor_name AS floor, x, y, line, block, pos, row_centre AS rowCentre, accessible, z.zone
     FROM tickets k JOIN seats ON seats.id = k.seat_id LEFT JOIN seat_quality_zones z ON z.seat_id = seats.id
     WHERE k.session_id = ? AND (? IS NULL OR k.price_tier_id = ?) AND k.status = 'available'
       AND NOT EXISTS (SELECT 1 FROM seat_holds h WHERE h.ticket_id = k.id AND h.expires_at > ?)`,
    sessionId,
    priceTierId,
    priceTierId,
    ctx.clock(),
  );
}

/** The stage's axis of each floor of a hall: the middle of its seats. */
export function floorCentresOf(ctx: DomainContext, hallId: string): Map<string, number> {
  return new Map(
    allRows<{ floor: string; centre: number }>(ctx.db, 'SELECT floor_name AS floor, (min(x) + max(x)) / 2 AS centre FROM seats WHERE hall_id = ? GROUP BY floor_name', hallId).map((f) => [f.floor, f.centre]),
  );
}

/** Finds and holds the best `count` seats together in a tier (see findBestBlock), refusing with NO_ADJACENT_SEATS when there are none. */
export function bestAvailable(ctx: DomainContext, input: z.output<typeof bestAvailableInput>): { hold: HoldView; seats: FoundSeat[] } {
  const { sessionId, priceTierId, count, accessible, holdId = newId('hld_') } = input;
  return inTransaction(ctx, () => {
    const session = getSession(ctx.db, sessionId);
    if (!session) throw notFound('session', sessionId);
    assertSalesOpen(session, ctx.clock());
    // No tier: "any price", the best seats of the whole session.
    const tier = priceTierId === undefined ? null : getPriceTier(ctx.db, priceTierId);
    if (priceTierId !== undefined && tier?.sessionId !== sessionId) throw notFound('price tier of this session', priceTierId);
    if (getHall(ctx.db, session.hallId)?.hasSeat !== 1) throw new BoxOfficeError('WRONG_HALL_KIND', 'This session is unseated: sell a quantity instead.', { sessionId });
    const seats = freeSeatsOf(ctx, sessionId, priceTierId ?? null);
    const floorCentres = floorCentresOf(ctx, session.hallId);
    const block = findBestBlock(seats, count, { accessible, floorCentres });
    if (!block) {
      const where = tier ? tier.name : 'this session';
      throw new BoxOfficeError('NO_ADJACENT_SEATS', `There are no ${count} seats together left in ${where}${seats.length > 0 ? ` (${seats.length} single seats remain)` : ''}.`, { priceTierId: priceTierId ?? null, count, free: seats.length });
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
