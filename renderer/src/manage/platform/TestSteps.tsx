import { useTranslation } from 'react-i18next';
import type { PlatformTestView } from '../../../../electron/server/contract';

/** A connection test step by step: what was tried, whether it worked, and the core's explanation. */
export function TestSteps({ test }: { test: PlatformTestView }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="platform-test-title" className="stack" data-testid="platform-test">
      <h4 id="platform-test-title">{t('platform.testTitle')}</h4>
      <ol className="test-steps">
        {test.steps.map((step) => (
          <li key={step.step} className={step.ok ? 'outcome-ok' : 'outcome-warn'}>
            <span aria-hidden="true">{step.ok ? '✓' : '✗'}</span> {t('platform.stepLine', { step: t(`platform.steps.${step.step}`), result: step.ok ? t('platform.stepOk') : t('platform.stepFailed'), ms: step.durationMs })}
            <br />
            <span className="muted" data-testid="step-reason">
              {t(`platformTest.reasons.${step.reason.code}`, { ...step.reason })}
            </span>
            {/* The platform's own words (its msg) are evidence for its operator, shown as a quote, not as our sentence. */}
            {!step.ok && step.reason.detail ? <span className="muted platform-said"> {t('platformTest.platformSaid', { detail: step.reason.detail })}</span> : null}
          </li>
        ))}
      </ol>
      {test.plan ? (
        <div data-testid="go-live-plan">
          {t('golive.plan.title')}
          <ul className="plan-list">
            <li>{t('golive.plan.register', { venues: test.plan.venues, halls: test.plan.halls, sessions: test.plan.sessions, records: test.plan.records.setup })}</li>
            {test.plan.transactions.orders + test.plan.transactions.checkIns > 0 && !test.sandbox ? (
              <li>{t('golive.plan.transactions', { orders: test.plan.transactions.orders, refunds: test.plan.transactions.refunds, checkIns: test.plan.transactions.checkIns, records: test.plan.records.sales })}</li>
            ) : null}
            <li>{(test.plan.needsType ?? 0) > 0 ? t('golive.plan.needsType', { count: test.plan.needsType }) : t('golive.plan.typesOk')}</li>
          </ul>
        </div>
      ) : null}
      <p role="status" className={test.ok ? 'banner banner-ok' : 'banner banner-error'}>
        <span aria-hidden="true">{test.ok ? '✓' : '⚠'}</span> {test.ok ? t('platform.testOk', { count: test.types ?? 0 }) : t('platform.testFailed')}
      </p>
    </section>
  );
}
