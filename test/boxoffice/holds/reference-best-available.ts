import type { Db } from '../../../db/open';
import type { TierSeat } from '../../../electron/boxoffice/holds/best-available';

// The straightforward best available, as it was before the search moved into memory: every free seat of the tier
// read from SQLite, sorted into runs, every block scored. Kept here as the reference the fast search must equal.

type ReferenceSeat = TierSeat;

type Score = [number, number, number, number];
const better = (a: Score, b: Score) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2] || a[3] - b[3];
const UNZONED = 99;

function zoneRank(run: readonly ReferenceSeat[], at: number, count: number): number {
  let worst = 0;
  for (let i = at; i < at + count; i++) {
    const zone = run[i]?.zone;
    worst = Math.max(worst, zone ? zone.charCodeAt(0) - 65 : UNZONED);
  }
  return worst;
}

function runsOf(seats: readonly ReferenceSeat[]): ReferenceSeat[][] {
  const sorted = [...seats].sort((a, b) => a.block - b.block || a.pos - b.pos);
  const runs: ReferenceSeat[][] = [];
  for (const seat of sorted) {
    const run = runs.at(-1);
    const previous = run?.at(-1);
    if (run && previous && previous.block === seat.block && previous.pos === seat.pos - 1) run.push(seat);
    else runs.push([seat]);
  }
  return runs;
}

export function referenceBestBlock(freeSeats: readonly ReferenceSeat[], count: number, options: { accessible?: number; floorCentres?: ReadonlyMap<string, number> } = {}): ReferenceSeat[] | null {
  const wantAccessible = options.accessible ?? 0;
  const usable = wantAccessible > 0 ? freeSeats : freeSeats.filter((seat) => seat.accessible !== 1);
  const floorRank = new Map<string, number>();
  const floorFront = new Map<string, number>();
  for (const seat of usable) {
    floorRank.set(seat.floor, Math.min(floorRank.get(seat.floor) ?? Infinity, seat.line));
    floorFront.set(seat.floor, Math.min(floorFront.get(seat.floor) ?? Infinity, seat.y));
  }
  let best: { run: ReferenceSeat[]; at: number; score: Score } | null = null;
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
      const quality = first.y - (floorFront.get(first.floor) ?? first.y) + 0.5 * Math.abs(middle - centre);
      const score: Score = [singles > 0 ? 1 : 0, zoneRank(run, i, count), floorRank.get(first.floor) ?? 0, quality];
      if (!best || better(score, best.score) < 0) best = { run, at: i, score };
    }
  }
  return best ? best.run.slice(best.at, best.at + count) : null;
}

/** The reference's answer on the database as it is now: the block's ticket ids (by position), or null, and how many seats of the tier are free. */
export function referenceBestAvailable(db: Db, query: { sessionId: string; priceTierId?: string; count: number; accessible: number; now: number }): { ticketIds: string[] | null; free: number } {
  const hallId = (db.prepare('SELECT hall_id FROM sessions WHERE id = ?').pluck().get(query.sessionId) as string);
  const seats = db
    .prepare(
      `SELECT k.id AS ticketId, floor_name AS floor, x, y, line, block, pos, row_centre AS rowCentre, accessible, z.zone
       FROM tickets k JOIN seats ON seats.id = k.seat_id LEFT JOIN seat_quality_zones z ON z.seat_id = seats.id
       WHERE k.session_id = ? AND (? IS NULL OR k.price_tier_id = ?) AND k.status = 'available'
         AND NOT EXISTS (SELECT 1 FROM seat_holds h WHERE h.ticket_id = k.id AND h.expires_at > ?)`,
    )
    .all(query.sessionId, query.priceTierId ?? null, query.priceTierId ?? null, query.now) as ReferenceSeat[];
  const floorCentres = new Map(
    (db.prepare('SELECT floor_name AS floor, (min(x) + max(x)) / 2 AS centre FROM seats WHERE hall_id = ? GROUP BY floor_name').all(hallId) as { floor: string; centre: number }[]).map((f) => [f.floor, f.centre]),
  );
  const block = referenceBestBlock(seats, query.count, { accessible: query.accessible, floorCentres });
  return { ticketIds: block ? [...block].sort((a, b) => a.pos - b.pos).map((s) => s.ticketId) : null, free: seats.length };
}
