import { boundsOf, type Bounds } from './geometry';
import type { MapSeat } from './types';

/** A row's name at both ends of the row across its floor (aisles between areas do not split it). */
export interface RowLabel {
  floor: string;
  label: string;
  y: number;
  leftX: number;
  rightX: number;
}

/** An area of the hall (floor and area): its name is drawn above it, and a click on it or the 区域 list zooms to it. */
export interface Section {
  key: string;
  label: string;
  bounds: Bounds;
}

export function rowLabelsOf(seats: readonly Pick<MapSeat, 'floor' | 'row' | 'x' | 'y'>[]): RowLabel[] {
  const rows = new Map<string, RowLabel & { n: number; sumY: number }>();
  for (const seat of seats) {
    const key = `${seat.floor}|${seat.row}`;
    const row = rows.get(key);
    if (!row) rows.set(key, { floor: seat.floor, label: seat.row, y: seat.y, leftX: seat.x, rightX: seat.x, n: 1, sumY: seat.y });
    else {
      row.leftX = Math.min(row.leftX, seat.x);
      row.rightX = Math.max(row.rightX, seat.x);
      row.n += 1;
      row.sumY += seat.y;
    }
  }
  return [...rows.values()].map(({ floor, label, leftX, rightX, n, sumY }) => ({ floor, label, leftX, rightX, y: sumY / n }));
}

export function sectionsOf(seats: readonly Pick<MapSeat, 'floor' | 'area' | 'x' | 'y'>[]): Section[] {
  const groups = new Map<string, { label: string; points: { x: number; y: number }[] }>();
  for (const seat of seats) {
    const key = `${seat.floor}|${seat.area}`;
    const group = groups.get(key);
    if (group) group.points.push(seat);
    else groups.set(key, { label: `${seat.floor} ${seat.area}`, points: [seat] });
  }
  return [...groups.entries()].map(([key, { label, points }]) => ({ key, label, bounds: boundsOf(points) }));
}
