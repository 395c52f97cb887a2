// Browser-safe (no imports): which seats are side by side, worked out once when a layout is imported.
import type { ParsedSeat } from './seat-layout-csv';

export interface ArrangedSeat extends ParsedSeat {
  /** Seats side by side share a block: one row of one area, no aisle between them. */
  block: number;
  /** Position in the row, left to right; neighbours in a block have consecutive positions. */
  pos: number;
  /** The middle of the row (x), to prefer central seats. */
  rowCentre: number;
}

/**
 * Orders each row (floor, area, row) by x and splits it at aisles: a gap wider than 1.5 times the row's usual
 * spacing (its median gap) starts a new block.
 */
export function arrangeSeats(seats: readonly ParsedSeat[]): ArrangedSeat[] {
  const rows = new Map<string, ParsedSeat[]>();
  for (const seat of seats) {
    const key = `${seat.floor}\u0000${seat.area}\u0000${seat.row}`;
    const row = rows.get(key);
    if (row) row.push(seat);
    else rows.set(key, [seat]);
  }
  const arranged: ArrangedSeat[] = [];
  let block = 0;
  for (const row of rows.values()) {
    row.sort((a, b) => a.x - b.x);
    const gaps = row.slice(1).map((seat, i) => seat.x - (row[i]?.x ?? seat.x)).sort((a, b) => a - b);
    const usual = gaps[Math.floor(gaps.length / 2)] ?? 1;
    const rowCentre = ((row[0]?.x ?? 0) + (row.at(-1)?.x ?? 0)) / 2;
    block++;
    row.forEach((seat, pos) => {
      const previous = row[pos - 1];
      if (previous && seat.x - previous.x > usual * 1.5) block++;
      arranged.push({ ...seat, block, pos, rowCentre });
    });
  }
  return arranged.sort((a, b) => a.line - b.line);
}
