import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SeatIndex } from '../../../../renderer/src/sell/seat-map/geometry';
import { fitView, keepInView, toScreen, toWorld, zoomAnchor, zoomAt } from '../../../../renderer/src/sell/seat-map/view';
import { rowLabelsOf, sectionsOf } from '../../../../renderer/src/sell/seat-map/labels';

/** A hall of `rows` × `perRow` seats, 10 units apart, with an aisle after seat 10. */
function hall(rows: number, perRow: number) {
  const seats: { x: number; y: number }[] = [];
  for (let r = 0; r < rows; r++) for (let s = 0; s < perRow; s++) seats.push({ x: s * 10 + (s >= 10 ? 20 : 0), y: r * 12 });
  return seats;
}

test('the pitch is the typical distance between neighbours, aisles notwithstanding', () => {
  const index = new SeatIndex(hall(30, 40));
  assert.equal(index.pitch, 10);
});

test('hit finds the seat under a point, and nothing in an aisle', () => {
  const seats = hall(10, 20);
  const index = new SeatIndex(seats);
  const hit = index.hit(51, 24.5, 6);
  assert.deepEqual(seats[hit], { x: 50, y: 24 });
  assert.equal(index.hit(105, 30, 4), -1, 'the aisle between seat 10 and 11 is empty');
});

test('inRect returns exactly the seats inside a band, whatever corner it was dragged from', () => {
  const seats = hall(10, 20);
  const index = new SeatIndex(seats);
  const picked = index.inRect(25, 30, -5, 0).map((i) => seats[i]).sort((a, b) => (a?.y ?? 0) - (b?.y ?? 0) || (a?.x ?? 0) - (b?.x ?? 0));
  assert.deepEqual(picked, [
    { x: 0, y: 0 }, { x: 10, y: 0 }, { x: 20, y: 0 },
    { x: 0, y: 12 }, { x: 10, y: 12 }, { x: 20, y: 12 },
    { x: 0, y: 24 }, { x: 10, y: 24 }, { x: 20, y: 24 },
  ]);
});

test('arrow-key neighbours stay on the row, cross the aisle, and stop at the edge', () => {
  const seats = hall(5, 20);
  const index = new SeatIndex(seats);
  const at = (x: number, y: number) => seats.findIndex((s) => s.x === x && s.y === y);
  assert.equal(index.neighbour(at(40, 24), 1, 0), at(50, 24));
  assert.equal(index.neighbour(at(90, 24), 1, 0), at(120, 24), 'across the aisle');
  assert.equal(index.neighbour(at(40, 24), 0, 1), at(40, 36));
  assert.equal(index.neighbour(at(40, 24), 0, -1), at(40, 12));
  assert.equal(index.neighbour(at(0, 0), -1, 0), -1);
  assert.equal(index.neighbour(at(0, 0), 0, -1), -1);
});

test('fit shows the whole hall centred across, with room for row names at the sides and area names above; zoom keeps the point under the pointer still', () => {
  const index = new SeatIndex(hall(10, 20));
  const view = fitView(index.bounds, index.pitch, 800, 600);
  const centre = toScreen(view, (index.bounds.minX + index.bounds.maxX) / 2, (index.bounds.minY + index.bounds.maxY) / 2);
  assert.ok(Math.abs(centre.x - 400) < 1e-9);
  const topLeft = toScreen(view, index.bounds.minX, index.bounds.minY);
  const bottomRight = toScreen(view, index.bounds.maxX, index.bounds.maxY);
  const pitchPx = index.pitch * view.scale;
  assert.ok(topLeft.x >= 3 * pitchPx - 1e-9 && bottomRight.x <= 800 - 3 * pitchPx + 1e-9, 'three seats of room for row names at each side');
  assert.ok(topLeft.y >= 1.5 * pitchPx && bottomRight.y <= 600, 'the area names fit above the first row');
  const before = toWorld(view, 123, 77);
  const zoomed = zoomAt(view, 2, 123, 77, 0, 100);
  const after = toWorld(zoomed, 123, 77);
  assert.ok(Math.abs(before.x - after.x) < 1e-9 && Math.abs(before.y - after.y) < 1e-9);
  assert.equal(zoomAt(view, 1e9, 0, 0, 0, 5).scale, 5, 'zoom is clamped');
});

test('"+" zooms toward the keyboard\'s seat when in view, else the pointer, else the front rows', () => {
  const index = new SeatIndex(hall(10, 20));
  const view = fitView(index.bounds, index.pitch, 800, 600);
  const seat = { x: 50, y: 24 };
  assert.deepEqual(zoomAnchor(view, index.bounds, 800, 600, seat, { x: 5, y: 5 }), toScreen(view, 50, 24));
  assert.deepEqual(zoomAnchor(view, index.bounds, 800, 600, undefined, { x: 5, y: 5 }), { x: 5, y: 5 });
  const front = zoomAnchor(view, index.bounds, 800, 600, undefined, null);
  assert.deepEqual(front, toScreen(view, (index.bounds.minX + index.bounds.maxX) / 2, index.bounds.minY));
  const offScreen = { ...view, offsetX: view.offsetX - 5000 };
  assert.deepEqual(zoomAnchor(offScreen, index.bounds, 800, 600, seat, { x: 900, y: 5 }).y, toScreen(offScreen, 0, index.bounds.minY).y, 'neither seat nor pointer in view: the front');
});

test('a pan or zoom never loses the whole hall off screen', () => {
  const index = new SeatIndex(hall(10, 20));
  const view = fitView(index.bounds, index.pitch, 800, 600);
  assert.equal(keepInView(view, index.bounds, 800, 600), view);
  const lost = keepInView({ ...view, offsetX: view.offsetX + 5000, offsetY: view.offsetY - 5000 }, index.bounds, 800, 600);
  assert.equal(toScreen(lost, index.bounds.minX, 0).x, 800 - 60);
  assert.equal(toScreen(lost, 0, index.bounds.maxY).y, 60);
});

test('a row is named at both ends across its floor; areas are named by floor and area with their bounds', () => {
  const seat = (floor: string, area: string, row: string, x: number, y: number) => ({ floor, area, row, x, y });
  const seats = [seat('1层', '左区', '1排', 0, 0), seat('1层', '左区', '1排', 1, 0), seat('1层', '中区', '1排', 4, 0), seat('1层', '中区', '2排', 4, 1), seat('2层', '中区', '1排', 4, 9)];
  assert.deepEqual(rowLabelsOf(seats), [
    { floor: '1层', label: '1排', leftX: 0, rightX: 4, y: 0 },
    { floor: '1层', label: '2排', leftX: 4, rightX: 4, y: 1 },
    { floor: '2层', label: '1排', leftX: 4, rightX: 4, y: 9 },
  ]);
  assert.deepEqual(
    sectionsOf(seats).map((s) => [s.label, s.bounds]),
    [
      ['1层 左区', { minX: 0, minY: 0, maxX: 1, maxY: 0 }],
      ['1层 中区', { minX: 4, minY: 0, maxX: 4, maxY: 1 }],
      ['2层 中区', { minX: 4, minY: 9, maxX: 4, maxY: 9 }],
    ],
  );
});
