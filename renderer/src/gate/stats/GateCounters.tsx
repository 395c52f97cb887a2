import { useTranslation } from 'react-i18next';
import { useGateStore } from '../../stores/gate-store';

/** Admitted here, at all gates, and expected: how full the house is, at a glance. */
export function GateCounters() {
  const { t, i18n } = useTranslation();
  const stats = useGateStore((state) => state.stats);
  const failed = useGateStore((state) => state.statsError !== null);
  const number = (n: number) => n.toLocaleString(i18n.language);
  if (!stats) return <p className="muted">{failed ? t('gate.counters.unavailable') : t('gate.counters.loading')}</p>;
  const rate = stats.expected === 0 ? 0 : Math.round((100 * stats.admittedAllGates) / stats.expected);
  return (
    <section className="gate-counters" aria-label={t('gate.counters.title')}>
      <h3 className="visually-hidden">{t('gate.counters.title')}</h3>
      <dl>
        <div className="counter counter-here">
          <dt>{t('gate.counters.here')}</dt>
          <dd data-counter="here">{number(stats.admittedAtGate)}</dd>
        </div>
        <div className="counter">
          <dt>{t('gate.counters.all')}</dt>
          <dd data-counter="all">{number(stats.admittedAllGates)}</dd>
        </div>
        <div className="counter">
          <dt>{t('gate.counters.expected')}</dt>
          <dd data-counter="expected">{number(stats.expected)}</dd>
        </div>
        <div className="counter">
          <dt>{t('gateExit.counters.inside')}</dt>
          <dd data-counter="inside">{number(stats.inside)}</dd>
        </div>
        <div className="counter">
          <dt>{t('gate.counters.rate')}</dt>
          <dd>{rate}%</dd>
        </div>
      </dl>
      <div className="counter-progress" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={rate} aria-label={t('gate.counters.rate')}>
        <svg viewBox="0 0 100 4" preserveAspectRatio="none" aria-hidden="true">
          <rect x="0" y="0" width="100" height="4" className="progress-track" />
          <rect x="0" y="0" width={Math.min(100, rate)} height="4" className="progress-fill" />
        </svg>
      </div>
      <p className="counter-refused">
        {t('gate.counters.refused')} {number(stats.refusedAtGate)}
      </p>
    </section>
  );
}
