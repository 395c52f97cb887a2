import type { Bounds } from './geometry';

/** Screen = world × scale + offset (CSS pixels). */
export interface View {
  scale: number;
  offsetX: number;
  offsetY: number;
}

export const toWorld = (view: View, sx: number, sy: number) => ({ x: (sx - view.offsetX) / view.scale, y: (sy - view.offsetY) / view.scale });
export const toScreen = (view: View, x: number, y: number) => ({ x: x * view.scale + view.offsetX, y: y * view.scale + view.offsetY });

/** Room around the hall, in seat pitches: row labels need about three seats' width at each side, the areas' names a little above, nothing much below. */
const MARGIN_X = 3;
const MARGIN_TOP = 1.7;
const MARGIN_BOTTOM = 0.6;

/** The view that shows `bounds` whole, centred in the canvas, with room at the sides for row labels. */
export function fitView(bounds: Bounds, pitch: number, width: number, height: number): View {
  const worldWidth = bounds.maxX - bounds.minX + pitch * MARGIN_X * 2;
  const worldHeight = bounds.maxY - bounds.minY + pitch * (MARGIN_TOP + MARGIN_BOTTOM);
  const scale = Math.min(width / worldWidth, height / worldHeight);
  const top = bounds.minY - pitch * MARGIN_TOP;
  return {
    scale,
    offsetX: (width - (bounds.maxX + bounds.minX) * scale) / 2,
    offsetY: (height - worldHeight * scale) / 2 - top * scale,
  };
}

/** Zooms by `factor` keeping the world point under (sx, sy) still, within [minScale, maxScale]. */
export function zoomAt(view: View, factor: number, sx: number, sy: number, minScale: number, maxScale: number): View {
  const scale = Math.min(maxScale, Math.max(minScale, view.scale * factor));
  const world = toWorld(view, sx, sy);
  return { scale, offsetX: sx - world.x * scale, offsetY: sy - world.y * scale };
}

export const panBy = (view: View, dx: number, dy: number): View => ({ ...view, offsetX: view.offsetX + dx, offsetY: view.offsetY + dy });

/**
 * Where "+" and "−" zoom toward: the seat the keyboard is on when it is in view, else the pointer's last place
 * over the map, else the stage end of the hall (the front rows are what a clerk sells first, and a zoom into the
 * centre pushed them off screen).
 */
export function zoomAnchor(
  view: View,
  bounds: Bounds,
  width: number,
  height: number,
  cursorSeat: { x: number; y: number } | undefined,
  pointer: { x: number; y: number } | null,
): { x: number; y: number } {
  const inside = (p: { x: number; y: number }) => p.x >= 0 && p.y >= 0 && p.x <= width && p.y <= height;
  if (cursorSeat) {
    const at = toScreen(view, cursorSeat.x, cursorSeat.y);
    if (inside(at)) return at;
  }
  if (pointer && inside(pointer)) return pointer;
  const front = toScreen(view, (bounds.minX + bounds.maxX) / 2, bounds.minY);
  return { x: Math.min(width, Math.max(0, front.x)), y: Math.min(height, Math.max(0, front.y)) };
}

/** Keeps some of the hall on screen after a pan or zoom: it may move at most to within `keep` pixels of any edge. */
export function keepInView(view: View, bounds: Bounds, width: number, height: number, keep = 60): View {
  const left = bounds.minX * view.scale + view.offsetX;
  const right = bounds.maxX * view.scale + view.offsetX;
  const top = bounds.minY * view.scale + view.offsetY;
  const bottom = bounds.maxY * view.scale + view.offsetY;
  const dx = right < keep ? keep - right : left > width - keep ? width - keep - left : 0;
  const dy = bottom < keep ? keep - bottom : top > height - keep ? height - keep - top : 0;
  return dx === 0 && dy === 0 ? view : panBy(view, dx, dy);
}
