import type { Db } from '../../../../db/open';
import { getRow, statement } from '../../../../db/statements';
import { keep } from './kept';

/** A seat without a zone ranks after every zoned seat; in a hall without zones every seat ranks the same. */
export const UNZONED = 99;

/**
 * A hall's seats as best available reads them, in side-by-side order (layout block, then position): one typed
 * array per fact, indexed by the seat's place in that order. Made once per layout (seats, wheelchair places,
 * quality zones); a session's seat states are arrays indexed the same way (session-seats.ts).
 */
export interface HallBlocks {
  /** The layout epoch it was read at (seat_search_marks): any change to seats or zones makes a new one. */
  epoch: number;
  size: number;
  seatIds: readonly string[];
  indexOfSeat: ReadonlyMap<string, number>;
  /** 1 when the seat is the next one of the seat before it in the same layout block: no aisle between them. */
  joinsPrevious: Uint8Array;
  floor: Uint16Array;
  floorNames: readonly string[];
  /** The stage's axis (x) per floor; NaN where a seat's own row centre is used instead. */
  floorCentre: Float64Array;
  x: Float64Array;
  y: Float64Array;
  line: Float64Array;
  rowCentre: Float64Array;
  accessible: Uint8Array;
  /** The quality zone painted by the venue: A is 0, B 1, …; UNZONED without one. */
  zone: Uint8Array;
}

/** One seat as the blocks are built from it (see catalog/seat-blocks.ts). */
export interface BlockSeat {
  seatId: string;
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

/** Arranges seats into blocks; `floorCentres` gives the stage's axis per floor (without it, each row's centre counts). */
export function hallBlocksOf(seats: readonly BlockSeat[], floorCentres: ReadonlyMap<string, number> | undefined, epoch: number): HallBlocks {
  const sorted = [...seats].sort((a, b) => a.block - b.block || a.pos - b.pos);
  const size = sorted.length;
  const blocks: HallBlocks = {
    epoch,
    size,
    seatIds: sorted.map((seat) => seat.seatId),
    indexOfSeat: new Map(sorted.map((seat, i) => [seat.seatId, i])),
    joinsPrevious: new Uint8Array(size),
    floor: new Uint16Array(size),
    floorNames: [],
    floorCentre: new Float64Array(0),
    x: new Float64Array(size),
    y: new Float64Array(size),
    line: new Float64Array(size),
    rowCentre: new Float64Array(size),
    accessible: new Uint8Array(size),
    zone: new Uint8Array(size),
  };
  const floorIndex = new Map<string, number>();
  sorted.forEach((seat, i) => {
    let floor = floorIndex.get(seat.floor);
    if (floor === undefined) floorIndex.set(seat.floor, (floor = floorIndex.size));
    const previous = sorted[i - 1];
    blocks.joinsPrevious[i] = previous && previous.block === seat.block && previous.pos === seat.pos - 1 ? 1 : 0;
    blocks.floor[i] = floor;
    blocks.x[i] = seat.x;
    blocks.y[i] = seat.y;
    blocks.line[i] = seat.line;
    blocks.rowCentre[i] = seat.rowCentre;
    blocks.accessible[i] = seat.accessible === 1 ? 1 : 0;
    blocks.zone[i] = seat.zone ? seat.zone.charCodeAt(0) - 65 : UNZONED;
  });
  const floorNames = [...floorIndex.keys()];
  return { ...blocks, floorNames, floorCentre: Float64Array.from(floorNames, (name) => floorCentres?.get(name) ?? Number.NaN) };
}

/** The layout epoch and how far the seat-state log was pruned (migration 0240). */
export function seatSearchMarks(db: Db): { layoutEpoch: number; prunedThrough: number } {
  const marks = getRow<{ layoutEpoch: number; prunedThrough: number }>(db, 'SELECT layout_epoch AS layoutEpoch, pruned_through AS prunedThrough FROM seat_search_marks WHERE id = 1');
  if (!marks) throw new Error('seat_search_marks has no row: the database was not migrated');
  return marks;
}

type SeatRow = [seatId: string, floor: string, x: number, y: number, line: number, block: number, pos: number, rowCentre: number, accessible: number, zone: string | null];

/** Reads a hall's blocks from the database as they are now; the stage's axis of a floor is the middle of all its seats. */
export function readHallBlocks(db: Db, hallId: string, epoch: number): HallBlocks {
  const rows = statement(
    db,
    `SELECT s.id, floor_name, x, y, line, block, pos, row_centre, accessible, z.zone
     FROM seats s LEFT JOIN seat_quality_zones z ON z.seat_id = s.id WHERE s.hall_id = ?`,
  )
    .raw(true)
    .all(hallId) as SeatRow[];
  const centres = statement(db, 'SELECT floor_name, (min(x) + max(x)) / 2 FROM seats WHERE hall_id = ? GROUP BY floor_name').raw(true).all(hallId) as [string, number][];
  return hallBlocksOf(
    rows.map(([seatId, floor, x, y, line, block, pos, rowCentre, accessible, zone]) => ({ seatId, floor, x, y, line, block, pos, rowCentre, accessible, zone })),
    new Map(centres),
    epoch,
  );
}

const HALLS_KEPT = 4;

/**
 * A hall's blocks at the current layout epoch, from `halls` (keptFor) or read. `settled`: nothing uncommitted is
 * visible (the caller's transaction has written nothing yet), so what is read may be kept; otherwise a changed
 * layout is read afresh and not kept.
 */
export function hallBlocks(db: Db, halls: Map<string, HallBlocks>, hallId: string, epoch: number, settled: boolean): HallBlocks {
  const known = halls.get(hallId);
  if (known?.epoch === epoch) return known;
  const fresh = readHallBlocks(db, hallId, epoch);
  if (settled) keep(halls, hallId, fresh, HALLS_KEPT);
  return fresh;
}
