import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import type { PricingRulesView } from '../../../../electron/server/contract';
import { setGroupDiscountInput } from '../../../../electron/server/contract/schemas';
import type { SaveRules } from './PricingPanel';

/** 团体票: from how many tickets, and how much off each; or none. */
export function GroupDiscountForm({ rules, busy, save }: { rules: PricingRulesView; busy: boolean; save: SaveRules }) {
  const { t } = useTranslation();
  const [min, setMin] = useState(rules.group ? String(rules.group.minTickets) : '');
  const [percent, setPercent] = useState(rules.group ? String(rules.group.percentOff) : '');
  const input = { performanceId: rules.performanceId, group: { minTickets: Number(min || 'NaN'), percentOff: Number(percent || 'NaN') } };
  const valid = setGroupDiscountInput.safeParse(input).success;
  return (
    <section aria-labelledby="pricing-group-title">
      <h4 id="pricing-group-title">{t('pricing.manage.groupTitle')}</h4>
      <p className="muted">{rules.group ? t('pricing.manage.groupNow', { min: rules.group.minTickets, percent: rules.group.percentOff }) : t('pricing.manage.groupNone')}</p>
      <form
        className="inline-form"
        aria-label={t('pricing.manage.groupTitle')}
        onSubmit={(event) => {
          event.preventDefault();
          if (valid) void save(() => call('pricing.setGroupDiscount', input), t('pricing.manage.groupSaved'));
        }}
      >
        <div className="field">
          <label htmlFor="group-min">{t('pricing.manage.groupMin')}</label>
          <input id="group-min" inputMode="numeric" value={min} onChange={(e) => setMin(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="group-percent">{t('pricing.manage.groupPercent')}</label>
          <input id="group-percent" inputMode="numeric" value={percent} onChange={(e) => setPercent(e.target.value)} />
        </div>
        <button type="submit" className="primary" disabled={busy || !valid}>
          {t('pricing.manage.groupSave')}
        </button>
        {rules.group ? (
          <button type="button" className="secondary" disabled={busy} onClick={() => void save(() => call('pricing.setGroupDiscount', { performanceId: rules.performanceId, group: null }), t('pricing.manage.groupSaved'))}>
            {t('pricing.manage.groupRemove')}
          </button>
        ) : null}
      </form>
    </section>
  );
}
