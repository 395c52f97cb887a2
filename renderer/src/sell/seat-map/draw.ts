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

/**
 * Draws the map in batches (one path per colour and shape), so 10,000 seats cost a few dozen
 * canvas calls. States differ by shape and mark, not by colour alone: sold ✕, held by another
 * window striped, mine ✓ with a heavy ring, reserved hollow, blocked a dark square, accessible a
 * rounded square.
 */
export function drawSeatMap(ctx: CanvasRenderingContext2D, input: DrawInput): void {
  const { view, pitch, width, height } = input;
  const r = Math.max(1, pitch * 0.42 * view.scale);
  ctx.clearRect(0, 0, width, height);
  const visible = (sx: number, sy: number) => sx > -r && sy > -r && sx < width + r && sy < height + r;

  const groups = new Map<string, { fill: string; alpha: number; circles: number[]; squares: number[] }>();
  const marks: { state: SeatState; sx: number; sy: number }[] = [];
  input.seats.forEach((seat) => {
    const sx = seat.x * view.scale + view.offsetX;
    const sy = seat.y * view.scale + view.offsetY;
    if (!visible(sx, sy)) return;
    const tier = input.tiers.get(seat.priceTierId);
    const dimmed = input.focusTier !== null && seat.priceTierId !== input.focusTier;
    const fill = seat.state === 'sold' ? SOLD : seat.state === 'blocked' ? BLOCKED : (tier?.color ?? '#999');
    const alpha = dimmed ? 0.25 : seat.state === 'held' ? 0.45 : seat.state === 'reserved' ? 0 : 1;
    const key = `${fill}|${alpha}`;
    let group = groups.get(key);
    if (!group) {
      group = { fill, alpha, circles: [], squares: [] };
      groups.set(key, group);
    }
    (seat.accessible || seat.state === 'blocked' ? group.squares : group.circles).push(sx, sy);
    if (seat.state !== 'available') marks.push({ state: seat.state, sx, sy });
    else if (seat.accessible && r >= 7) marks.push({ state: 'available', sx, sy });
  });

  for (const group of groups.values()) {
    if (group.alpha === 0) continue;
    ctx.globalAlpha = group.alpha;
    ctx.fillStyle = group.fill;
    ctx.beginPath();
    for (let i = 0; i < group.circles.length; i += 2) {
      const sx = group.circles[i] ?? 0;
      const sy = group.circles[i + 1] ?? 0;
      if (r < 2.5) ctx.rect(sx - r, sy - r, r * 2, r * 2);
      else {
        ctx.moveTo(sx + r, sy);
        ctx.arc(sx, sy, r, 0, Math.PI * 2);
      }
    }
    for (let i = 0; i < group.squares.length; i += 2) {
      const sx = group.squares[i] ?? 0;
      const sy = group.squares[i + 1] ?? 0;
      ctx.roundRect(sx - r, sy - r, r * 2, r * 2, r * 0.35);
    }
    ctx.fill();
  }
  ctx.globalAlpha = 1;
  if (r >= 2.5) drawMarks(ctx, marks, r);
  if (r >= 9) drawSeatNumbers(ctx, input, r);
  drawRowLabels(ctx, input);
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

function drawMarks(ctx: CanvasRenderingContext2D, marks: { state: SeatState; sx: number; sy: number }[], r: number): void {
  const line = Math.max(1, r * 0.22);
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  for (const { state, sx, sy } of marks) {
    const k = r * 0.5;
    ctx.beginPath();
    switch (state) {
      case 'sold':
        ctx.strokeStyle = '#ffffff';
        ctx.lineWidth = line;
        ctx.moveTo(sx - k, sy - k);
        ctx.lineTo(sx + k, sy + k);
        ctx.moveTo(sx + k, sy - k);
        ctx.lineTo(sx - k, sy + k);
        ctx.stroke();
        break;
      case 'held':
        ctx.strokeStyle = INK;
        ctx.lineWidth = Math.max(1, r * 0.14);
        ctx.moveTo(sx - r * 0.7, sy + r * 0.7);
        ctx.lineTo(sx + r * 0.7, sy - r * 0.7);
        ctx.moveTo(sx - r * 0.2, sy + r * 0.9);
        ctx.lineTo(sx + r * 0.9, sy - r * 0.2);
        ctx.moveTo(sx - r * 0.9, sy + r * 0.2);
        ctx.lineTo(sx + r * 0.2, sy - r * 0.9);
        ctx.stroke();
        break;
      case 'held_by_me':
        ctx.strokeStyle = INK;
        ctx.lineWidth = Math.max(1.5, r * 0.3);
        ctx.arc(sx, sy, r + ctx.lineWidth / 2, 0, Math.PI * 2);
        ctx.stroke();
        ctx.beginPath();
        ctx.strokeStyle = '#ffffff';
        ctx.lineWidth = line * 1.2;
        ctx.moveTo(sx - k, sy);
        ctx.lineTo(sx - k * 0.2, sy + k * 0.8);
        ctx.lineTo(sx + k, sy - k * 0.7);
        ctx.stroke();
        break;
      case 'reserved':
        ctx.strokeStyle = '#5b5b66';
        ctx.lineWidth = Math.max(1, r * 0.25);
        ctx.arc(sx, sy, r * 0.85, 0, Math.PI * 2);
        ctx.stroke();
        break;
      case 'blocked':
        ctx.strokeStyle = '#ffffff';
        ctx.lineWidth = line;
        ctx.moveTo(sx - k, sy);
        ctx.lineTo(sx + k, sy);
        ctx.stroke();
        break;
      case 'available':
        // An accessible seat for sale: a white wheel mark on its rounded square.
        ctx.strokeStyle = '#ffffff';
        ctx.lineWidth = line * 0.8;
        ctx.arc(sx + k * 0.1, sy + k * 0.25, k * 0.6, 0, Math.PI * 2);
        ctx.moveTo(sx - k * 0.35, sy - k * 0.9);
        ctx.lineTo(sx - k * 0.35, sy + k * 0.2);
        ctx.stroke();
        break;
    }
  }
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
