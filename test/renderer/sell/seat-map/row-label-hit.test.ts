import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rowLabelAt } from '../../../../renderer/src/sell/seat-map/row-label-hit';
import type { RowLabel } from '../../../../renderer/src/sell/seat-map/labels';

test('a click beside a row’s end (where its name is drawn) names that row; on the seats or between rows, none', () => {
  const rows: RowLabel[] = [
    { floor: '1层', label: '1排', leftX: 0, rightX: 10, y: 0 },
    { floor: '1层', label: '2排', leftX: 0, rightX: 10, y: 1 },
  ];
  const view = { scale: 20, offsetX: 100, offsetY: 50 };
  // Screen = world × 20 + offset: two pitches left of row 2's first seat, and two right of row 1's last.
  assert.equal(rowLabelAt(rows, view, 1, 100 - 40, 50 + 20)?.label, '2排');
  assert.equal(rowLabelAt(rows, view, 1, 100 + 200 + 40, 50)?.label, '1排');
  assert.equal(rowLabelAt(rows, view, 1, 100 + 100, 50), null, 'on the seats themselves');
  assert.equal(rowLabelAt(rows, view, 1, 100 - 100, 50), null, 'too far out');
});
