import type { HallBlocks } from './hall-blocks';
import { AVAILABLE, type SessionSeats } from './session-seats';

/** A row further back costs as much as two seats off the row's centre (layout units: about a seat or a row each). */
const OFF_CENTRE_WEIGHT = 0.5;

/**
 * The seats a search may offer, as a mask over the hall's blocks: available, not held by a live hold, and of the
 * tier when one is asked (`tier` null: any price). Also how many there are.
 */
export function freeMask(seats: SessionSeats, tier: string | null, now: number): { free: Uint8Array; count: number } {
  const size = seats.hall.size;
  const free = new Uint8Array(size);
  const wanted = tier === null ? -1 : (seats.tierIndex.get(tier) ?? -2);
  const { status, holdUntil } = seats;
  let count = 0;
  if (wanted === -2) return { free, count };
  for (let i = 0; i < size; i++) {
    if (status[i] !== AVAILABLE || (holdUntil[i] ?? 0) > now || (wanted !== -1 && seats.tier[i] !== wanted)) continue;
    free[i] = 1;
    count++;
  }
  return { free, count };
}

/**
 * The best block of `count` free seats side by side (same layout block, consecutive positions: no aisle and no
 * seat that is taken, held or of another tier between them), as indexes into the hall's blocks, or null. Best, in
 * order: a block that leaves no single empty seat between itself and a taken seat or an aisle (when any such block
 * exists); the best quality zone the venue painted (by the block's worst seat; every seat ranks the same where the
 * hall has none); the first floor of the layout file (its first line among the seats that may be offered); then
 * centre-and-front: the distance back from the floor's first row (of those seats) plus half the distance off the
 * centre (the stage's axis on that floor, else the row's middle), so a centred seat in row 2 beats the end of row 1,
 * and a side area's seat nearest the centre aisle beats its outer end. Of equals, the first in block order.
 * Accessible places are left out unless `accessible` asks for that many of them in the block.
 *
 * One pass over typed arrays, nothing allocated per seat: a 100,000-seat hall takes a few milliseconds.
 */
export function bestBlock(hall: HallBlocks, free: Uint8Array, count: number, accessible = 0): number[] | null {
  const size = hall.size;
  const floors = hall.floorNames.length;
  const { floor: floorOf, line, y, x, zone: zoneOf, rowCentre, joinsPrevious } = hall;
  const isAccessible = hall.accessible;
  // The seats that may be offered here (accessible places only when asked for), and the front of each floor: its
  // first line and its smallest y among them.
  const usable = new Uint8Array(size);
  const floorLine = new Float64Array(floors).fill(Infinity);
  const floorFront = new Float64Array(floors).fill(Infinity);
  for (let i = 0; i < size; i++) {
    if (free[i] !== 1 || (accessible === 0 && isAccessible[i] === 1)) continue;
    usable[i] = 1;
    const floor = floorOf[i] ?? 0;
    const seatLine = line[i] ?? 0;
    const seatY = y[i] ?? 0;
    if (seatLine < (floorLine[floor] ?? 0)) floorLine[floor] = seatLine;
    if (seatY < (floorFront[floor] ?? 0)) floorFront[floor] = seatY;
  }
  let bestAt = -1;
  let bestSingles = 0;
  let bestZone = 0;
  let bestFloor = 0;
  let bestQuality = 0;
  let start = 0;
  while (start < size) {
    if (usable[start] !== 1) {
      start++;
      continue;
    }
    // A run: usable seats each joined to the one before.
    let end = start + 1;
    while (end < size && joinsPrevious[end] === 1 && usable[end] === 1) end++;
    const length = end - start;
    if (length >= count) {
      const floor = floorOf[start] ?? 0;
      const floorRank = floorLine[floor] ?? 0;
      const front = floorFront[floor] ?? 0;
      const axis = hall.floorCentre[floor] ?? Number.NaN;
      let accessibleIn = 0;
      for (let i = start; i < start + count; i++) accessibleIn += isAccessible[i] ?? 0;
      for (let at = start; at + count <= end; at++) {
        if (at > start) accessibleIn += (isAccessible[at + count - 1] ?? 0) - (isAccessible[at - 1] ?? 0);
        if (accessibleIn < accessible) continue;
        const offset = at - start;
        const singles = (offset === 1 ? 1 : 0) + (length - (offset + count) === 1 ? 1 : 0) > 0 ? 1 : 0;
        if (bestAt >= 0 && singles > bestSingles) continue;
        let zone = 0;
        for (let i = at; i < at + count; i++) {
          const seatZone = zoneOf[i] ?? 0;
          if (seatZone > zone) zone = seatZone;
        }
        const last = at + count - 1;
        const middle = ((x[at] ?? 0) + (x[last] ?? 0)) / 2;
        const centre = Number.isNaN(axis) ? (rowCentre[at] ?? 0) : axis;
        const quality = (y[at] ?? 0) - front + OFF_CENTRE_WEIGHT * Math.abs(middle - centre);
        const better =
          bestAt < 0 ||
          singles < bestSingles ||
          (singles === bestSingles && (zone < bestZone || (zone === bestZone && (floorRank < bestFloor || (floorRank === bestFloor && quality < bestQuality)))));
        if (!better) continue;
        bestAt = at;
        bestSingles = singles;
        bestZone = zone;
        bestFloor = floorRank;
        bestQuality = quality;
      }
    }
    start = end;
  }
  return bestAt < 0 ? null : Array.from({ length: count }, (_, i) => bestAt + i);
}
