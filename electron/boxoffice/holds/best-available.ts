import { newId } from '../../../db/ids';
import { getHall, getPriceTier, getSession } from '../../../db/catalog';
import { allRows } from '../../../db/statements';
import type { DomainContext } from '../context';
import { BoxOfficeError, notFound } from '../errors';
import { inTransaction, parseInput, requireRole, SELLERS } from '../service';
import { assertSalesOpen } from '../sales/rules';
import { bestAvailableInput } from './schemas';
import { holdView, takeHold, type HoldView } from './holds';

interface LayoutSeat {
  ticketId: string | null;
  floor: string;
  area: string;
  row: string;
  seat: string;
  x: number;
  y: number;
  line: number;
  free: number;
}

export interface FoundSeat {
  ticketId: string;
  floor: string;
  area: string;
  row: string;
  seat: string;
}

interface Candidate {
  seats: LayoutSeat[];
  score: [number, number, number];
}

const better = (a: Candidate['score'], b: Candidate['score']) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/**
 * The best block of `count` adjacent free seats of one tier. Adjacent: neighbours in one row of one area
 * (ordered by x) with no seat and no aisle between them (a gap over 1.5 times the row's usual spacing is an
 * aisle), none of them held. Best: the first floor of the layout file, then the row nearest the stage (smallest y), then nearest the row's centre.
 */
export function findBestBlock(seats: readonly LayoutSeat[], count: number): LayoutSeat[] | null {
  const rows = new Map<string, LayoutSeat[]>();
  const floorRank = new Map<string, number>();
  for (const seat of seats) {
    const key = `${seat.floor}\u0000${seat.area}\u0000${seat.row}`;
    const row = rows.get(key) ?? [];
    row.push(seat);
    rows.set(key, row);
    floorRank.set(seat.floor, Math.min(floorRank.get(seat.floor) ?? Infinity, seat.line));
  }
  let best: Candidate | null = null;
  for (const row of rows.values()) {
    row.sort((a, b) => a.x - b.x);
    const gaps = row.slice(1).map((seat, i) => seat.x - (row[i]?.x ?? seat.x)).sort((a, b) => a - b);
    const usual = gaps[Math.floor(gaps.length / 2)] ?? 1;
    const centre = ((row[0]?.x ?? 0) + (row.at(-1)?.x ?? 0)) / 2;
    const y = row.reduce((sum, s) => sum + s.y, 0) / row.length;
    let run: LayoutSeat[] = [];
    for (let i = 0; i < row.length; i++) {
      const seat = row[i];
      const previous = row[i - 1];
      if (!seat) continue;
      const aisle = previous !== undefined && seat.x - previous.x > usual * 1.5;
      if (!seat.free || aisle) run = [];
      if (!seat.free) continue;
      run.push(seat);
      if (run.length < count) continue;
      const block = run.slice(-count);
      const middle = ((block[0]?.x ?? 0) + (block.at(-1)?.x ?? 0)) / 2;
      const candidate: Candidate = { seats: block, score: [floorRank.get(seat.floor) ?? 0, y, Math.abs(middle - centre)] };
      if (!best || better(candidate.score, best.score) < 0) best = candidate;
    }
  }
  return best?.seats ?? null;
}

/** Finds and holds the best `count` seats together in a tier (see findBestBlock), refusing with NO_ADJACENT_SEATS when there are none. */
export function bestAvailable(ctx: DomainContext, input: unknown): { hold: HoldView; seats: FoundSeat[] } {
  requireRole(ctx, SELLERS, 'choose seats');
  const { sessionId, priceTierId, count, holdId = newId('hld_') } = parseInput(bestAvailableInput, input);
  return inTransaction(ctx, () => {
    const session = getSession(ctx.db, sessionId);
    if (!session) throw notFound('session', sessionId);
    assertSalesOpen(session, ctx.clock());
    const tier = getPriceTier(ctx.db, priceTierId);
    if (tier?.sessionId !== sessionId) throw notFound('price tier of this session', priceTierId);
    if (getHall(ctx.db, session.hallId)?.hasSeat !== 1) throw new BoxOfficeError('WRONG_HALL_KIND', 'This session is unseated: sell a quantity instead.', { sessionId });
    const seats = allRows<LayoutSeat>(
      ctx.db,
      `SELECT k.id AS ticketId, floor_name AS floor, area_name AS area, row_name AS row, seat_no AS seat, x, y, line,
         coalesce(k.price_tier_id = @tier AND k.status = 'available'
           AND (h.ticket_id IS NULL OR h.expires_at <= @now), 0) AS free
       FROM seats LEFT JOIN tickets k ON k.seat_id = seats.id AND k.session_id = @session LEFT JOIN seat_holds h ON h.ticket_id = k.id
       WHERE seats.hall_id = @hall`,
      { tier: priceTierId, now: ctx.clock(), session: sessionId, hall: session.hallId },
    );
    const block = findBestBlock(seats, count);
    if (!block) {
      const free = seats.filter((s) => s.free).length;
      throw new BoxOfficeError('NO_ADJACENT_SEATS', `There are no ${count} seats together left in ${tier.name}${free > 0 ? ` (${free} single seats remain)` : ''}.`, { priceTierId, count, free });
    }
    takeHold(ctx, sessionId, block.map((s) => s.ticketId ?? ''), holdId);
    return {
      hold: holdView(ctx, holdId, sessionId),
      seats: block.map((s) => ({ ticketId: s.ticketId ?? '', floor: s.floor, area: s.area, row: s.row, seat: s.seat })),
    };
  });
}
