import { useTranslation } from 'react-i18next';
import { useGateStore } from '../../stores/gate-store';
import { BUCKET_MINUTES } from '../../stores/gate-stats-slice';
import { formatTime } from '../../format';
import { chartModel } from './chart-geometry';

const COLUMNS = 24; // two hours of 5-minute buckets: the arrival curve of one evening
// About the side panel's width in pixels, so the labels print near their nominal size.
const WIDTH = 420;
const HEIGHT = 180;
const PAD = { left: 34, right: 6, top: 10, bottom: 24 };
// This gate in the strong colour; the others in colours that stay apart for colour-blind eyes.
const GATE_COLOURS = ['#1a5fd0', '#e08a00', '#6b4fa0', '#2e8b57', '#8c564b', '#d1477a', '#5f6b73', '#17a2b8'];

/** Entries per 5 minutes per gate, drawn as stacked bars; it follows every admission at every gate. */
export function EntriesChart() {
  const { t, i18n } = useTranslation();
  const stats = useGateStore((state) => state.stats);
  const statsAt = useGateStore((state) => state.statsAt);
  const gateName = useGateStore((state) => state.setup.gateName);
  if (!stats || statsAt === null) return null;
  const bucketMs = BUCKET_MINUTES * 60_000;
  const model = chartModel(stats.buckets, gateName, statsAt, bucketMs, COLUMNS);
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const colW = plotW / COLUMNS;
  const y = (count: number) => PAD.top + plotH - (count / model.yMax) * plotH;
  const colour = (gate: string) => GATE_COLOURS[model.gates.findIndex((g) => g.gateName === gate) % GATE_COLOURS.length] ?? GATE_COLOURS[0];
  const gateLabel = (gate: string) => (gate === gateName ? t('gate.chart.thisGate', { gate }) : gate);
  const summary = model.gates.length === 0 ? t('gate.chart.empty') : t('gate.chart.summary', { list: model.gates.map((g) => `${gateLabel(g.gateName)} ${g.total}`).join(t('gate.chart.separator')) });

  return (
    <figure className="entries-chart">
      <figcaption>{t('gate.chart.title')}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={summary}>
        {model.yTicks.map((tick) => (
          <g key={tick} className="chart-grid">
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(tick)} y2={y(tick)} />
            <text x={PAD.left - 6} y={y(tick) + 4} textAnchor="end">
              {tick}
            </text>
          </g>
        ))}
        {model.columns.map((column, i) => (
          <g key={column.start}>
            {column.bars.map((bar) => (
              <rect key={bar.gateName} x={PAD.left + i * colW + 1} width={colW - 2} y={y(bar.to)} height={y(bar.from) - y(bar.to)} fill={colour(bar.gateName)}>
                <title>{t('gate.chart.bar', { time: formatTime(column.start, i18n.language), gate: bar.gateName, count: bar.count })}</title>
              </rect>
            ))}
            {i % 6 === 0 ? (
              <text className="chart-x" x={PAD.left + i * colW} y={HEIGHT - 6}>
                {formatTime(column.start, i18n.language)}
              </text>
            ) : null}
          </g>
        ))}
        <line className="chart-axis" x1={PAD.left} x2={WIDTH - PAD.right} y1={y(0)} y2={y(0)} />
      </svg>
      {model.gates.length === 0 ? (
        <p className="muted">{t('gate.chart.empty')}</p>
      ) : (
        <ul className="chart-legend">
          {model.gates.map((g) => (
            <li key={g.gateName} className={g.gateName === gateName ? 'legend-this' : undefined}>
              <svg viewBox="0 0 10 10" aria-hidden="true">
                <rect width="10" height="10" fill={colour(g.gateName)} />
              </svg>
              {gateLabel(g.gateName)} <strong>{g.total}</strong>
            </li>
          ))}
        </ul>
      )}
    </figure>
  );
}
