// Pure (no DOM): the entries chart's layout, from the core's buckets to stacked bars.
import type { GateStats } from '../../../../electron/server/contract';

export interface ChartBar {
  gateName: string;
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
  /** Every gate with entries in the window, this gate first, then by name: the legend and the colour order. */
  gates: { gateName: string; total: number }[];
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

/**
 * Lays out the last `columnCount` buckets ending with the one holding `now`, empty buckets included (a gap
 * in arrivals is information), one stacked bar per bucket with a segment per gate.
 */
export function chartModel(buckets: GateStats['buckets'], thisGate: string, now: number, bucketMs: number, columnCount: number): ChartModel {
  const last = Math.floor(now / bucketMs) * bucketMs;
  const first = last - (columnCount - 1) * bucketMs;
  // Summed per aligned bucket and gate, so buckets of another width or alignment still land in a column.
  const summed = new Map<string, { start: number; gateName: string; count: number }>();
  for (const b of buckets) {
    const start = Math.floor(b.start / bucketMs) * bucketMs;
    if (start < first || start > last || b.count <= 0) continue;
    const key = `${start}|${b.gateName}`;
    const entry = summed.get(key) ?? { start, gateName: b.gateName, count: 0 };
    entry.count += b.count;
    summed.set(key, entry);
  }
  const inWindow = [...summed.values()];
  const totals = new Map<string, number>();
  for (const b of inWindow) totals.set(b.gateName, (totals.get(b.gateName) ?? 0) + b.count);
  const gates = [...totals.entries()]
    .map(([gateName, total]) => ({ gateName, total }))
    .sort((a, b) => (a.gateName === thisGate ? -1 : b.gateName === thisGate ? 1 : a.gateName.localeCompare(b.gateName, 'zh-CN')));
  const order = new Map(gates.map((g, i) => [g.gateName, i]));
  const columns: ChartColumn[] = [];
  for (let start = first; start <= last; start += bucketMs) {
    const here = inWindow.filter((b) => b.start === start).sort((a, b) => (order.get(a.gateName) ?? 0) - (order.get(b.gateName) ?? 0));
    let height = 0;
    const bars = here.map((b) => {
      const bar = { gateName: b.gateName, count: b.count, from: height, to: height + b.count };
      height += b.count;
      return bar;
    });
    columns.push({ start, total: height, bars });
  }
  const yMax = niceCeiling(Math.max(0, ...columns.map((c) => c.total)));
  const step = yMax <= 4 ? 1 : yMax / (yMax % 4 === 0 ? 4 : 5);
  const yTicks: number[] = [];
  for (let tick = 0; tick <= yMax + 1e-9; tick += step) yTicks.push(Math.round(tick));
  return { columns, gates, yMax, yTicks };
}
