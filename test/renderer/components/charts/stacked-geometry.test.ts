import { test } from 'node:test';
import assert from 'node:assert/strict';
import { niceCeiling, stackedModel, windowEndingAt, windowOfData, type Bucket } from '../../../../renderer/src/components/charts/stacked-geometry';

// The gate's live chart: the last `columns` buckets up to now, this gate first.
const chartModel = (buckets: { start: number; gateName: string; count: number }[], thisGate: string, at: number, bucketMs: number, columns: number) =>
  stackedModel(buckets.map((b): Bucket => ({ start: b.start, series: b.gateName, count: b.count })), windowEndingAt(at, bucketMs, columns), bucketMs, thisGate);

const FIVE = 300_000;
const now = 1_750_000_000_000 + 123_456; // not on a bucket boundary
const last = Math.floor(now / FIVE) * FIVE;

test('the axis tops out at a round number', () => {
  assert.deepEqual([0, 1, 3, 7, 10, 11, 48, 101, 2400].map(niceCeiling), [1, 1, 5, 10, 10, 20, 50, 200, 5000]);
});

test('columns cover the window up to now, empty buckets included, segments stacked with this gate first', () => {
  const model = chartModel(
    [
      { start: last - 2 * FIVE, gateName: '西门', count: 3 },
      { start: last - 2 * FIVE, gateName: '东门', count: 5 },
      { start: last, gateName: '西门', count: 2 },
      { start: last - 30 * FIVE, gateName: '北门', count: 9 }, // before the window
    ],
    '东门',
    now,
    FIVE,
    4,
  );
  assert.deepEqual(model.columns.map((c) => [c.start, c.total]), [
    [last - 3 * FIVE, 0],
    [last - 2 * FIVE, 8],
    [last - FIVE, 0],
    [last, 2],
  ]);
  assert.deepEqual(model.columns[1]?.bars, [
    { series: '东门', count: 5, from: 0, to: 5 },
    { series: '西门', count: 3, from: 5, to: 8 },
  ]);
  assert.deepEqual(model.series, [
    { name: '东门', total: 5 },
    { name: '西门', total: 5 },
  ]);
  assert.equal(model.yMax, 10);
  assert.deepEqual(model.yTicks, [0, 2, 4, 6, 8, 10]);
});

test('buckets that are not aligned (or split) are summed into their column', () => {
  const model = chartModel(
    [
      { start: last + 7_000, gateName: '东门', count: 1 },
      { start: last + 9_000, gateName: '东门', count: 1 },
    ],
    '东门',
    now,
    FIVE,
    2,
  );
  assert.deepEqual(model.columns.at(-1)?.bars, [{ series: '东门', count: 2, from: 0, to: 2 }]);
});

test('no entries: an empty chart with a unit axis', () => {
  const model = chartModel([], '东门', now, FIVE, 24);
  assert.equal(model.columns.length, 24);
  assert.equal(model.series.length, 0);
  assert.deepEqual(model.yTicks, [0, 1]);
});

test('a report’s window runs from its first bucket with counts to its last', () => {
  const buckets: Bucket[] = [
    { start: last - 3 * FIVE, series: '北门', count: 4 },
    { start: last, series: '东门', count: 1 },
  ];
  const window = windowOfData(buckets, FIVE);
  assert.deepEqual(window, { first: last - 3 * FIVE, last });
  assert.deepEqual(stackedModel(buckets, { first: last - 3 * FIVE, last }, FIVE).columns.map((c) => c.total), [4, 0, 0, 1]);
  assert.equal(windowOfData([], FIVE), null);
});
