import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GoLivePlanView } from '../../../../electron/server/contract';

export type GoLiveOutcome = 'discard-training' | 'keep-sales';

/** What the core said when a switch needed a decision (GO_LIVE_DECISION_REQUIRED's details). */
export interface GoLiveDecision {
  from: string;
  to: string;
  plan: GoLivePlanView;
}

/**
 * The two ways of going live, explained with the venue's own numbers before anything changes; the manager picks one
 * and confirms (or cancels, and nothing happened).
 */
export function GoLiveChoice({ decision, busy, onConfirm, onCancel }: { decision: GoLiveDecision; busy: boolean; onConfirm: (outcome: GoLiveOutcome) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<GoLiveOutcome | null>(null);
  const name = (platform: string) => (platform === 'sandbox' ? t('golive.sandboxName') : platform);
  const { plan } = decision;
  const option = (value: GoLiveOutcome, title: string, explain: string) => (
    <label className={`golive-option${outcome === value ? ' golive-option-chosen' : ''}`}>
      <input type="radio" name="go-live-outcome" value={value} checked={outcome === value} onChange={() => setOutcome(value)} />
      <span>
        <strong>{title}</strong>
        <br />
        <span className="muted">{explain}</span>
      </span>
    </label>
  );
  return (
    <section className="card stack golive-choice" role="alertdialog" aria-labelledby="go-live-title" aria-describedby="go-live-explain">
      <h3 id="go-live-title">{t('golive.choiceTitle')}</h3>
      <p id="go-live-explain">{t('golive.choiceExplain', { from: name(decision.from), to: name(decision.to) })}</p>
      <p>{t('golive.setup', { venues: plan.venues, halls: plan.halls, sessions: plan.sessions, performances: plan.performances })}</p>
      <fieldset className="stack">
        <legend className="visually-hidden">{t('golive.choiceTitle')}</legend>
        {option(
          'discard-training',
          t('golive.discardTitle'),
          t('golive.discardExplain', { orders: plan.transactions.orders, refunds: plan.transactions.refunds, checkIns: plan.transactions.checkIns, shifts: plan.transactions.shifts, seats: plan.seatsSold }),
        )}
        {option('keep-sales', t('golive.keepTitle'), t('golive.keepExplain'))}
      </fieldset>
      {plan.needsType !== null && plan.needsType > 0 ? <p className="banner banner-warn">{t('golive.needsType', { count: plan.needsType })}</p> : null}
      <div className="button-row">
        <button type="button" className="primary" disabled={busy || outcome === null} onClick={() => outcome && onConfirm(outcome)}>
          {t('golive.confirm')}
        </button>
        <button type="button" className="secondary" disabled={busy} onClick={onCancel}>
          {t('golive.cancel')}
        </button>
      </div>
    </section>
  );
}
