const PALETTE = ['#1565c0', '#c62828', '#2e7d32', '#ef6c00', '#6a1b9a', '#00838f', '#5d4037', '#ad1457'];

export interface TimePoint {
  at: number;
  series: string;
  count: number;
}

/**
 * Counts per interval stacked by series (entries per gate every few minutes). Series are told apart
 * by colour and by the legend's order, which matches the stacking from the bottom.
 */
export function StackedTimeChart({ points, bucketMs, title, formatTick }: { points: TimePoint[]; bucketMs: number; title: string; formatTick: (at: number) => string }) {
  const series = [...new Set(points.map((p) => p.series))].sort();
  if (points.length === 0) return null;
  const first = Math.min(...points.map((p) => p.at));
  const last = Math.max(...points.map((p) => p.at));
  const buckets = Math.round((last - first) / bucketMs) + 1;
  const totals = new Map<number, number>();
  for (const p of points) totals.set(p.at, (totals.get(p.at) ?? 0) + p.count);
  const max = Math.max(1, ...totals.values());
  const width = 760;
  const height = 240;
  const left = 44;
  const bottom = 28;
  const plotWidth = width - left - 10;
  const plotHeight = height - bottom - 10;
  const barWidth = Math.max(2, plotWidth / buckets - 2);
  const tickEvery = Math.max(1, Math.ceil(buckets / 8));
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={title} className="chart-svg">
        {[0, 0.5, 1].map((share) => (
          <g key={share}>
            <line x1={left} x2={width - 10} y1={10 + plotHeight * (1 - share)} y2={10 + plotHeight * (1 - share)} className="chart-grid" />
            <text x={left - 6} y={10 + plotHeight * (1 - share)} textAnchor="end" dominantBaseline="middle" className="chart-tick">
              {Math.round(max * share)}
            </text>
          </g>
        ))}
        {Array.from({ length: buckets }, (_, index) => {
          const at = first + index * bucketMs;
          const x = left + (index * plotWidth) / buckets + 1;
          let y = 10 + plotHeight;
          return (
            <g key={at}>
              {series.map((name, s) => {
                const count = points.find((p) => p.at === at && p.series === name)?.count ?? 0;
                const h = (count / max) * plotHeight;
                y -= h;
                return count > 0 ? (
                  <rect key={name} x={x} y={y} width={barWidth} height={h} fill={PALETTE[s % PALETTE.length]}>
                    <title>{`${formatTick(at)} ${name}: ${count}`}</title>
                  </rect>
                ) : null;
              })}
              {index % tickEvery === 0 ? (
                <text x={x + barWidth / 2} y={height - 8} textAnchor="middle" className="chart-tick">
                  {formatTick(at)}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <ul className="chart-legend">
        {series.map((name, s) => (
          <li key={name}>
            <span className="swatch" style={{ background: PALETTE[s % PALETTE.length] }} aria-hidden="true" /> {name}
          </li>
        ))}
      </ul>
    </figure>
  );
}
