export interface Bounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export function boundsOf(seats: readonly { x: number; y: number }[]): Bounds {
  if (seats.length === 0) return { minX: 0, minY: 0, maxX: 1, maxY: 1 };
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const { x, y } of seats) {
    if (x < minX) minX = x;
    if (y < minY) minY = y;
    if (x > maxX) maxX = x;
    if (y > maxY) maxY = y;
  }
  return { minX, minY, maxX, maxY };
}

export interface Point {
  x: number;
  y: number;
}

/**
 * A bucket grid over seat positions: hit tests, rectangles and nearest-neighbour searches touch a
 * few buckets instead of 10,000 seats, which keeps clicks and arrow keys instant on big halls.
 * It answers with indexes into the positions it was built from; seat states live elsewhere.
 */
export class SeatIndex {
  readonly bounds: Bounds;
  /** Typical distance between neighbouring seats, in layout units: seats are drawn at this scale. */
  readonly pitch: number;
  private readonly cell: number;
  private readonly cols: number;
  private readonly buckets = new Map<number, number[]>();

  constructor(readonly seats: readonly Point[]) {
    this.bounds = boundsOf(seats);
    const width = this.bounds.maxX - this.bounds.minX || 1;
    const height = this.bounds.maxY - this.bounds.minY || 1;
    // About two seats per bucket on average, before the pitch is known.
    this.cell = Math.max(Math.sqrt((width * height) / Math.max(1, seats.length / 2)), 1e-6);
    this.cols = Math.floor(width / this.cell) + 1;
    seats.forEach((seat, index) => {
      const key = this.keyOf(seat.x, seat.y);
      const bucket = this.buckets.get(key);
      if (bucket) bucket.push(index);
      else this.buckets.set(key, [index]);
    });
    this.pitch = this.estimatePitch();
  }

  private keyOf(x: number, y: number): number {
    const col = Math.floor((x - this.bounds.minX) / this.cell);
    const row = Math.floor((y - this.bounds.minY) / this.cell);
    return row * this.cols + col;
  }

  /** Indexes of seats whose centre lies within the rectangle (any corner order). */
  inRect(x1: number, y1: number, x2: number, y2: number): number[] {
    const [left, right] = x1 < x2 ? [x1, x2] : [x2, x1];
    const [top, bottom] = y1 < y2 ? [y1, y2] : [y2, y1];
    const found: number[] = [];
    const col0 = Math.max(0, Math.floor((left - this.bounds.minX) / this.cell));
    const col1 = Math.min(this.cols - 1, Math.floor((right - this.bounds.minX) / this.cell));
    const row0 = Math.max(0, Math.floor((top - this.bounds.minY) / this.cell));
    const row1 = Math.floor((bottom - this.bounds.minY) / this.cell);
    for (let row = row0; row <= row1; row++) {
      for (let col = col0; col <= col1; col++) {
        for (const index of this.buckets.get(row * this.cols + col) ?? []) {
          const seat = this.seats[index];
          if (seat && seat.x >= left && seat.x <= right && seat.y >= top && seat.y <= bottom) found.push(index);
        }
      }
    }
    return found;
  }

  /** The seat nearest to a point within `radius`, or -1. */
  hit(x: number, y: number, radius: number): number {
    let best = -1;
    let bestDistance = radius * radius;
    for (const index of this.inRect(x - radius, y - radius, x + radius, y + radius)) {
      const seat = this.seats[index];
      if (!seat) continue;
      const distance = (seat.x - x) ** 2 + (seat.y - y) ** 2;
      if (distance <= bestDistance) {
        best = index;
        bestDistance = distance;
      }
    }
    return best;
  }

  /**
   * The nearest seat from `from` in a direction (arrow keys): within a 45° cone around it,
   * preferring the same line over a closer seat far off to the side.
   */
  neighbour(from: number, dx: -1 | 0 | 1, dy: -1 | 0 | 1): number {
    const origin = this.seats[from];
    if (!origin) return -1;
    let best = -1;
    let bestScore = Infinity;
    for (let reach = this.pitch * 2; reach <= this.pitch * 64; reach *= 2) {
      for (const index of this.inRect(origin.x - reach, origin.y - reach, origin.x + reach, origin.y + reach)) {
        if (index === from) continue;
        const seat = this.seats[index];
        if (!seat) continue;
        const along = (seat.x - origin.x) * dx + (seat.y - origin.y) * dy;
        const across = Math.abs((seat.x - origin.x) * dy - (seat.y - origin.y) * dx);
        if (along <= 0 || across > along) continue;
        const score = along + across * 3;
        if (score < bestScore) {
          bestScore = score;
          best = index;
        }
      }
      if (best >= 0) return best;
    }
    return best;
  }

  private estimatePitch(): number {
    // The median distance to the nearest other seat, over a sample: robust to aisles and odd seats.
    const sample = this.seats.length <= 400 ? this.seats.map((_, i) => i) : Array.from({ length: 400 }, (_, i) => Math.floor((i * this.seats.length) / 400));
    const distances: number[] = [];
    for (const index of sample) {
      const seat = this.seats[index];
      if (!seat) continue;
      let nearest = Infinity;
      for (let reach = this.cell; reach <= this.cell * 16 && nearest === Infinity; reach *= 2) {
        for (const other of this.inRect(seat.x - reach, seat.y - reach, seat.x + reach, seat.y + reach)) {
          const o = this.seats[other];
          if (other === index || !o) continue;
          const d = Math.hypot(o.x - seat.x, o.y - seat.y);
          if (d > 0 && d < nearest) nearest = d;
        }
      }
      if (nearest < Infinity) distances.push(nearest);
    }
    distances.sort((a, b) => a - b);
    return distances[Math.floor(distances.length / 2)] ?? 1;
  }
}
