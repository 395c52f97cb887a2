import type { RowLabel } from './labels';
import type { View } from './view';

/** How far beside a row's end seat (in seat pitches) its drawn name reaches: row names sit in the map's side margins. */
const LABEL_REACH = 3;

/**
 * The row whose name is drawn at a screen point (left or right of the row, within half a pitch of its middle), or
 * null. A click there selects the row where a parent asks for it (painting price and quality zones).
 */
export function rowLabelAt(rowLabels: readonly RowLabel[], view: View, pitch: number, sx: number, sy: number): RowLabel | null {
  const x = (sx - view.offsetX) / view.scale;
  const y = (sy - view.offsetY) / view.scale;
  let best: RowLabel | null = null;
  let bestDy = pitch * 0.5;
  for (const row of rowLabels) {
    const dy = Math.abs(row.y - y);
    if (dy > bestDy) continue;
    const left = x < row.leftX - pitch * 0.5 && x > row.leftX - pitch * LABEL_REACH;
    const right = x > row.rightX + pitch * 0.5 && x < row.rightX + pitch * LABEL_REACH;
    if (left || right) {
      best = row;
      bestDy = dy;
    }
  }
  return best;
}
