import { useTranslation } from 'react-i18next';
import { useGateStore } from '../../stores/gate-store';
import { BUCKET_MINUTES } from '../../stores/gate-stats-slice';
import { formatTime } from '../../format';
import { StackedTimeChart } from '../../components/charts/StackedTimeChart';
import { stackedModel, windowEndingAt } from '../../components/charts/stacked-geometry';

const COLUMNS = 24; // two hours of 5-minute buckets: the arrival curve of one evening

/** Entries per 5 minutes per gate, drawn as stacked bars; it follows every admission at every gate. */
export function EntriesChart() {
  const { t, i18n } = useTranslation();
  const stats = useGateStore((state) => state.stats);
  const statsAt = useGateStore((state) => state.statsAt);
  const gateName = useGateStore((state) => state.setup.gateName);
  if (!stats || statsAt === null) return null;
  const bucketMs = BUCKET_MINUTES * 60_000;
  const buckets = stats.buckets.map((b) => ({ start: b.start, series: b.gateName, count: b.count }));
  const model = stackedModel(buckets, windowEndingAt(statsAt, bucketMs, COLUMNS), bucketMs, gateName);
  const gateLabel = (gate: string) => (gate === gateName ? t('gate.chart.thisGate', { gate }) : gate);
  const summary = model.series.length === 0 ? t('gate.chart.empty') : t('gate.chart.summary', { list: model.series.map((s) => `${gateLabel(s.name)} ${s.total}`).join(t('gate.chart.separator')) });
  return (
    <StackedTimeChart
      className="entries-chart"
      model={model}
      title={t('gate.chart.title')}
      summary={summary}
      empty={t('gate.chart.empty')}
      tick={(at) => formatTime(at, i18n.language)}
      tickEvery={6}
      barTitle={(at, gate, count) => t('gate.chart.bar', { time: formatTime(at, i18n.language), gate, count })}
      seriesLabel={gateLabel}
      emphasised={gateName}
      // About the side panel's width in pixels.
      width={420}
      height={180}
    />
  );
}
