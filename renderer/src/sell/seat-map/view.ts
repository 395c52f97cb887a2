import type { Bounds } from './geometry';

/** Screen = world × scale + offset (CSS pixels). */
export interface View {
  scale: number;
  offsetX: number;
  offsetY: number;
}

export const toWorld = (view: View, sx: number, sy: number) => ({ x: (sx - view.offsetX) / view.scale, y: (sy - view.offsetY) / view.scale });
export const toScreen = (view: View, x: number, y: number) => ({ x: x * view.scale + view.offsetX, y: y * view.scale + view.offsetY });

/** The view that shows the whole hall centred in the canvas, with a margin of about one seat. */
export function fitView(bounds: Bounds, pitch: number, width: number, height: number): View {
  const margin = pitch * 1.5;
  const worldWidth = bounds.maxX - bounds.minX + margin * 2;
  const worldHeight = bounds.maxY - bounds.minY + margin * 2;
  const scale = Math.min(width / worldWidth, height / worldHeight);
  return {
    scale,
    offsetX: (width - (bounds.maxX + bounds.minX) * scale) / 2,
    offsetY: (height - (bounds.maxY + bounds.minY) * scale) / 2,
  };
}

/** Zooms by `factor` keeping the world point under (sx, sy) still, within [minScale, maxScale]. */
export function zoomAt(view: View, factor: number, sx: number, sy: number, minScale: number, maxScale: number): View {
  const scale = Math.min(maxScale, Math.max(minScale, view.scale * factor));
  const world = toWorld(view, sx, sy);
  return { scale, offsetX: sx - world.x * scale, offsetY: sy - world.y * scale };
}

export const panBy = (view: View, dx: number, dy: number): View => ({ ...view, offsetX: view.offsetX + dx, offsetY: view.offsetY + dy });
