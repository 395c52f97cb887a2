import type { MapSeat, MapTier, SeatState } from './types';
import type { View } from './view';
import type { RowLabel, Section } from './labels';

export interface DrawInput {
  seats: readonly MapSeat[];
  tiers: ReadonlyMap<string, MapTier>;
  view: View;
  pitch: number;
  width: number;
  height: number;
  /** Index of the keyboard cursor seat, or -1. */
  cursor: number;
  /** Tier to emphasise (the others are dimmed), or null. */
  focusTier: string | null;
  /** A rubber band being dragged, in screen pixels. */
  band: { x1: number; y1: number; x2: number; y2: number } | null;
  rowLabels: readonly RowLabel[];
  sections: readonly Section[];
}

const SOLD = '#8d8d96';
const BLOCKED = '#2f3542';
const INK = '#111111';
const CURSOR = '#1a5fd0';

/** Below this radius (CSS px) seats are squares written straight into the pixels: a whole stadium in a few ms. */
const TINY_RADIUS = 2.5;
/** Rows closer than this on screen (CSS px) would print their names over each other: the areas' names carry the map. */
const MIN_ROW_LABEL_PITCH = 6;

interface Look {
  fill: string;
  alpha: number;
  /** Screen positions, x and y in turn. */
  circles: number[];
  squares: number[];
}

/**
 * Draws the map in batches (one path per colour and shape, one stroke per kind of mark), so a stadium costs a few
 * dozen canvas calls; when seats are smaller than a few pixels they are written into the image directly. Only
 * seats on screen are drawn. States differ by shape and mark, not by colour alone: sold ✕, held by another window
 * striped, mine ✓ with a heavy ring, reserved hollow, blocked a dark square, accessible a rounded square.
 */
export function drawSeatMap(ctx: CanvasRenderingContext2D, input: DrawInput): void {
  const { view, pitch, width, height } = input;
  const r = Math.max(1, pitch * 0.42 * view.scale);
  ctx.clearRect(0, 0, width, height);
  if (r < TINY_RADIUS) drawTinySeats(ctx, input, r);
  else drawSeats(ctx, input, r);
  if (r >= 9) drawSeatNumbers(ctx, input, r);
  if (input.pitch * input.view.scale >= MIN_ROW_LABEL_PITCH) drawRowLabels(ctx, input);
  drawSectionLabels(ctx, input);
  drawCursor(ctx, input, r);
  if (input.band) {
    const { x1, y1, x2, y2 } = input.band;
    ctx.fillStyle = 'rgba(26, 95, 208, 0.12)';
    ctx.strokeStyle = CURSOR;
    ctx.lineWidth = 1.5;
    ctx.setLineDash([6, 4]);
    ctx.fillRect(Math.min(x1, x2), Math.min(y1, y2), Math.abs(x2 - x1), Math.abs(y2 - y1));
    ctx.strokeRect(Math.min(x1, x2), Math.min(y1, y2), Math.abs(x2 - x1), Math.abs(y2 - y1));
    ctx.setLineDash([]);
  }
}

const fillOf = (input: DrawInput, seat: MapSeat) => (seat.state === 'sold' ? SOLD : seat.state === 'blocked' ? BLOCKED : (input.tiers.get(seat.priceTierId)?.color ?? '#999'));
const alphaOf = (input: DrawInput, seat: MapSeat) =>
  input.focusTier !== null && seat.priceTierId !== input.focusTier ? 0.25 : seat.state === 'held' ? 0.45 : seat.state === 'reserved' ? 0 : 1;

function drawSeats(ctx: CanvasRenderingContext2D, input: DrawInput, r: number): void {
  const { view, width, height } = input;
  // Looks by colour, then by alpha: no string is built per seat.
  const looks = new Map<string, Map<number, Look>>();
  const marks = new Map<SeatState, number[]>();
  for (const seat of input.seats) {
    const sx = seat.x * view.scale + view.offsetX;
    const sy = seat.y * view.scale + view.offsetY;
    if (sx <= -r || sy <= -r || sx >= width + r || sy >= height + r) continue;
    const fill = fillOf(input, seat);
    const alpha = alphaOf(input, seat);
    let byAlpha = looks.get(fill);
    if (!byAlpha) looks.set(fill, (byAlpha = new Map<number, Look>()));
    let look = byAlpha.get(alpha);
    if (!look) byAlpha.set(alpha, (look = { fill, alpha, circles: [], squares: [] }));
    (seat.accessible || seat.state === 'blocked' ? look.squares : look.circles).push(sx, sy);
    if (seat.state !== 'available' || (seat.accessible && r >= 7)) {
      let at = marks.get(seat.state);
      if (!at) marks.set(seat.state, (at = []));
      at.push(sx, sy);
    }
  }
  for (const byAlpha of looks.values()) {
    for (const look of byAlpha.values()) {
      if (look.alpha === 0) continue;
      ctx.globalAlpha = look.alpha;
      ctx.fillStyle = look.fill;
      ctx.beginPath();
      for (let i = 0; i < look.circles.length; i += 2) {
        const sx = look.circles[i] ?? 0;
        const sy = look.circles[i + 1] ?? 0;
        ctx.moveTo(sx + r, sy);
        ctx.arc(sx, sy, r, 0, Math.PI * 2);
      }
      for (let i = 0; i < look.squares.length; i += 2) {
        const sx = look.squares[i] ?? 0;
        const sy = look.squares[i + 1] ?? 0;
        ctx.roundRect(sx - r, sy - r, r * 2, r * 2, r * 0.35);
      }
      ctx.fill();
    }
  }
  ctx.globalAlpha = 1;
  drawMarks(ctx, marks, r);
}

/** Parses `#rrggbb` into the little-endian RGBA word an ImageData's Uint32Array takes. */
function pixelOf(color: string, alpha: number): number {
  const value = Number.parseInt(color.slice(1, 7), 16);
  const red = (value >> 16) & 255;
  const green = (value >> 8) & 255;
  const blue = value & 255;
  return ((Math.round(alpha * 255) << 24) | (blue << 16) | (green << 8) | red) >>> 0;
}

/**
 * Seats of a few pixels as squares written into the canvas's pixels (the whole stadium at once): no path could
 * be cheaper, and at this size a circle and a square look alike. Marks are too small to see and are left out.
 */
function drawTinySeats(ctx: CanvasRenderingContext2D, input: DrawInput, r: number): void {
  const ratio = ctx.getTransform().a || 1;
  const w = Math.max(1, Math.round(input.width * ratio));
  const h = Math.max(1, Math.round(input.height * ratio));
  const image = ctx.createImageData(w, h);
  const pixels = new Uint32Array(image.data.buffer);
  const side = Math.max(1, Math.round(2 * r * ratio));
  const half = side / 2;
  const words = new Map<string, number>();
  const { scale, offsetX, offsetY } = input.view;
  for (const seat of input.seats) {
    const alpha = alphaOf(input, seat);
    if (alpha === 0) continue;
    const x0 = Math.round((seat.x * scale + offsetX) * ratio - half);
    const y0 = Math.round((seat.y * scale + offsetY) * ratio - half);
    if (x0 + side <= 0 || y0 + side <= 0 || x0 >= w || y0 >= h) continue;
    const fill = fillOf(input, seat);
    const key = alpha === 1 ? fill : `${fill}${alpha}`;
    let word = words.get(key);
    if (word === undefined) words.set(key, (word = pixelOf(fill, alpha)));
    const left = Math.max(0, x0);
    const right = Math.min(w, x0 + side);
    for (let y = Math.max(0, y0); y < Math.min(h, y0 + side); y++) pixels.fill(word, y * w + left, y * w + right);
  }
  ctx.putImageData(image, 0, 0);
}

function drawMarks(ctx: CanvasRenderingContext2D, marks: ReadonlyMap<SeatState, number[]>, r: number): void {
  const line = Math.max(1, r * 0.22);
  const k = r * 0.5;
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  const each = (state: SeatState, draw: (sx: number, sy: number) => void) => {
    const at = marks.get(state) ?? [];
    ctx.beginPath();
    for (let i = 0; i < at.length; i += 2) draw(at[i] ?? 0, at[i + 1] ?? 0);
    ctx.stroke();
  };
  ctx.strokeStyle = '#ffffff';
  ctx.lineWidth = line;
  each('sold', (sx, sy) => {
    ctx.moveTo(sx - k, sy - k);
    ctx.lineTo(sx + k, sy + k);
    ctx.moveTo(sx + k, sy - k);
    ctx.lineTo(sx - k, sy + k);
  });
  ctx.strokeStyle = INK;
  ctx.lineWidth = Math.max(1, r * 0.14);
  each('held', (sx, sy) => {
    ctx.moveTo(sx - r * 0.7, sy + r * 0.7);
    ctx.lineTo(sx + r * 0.7, sy - r * 0.7);
    ctx.moveTo(sx - r * 0.2, sy + r * 0.9);
    ctx.lineTo(sx + r * 0.9, sy - r * 0.2);
    ctx.moveTo(sx - r * 0.9, sy + r * 0.2);
    ctx.lineTo(sx + r * 0.2, sy - r * 0.9);
  });
  ctx.strokeStyle = INK;
  ctx.lineWidth = Math.max(1.5, r * 0.3);
  const ring = r + ctx.lineWidth / 2;
  each('held_by_me', (sx, sy) => {
    ctx.moveTo(sx + ring, sy);
    ctx.arc(sx, sy, ring, 0, Math.PI * 2);
  });
  ctx.strokeStyle = '#ffffff';
  ctx.lineWidth = line * 1.2;
  each('held_by_me', (sx, sy) => {
    ctx.moveTo(sx - k, sy);
    ctx.lineTo(sx - k * 0.2, sy + k * 0.8);
    ctx.lineTo(sx + k, sy - k * 0.7);
  });
  ctx.strokeStyle = '#5b5b66';
  ctx.lineWidth = Math.max(1, r * 0.25);
  each('reserved', (sx, sy) => {
    ctx.moveTo(sx + r * 0.85, sy);
    ctx.arc(sx, sy, r * 0.85, 0, Math.PI * 2);
  });
  ctx.strokeStyle = '#ffffff';
  ctx.lineWidth = line;
  each('blocked', (sx, sy) => {
    ctx.moveTo(sx - k, sy);
    ctx.lineTo(sx + k, sy);
  });
  // An accessible seat for sale: a white wheel mark on its rounded square.
  ctx.lineWidth = line * 0.8;
  each('available', (sx, sy) => {
    ctx.moveTo(sx + k * 0.1 + k * 0.6, sy + k * 0.25);
    ctx.arc(sx + k * 0.1, sy + k * 0.25, k * 0.6, 0, Math.PI * 2);
    ctx.moveTo(sx - k * 0.35, sy - k * 0.9);
    ctx.lineTo(sx - k * 0.35, sy + k * 0.2);
  });
}

function drawSeatNumbers(ctx: CanvasRenderingContext2D, input: DrawInput, r: number): void {
  ctx.font = `${Math.round(r * 0.75)}px system-ui, sans-serif`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (const seat of input.seats) {
    if (seat.state !== 'available' && seat.state !== 'reserved') continue;
    const sx = seat.x * input.view.scale + input.view.offsetX;
    const sy = seat.y * input.view.scale + input.view.offsetY;
    if (sx < -r || sy < -r || sx > input.width + r || sy > input.height + r) continue;
    ctx.fillStyle = seat.state === 'reserved' ? INK : '#ffffff';
    ctx.fillText(seat.seat, sx, sy + (seat.accessible ? r * 0.55 : 0));
  }
}

/** Row names in type that grows with the seats (readable from the whole-hall view on), beside both ends of each row. */
export const rowLabelFont = (pitchPx: number) => Math.round(Math.min(16, Math.max(8, pitchPx * 0.85)));

function drawRowLabels(ctx: CanvasRenderingContext2D, input: DrawInput): void {
  const pitchPx = input.pitch * input.view.scale;
  const size = rowLabelFont(pitchPx);
  const gap = pitchPx * 0.6 + 3;
  ctx.font = `600 ${size}px system-ui, sans-serif`;
  ctx.textBaseline = 'middle';
  for (const { leftX, rightX, y, label } of input.rowLabels) {
    const sy = y * input.view.scale + input.view.offsetY;
    if (sy < -size || sy > input.height + size) continue;
    const width = ctx.measureText(label).width;
    const left = leftX * input.view.scale + input.view.offsetX - gap;
    const right = rightX * input.view.scale + input.view.offsetX + gap;
    if (left - width < 2 && right > 2) {
      // The row's start is off screen: its name stays at the map's left edge, on a light ground over the seats.
      ctx.fillStyle = 'rgba(251, 250, 247, 0.88)';
      ctx.fillRect(0, sy - size * 0.65, width + 8, size * 1.3);
      ctx.fillStyle = '#44444c';
      ctx.textAlign = 'left';
      ctx.fillText(label, 4, sy);
      continue;
    }
    ctx.fillStyle = '#44444c';
    ctx.textAlign = 'right';
    ctx.fillText(label, left, sy);
    if (right < input.width) {
      ctx.textAlign = 'left';
      ctx.fillText(label, right, sy);
    }
  }
}

/** Where an area's name is drawn (above its first row, centred), in screen pixels: drawn there and clicked there. */
export function sectionLabelBox(section: Section, view: View, pitch: number): { x: number; y: number; width: number; height: number; font: number } {
  const pitchPx = pitch * view.scale;
  const font = Math.round(Math.min(15, Math.max(9, pitchPx * 0.9)));
  const width = section.label.length * font * 0.95 + 10;
  const cx = ((section.bounds.minX + section.bounds.maxX) / 2) * view.scale + view.offsetX;
  const bottom = section.bounds.minY * view.scale + view.offsetY - pitchPx * 0.55;
  return { x: cx - width / 2, y: bottom - font - 2, width, height: font + 2, font };
}

function drawSectionLabels(ctx: CanvasRenderingContext2D, input: DrawInput): void {
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (const section of input.sections) {
    const box = sectionLabelBox(section, input.view, input.pitch);
    if (box.y + box.height < 0 || box.y > input.height || box.x + box.width < 0 || box.x > input.width) continue;
    ctx.font = `700 ${box.font}px system-ui, sans-serif`;
    ctx.fillStyle = '#1a5fd0';
    ctx.fillText(section.label, box.x + box.width / 2, box.y + box.height / 2);
  }
}

function drawCursor(ctx: CanvasRenderingContext2D, input: DrawInput, r: number): void {
  const seat = input.seats[input.cursor];
  if (!seat) return;
  const sx = seat.x * input.view.scale + input.view.offsetX;
  const sy = seat.y * input.view.scale + input.view.offsetY;
  ctx.strokeStyle = CURSOR;
  ctx.lineWidth = 3;
  ctx.beginPath();
  ctx.arc(sx, sy, Math.max(r + 4, 8), 0, Math.PI * 2);
  ctx.stroke();
}
