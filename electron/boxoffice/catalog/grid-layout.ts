// Browser-safe (no imports): a rectangular layout as CSV, for a quick start (and the demo, tests and benchmarks).

export interface GridArea {
  floor: string;
  area: string;
  rows: number;
  seatsPerRow: number;
  /** Drawing offset of the area. */
  x0?: number;
  y0?: number;
  /** Row names, by default 1排, 2排, ... */
  rowName?: (row: number) => string;
  /** Seats (1-based row, seat) that get flags. */
  flags?: (row: number, seat: number) => string;
}

/** One CSV line per seat, rows front to back (y grows), seats left to right (x grows), 1 unit apart. */
export function gridSeatLayoutCsv(areas: readonly GridArea[]): string {
  const lines = ['floor,area,row,seat,x,y,flags'];
  for (const a of areas) {
    for (let row = 1; row <= a.rows; row++) {
      for (let seat = 1; seat <= a.seatsPerRow; seat++) {
        const rowName = a.rowName ? a.rowName(row) : `${row}排`;
        lines.push([a.floor, a.area, rowName, String(seat), String((a.x0 ?? 0) + seat), String((a.y0 ?? 0) + row), a.flags?.(row, seat) ?? ''].join(','));
      }
    }
  }
  return lines.join('\n');
}

/** Square areas of 50 × 50 seats, `columns` to a line, 5 seat pitches apart, half on each of two floors: 4 make a 10,000-seat hall, 40 a stadium. */
export function gridAreas(count: number, columns: number): GridArea[] {
  return Array.from({ length: count }, (_, i) => ({
    floor: i < count / 2 ? '1层' : '2层',
    area: `${String.fromCharCode(65 + (i % 26))}${i >= 26 ? '2' : ''}区`,
    rows: 50,
    seatsPerRow: 50,
    x0: (i % columns) * 55,
    y0: Math.floor(i / columns) * 55,
  }));
}
