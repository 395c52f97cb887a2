/** One bar per row, labelled and valued, for figures people compare at a glance (sales by session, by clerk...). */
export function BarChart({ rows, format, title }: { rows: { label: string; value: number; note?: string }[]; format: (value: number) => string; title: string }) {
  const max = Math.max(1, ...rows.map((row) => row.value));
  const barHeight = 26;
  const gap = 8;
  const labelWidth = 190;
  const width = 640;
  const height = rows.length * (barHeight + gap) + gap;
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${width} ${Math.max(height, 40)}`} role="img" aria-label={title} className="chart-svg">
        {rows.map((row, index) => {
          const y = gap + index * (barHeight + gap);
          const barWidth = Math.round(((width - labelWidth - 120) * row.value) / max);
          return (
            <g key={`${row.label}-${index}`}>
              <text x={labelWidth - 8} y={y + barHeight / 2} className="chart-label" textAnchor="end" dominantBaseline="middle">
                {row.label.length > 14 ? `${row.label.slice(0, 13)}…` : row.label}
              </text>
              <rect x={labelWidth} y={y} width={Math.max(barWidth, row.value > 0 ? 2 : 0)} height={barHeight} rx={3} className="chart-bar" />
              <text x={labelWidth + barWidth + 6} y={y + barHeight / 2} className="chart-value" dominantBaseline="middle">
                {format(row.value)}
                {row.note ? ` · ${row.note}` : ''}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
