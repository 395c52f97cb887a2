// Browser-safe and pure: what a painter holds (which seat has which colour) and the changes it ends in. The same
// model paints a session's price tiers and a hall's quality zones.

/** seat id → the key painted on it (a tier id, a zone letter); a seat missing has none. */
export type Paint = ReadonlyMap<string, string>;

export interface PaintSeat {
  id: string;
  floorName: string;
  areaName: string;
  rowName: string;
}

/** The selected seats painted `key`, or cleared (null); seats in `locked` keep what they have (sold seats). */
export function applyPaint(paint: Paint, selection: Iterable<string>, key: string | null, locked: ReadonlySet<string> = new Set()): Map<string, string> {
  const next = new Map(paint);
  for (const id of selection) {
    if (locked.has(id)) continue;
    if (key === null) next.delete(id);
    else next.set(id, key);
  }
  return next;
}

/** Seats per key (every key listed, 0 when none) and seats with no key, among `seats`. */
export function countPaint(seats: readonly { id: string }[], paint: Paint, keys: readonly string[]): { perKey: Map<string, number>; unpainted: number } {
  const perKey = new Map(keys.map((key) => [key, 0]));
  let unpainted = 0;
  for (const seat of seats) {
    const key = paint.get(seat.id);
    if (key === undefined) unpainted++;
    else perKey.set(key, (perKey.get(key) ?? 0) + 1);
  }
  return { perKey, unpainted };
}

export const seatsOfRow = (seats: readonly PaintSeat[], floor: string, row: string) => seats.filter((s) => s.floorName === floor && s.rowName === row).map((s) => s.id);
export const seatsOfSection = (seats: readonly PaintSeat[], floor: string, area: string) => seats.filter((s) => s.floorName === floor && s.areaName === area).map((s) => s.id);

/** Each floor's rows and areas in layout order, for the keyboard's row and area pickers. */
export function rowsAndSections(seats: readonly PaintSeat[]): { rows: { floor: string; row: string }[]; sections: { floor: string; area: string }[] } {
  const rows = new Map<string, { floor: string; row: string }>();
  const sections = new Map<string, { floor: string; area: string }>();
  for (const seat of seats) {
    rows.set(`${seat.floorName}|${seat.rowName}`, { floor: seat.floorName, row: seat.rowName });
    sections.set(`${seat.floorName}|${seat.areaName}`, { floor: seat.floorName, area: seat.areaName });
  }
  return { rows: [...rows.values()], sections: [...sections.values()] };
}

/** Painted tiers as the core's seat rules: one rule per tier that has seats (a tier without any stays a problem). */
export function paintToRules(paint: Paint, tierIds: readonly string[]): { priceTierId: string; seatIds: string[] }[] {
  const byTier = new Map<string, string[]>(tierIds.map((id) => [id, []]));
  for (const [seatId, tierId] of paint) byTier.get(tierId)?.push(seatId);
  return [...byTier.entries()].filter(([, seatIds]) => seatIds.length > 0).map(([priceTierId, seatIds]) => ({ priceTierId, seatIds }));
}

/** What changed from `before` to `after`, grouped by the new key (null: cleared): one request per group. */
export function paintChanges(before: Paint, after: Paint): Map<string | null, string[]> {
  const changes = new Map<string | null, string[]>();
  const add = (key: string | null, id: string) => {
    const list = changes.get(key);
    if (list) list.push(id);
    else changes.set(key, [id]);
  };
  for (const [id, key] of after) if (before.get(id) !== key) add(key, id);
  for (const id of before.keys()) if (!after.has(id)) add(null, id);
  return changes;
}
