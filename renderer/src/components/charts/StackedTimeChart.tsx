import type { ChartModel } from './stacked-geometry';
import '../../styles/charts.css';

// Colours that stay apart for colour-blind eyes; the leading series (this gate) takes the strong first one.
const PALETTE = ['#1a5fd0', '#e08a00', '#6b4fa0', '#2e8b57', '#8c564b', '#d1477a', '#5f6b73', '#17a2b8'];
const PAD = { left: 40, right: 6, top: 10, bottom: 24 };

export interface StackedTimeChartProps {
  model: ChartModel;
  title: string;
  /** What a screen reader hears: the totals in words. */
  summary: string;
  /** A time label under the bars (every `tickEvery`-th column). */
  tick: (at: number) => string;
  tickEvery: number;
  /** A bar segment's tooltip. */
  barTitle: (at: number, series: string, count: number) => string;
  /** The legend's name of a series (e.g. "东门（本口）"). */
  seriesLabel?: (series: string) => string;
  /** The series drawn in bold in the legend (this gate). */
  emphasised?: string;
  /** The drawing's size in user units: about its width on screen, so the labels print near their nominal size. */
  width: number;
  height: number;
  className: string;
  empty: string;
}

/** Counts per interval stacked by series (entries per gate every few minutes), with a legend in stacking order. */
export function StackedTimeChart(props: StackedTimeChartProps) {
  const { model, width, height } = props;
  const plotW = width - PAD.left - PAD.right;
  const plotH = height - PAD.top - PAD.bottom;
  const colW = plotW / Math.max(1, model.columns.length);
  const y = (count: number) => PAD.top + plotH - (count / model.yMax) * plotH;
  const colour = (series: string) => PALETTE[model.series.findIndex((s) => s.name === series) % PALETTE.length] ?? PALETTE[0];
  const label = props.seriesLabel ?? ((series: string) => series);
  return (
    <figure className={`stacked-chart ${props.className}`}>
      <figcaption>{props.title}</figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={props.summary}>
        {model.yTicks.map((tick) => (
          <g key={tick} className="chart-grid">
            <line x1={PAD.left} x2={width - PAD.right} y1={y(tick)} y2={y(tick)} />
            <text x={PAD.left - 6} y={y(tick) + 4} textAnchor="end">
              {tick}
            </text>
          </g>
        ))}
        {model.columns.map((column, i) => (
          <g key={column.start}>
            {column.bars.map((bar) => (
              <rect key={bar.series} x={PAD.left + i * colW + 1} width={Math.max(1, colW - 2)} y={y(bar.to)} height={y(bar.from) - y(bar.to)} fill={colour(bar.series)}>
                <title>{props.barTitle(column.start, bar.series, bar.count)}</title>
              </rect>
            ))}
            {i % props.tickEvery === 0 ? (
              <text className="chart-x" x={PAD.left + i * colW} y={height - 6}>
                {props.tick(column.start)}
              </text>
            ) : null}
          </g>
        ))}
        <line className="chart-axis" x1={PAD.left} x2={width - PAD.right} y1={y(0)} y2={y(0)} />
      </svg>
      {model.series.length === 0 ? (
        <p className="muted">{props.empty}</p>
      ) : (
        <ul className="chart-legend">
          {model.series.map((s) => (
            <li key={s.name} className={s.name === props.emphasised ? 'legend-this' : undefined}>
              <svg viewBox="0 0 10 10" aria-hidden="true">
                <rect width="10" height="10" fill={colour(s.name)} />
              </svg>
              {label(s.name)} <strong>{s.total}</strong>
            </li>
          ))}
        </ul>
      )}
    </figure>
  );
}
