// Pure (no DOM): a stacked time chart's layout, from counts per bucket and series to stacked bars.

export interface Bucket {
  start: number;
  series: string;
  count: number;
}

export interface ChartBar {
  series: string;
  count: number;
  /** Bottom and top of the segment, in counts (the SVG scales them). */
  from: number;
  to: number;
}

export interface ChartColumn {
  start: number;
  total: number;
  bars: ChartBar[];
}

export interface ChartModel {
  columns: ChartColumn[];
  /** Every series with counts in the window, the leading one first, then by name: the legend and the colour order. */
  series: { name: string; total: number }[];
  /** The top of the y axis: a round number at or above the busiest bucket. */
  yMax: number;
  yTicks: number[];
}

/** 1, 2, 5, 10, 20, 50...: the smallest at or above `value`, so the axis reads easily. */
export function niceCeiling(value: number): number {
  if (value <= 1) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * magnitude >= value) return step * magnitude;
  return 10 * magnitude;
}

/** The window of the last `columnCount` buckets, ending with the one holding `now` (the gate's live chart). */
export function windowEndingAt(now: number, bucketMs: number, columnCount: number): { first: number; last: number } {
  const last = Math.floor(now / bucketMs) * bucketMs;
  return { first: last - (columnCount - 1) * bucketMs, last };
}

/** The window from the first bucket with counts to the last (a report's period); null without any. */
export function windowOfData(buckets: readonly Bucket[], bucketMs: number): { first: number; last: number } | null {
  if (buckets.length === 0) return null;
  const starts = buckets.map((b) => Math.floor(b.start / bucketMs) * bucketMs);
  return { first: Math.min(...starts), last: Math.max(...starts) };
}

/**
 * Lays out every bucket of the window, empty ones included (a gap in arrivals is information), one stacked bar per
 * bucket with a segment per series; `leading` (this gate) is stacked first.
 */
export function stackedModel(buckets: readonly Bucket[], window: { first: number; last: number }, bucketMs: number, leading = ''): ChartModel {
  const { first, last } = window;
  // Summed per aligned bucket and series, so buckets of another width or alignment still land in a column.
  const summed = new Map<string, Bucket>();
  for (const b of buckets) {
    const start = Math.floor(b.start / bucketMs) * bucketMs;
    if (start < first || start > last || b.count <= 0) continue;
    const key = `${start}|${b.series}`;
    const entry = summed.get(key) ?? { start, series: b.series, count: 0 };
    entry.count += b.count;
    summed.set(key, entry);
  }
  const inWindow = [...summed.values()];
  const totals = new Map<string, number>();
  for (const b of inWindow) totals.set(b.series, (totals.get(b.series) ?? 0) + b.count);
  const series = [...totals.entries()]
    .map(([name, total]) => ({ name, total }))
    .sort((a, b) => (a.name === leading ? -1 : b.name === leading ? 1 : a.name.localeCompare(b.name, 'zh-CN')));
  const order = new Map(series.map((s, i) => [s.name, i]));
  const columns: ChartColumn[] = [];
  for (let start = first; start <= last; start += bucketMs) {
    const here = inWindow.filter((b) => b.start === start).sort((a, b) => (order.get(a.series) ?? 0) - (order.get(b.series) ?? 0));
    let height = 0;
    const bars = here.map((b) => {
      const bar = { series: b.series, count: b.count, from: height, to: height + b.count };
      height += b.count;
      return bar;
    });
    columns.push({ start, total: height, bars });
  }
  const yMax = niceCeiling(Math.max(0, ...columns.map((c) => c.total)));
  const step = yMax <= 4 ? 1 : yMax / (yMax % 4 === 0 ? 4 : 5);
  const yTicks: number[] = [];
  for (let tick = 0; tick <= yMax + 1e-9; tick += step) yTicks.push(Math.round(tick));
  return { columns, series, yMax, yTicks };
}
