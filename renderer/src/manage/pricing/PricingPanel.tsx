import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import type { PricingRulesView } from '../../../../electron/server/contract';
import { Notices } from '../../components/Notices';
import { useAction } from '../../components/use-action';
import { pricingErrorText } from '../../sell/pricing/pricing-error-text';
import { PriceTypesEditor } from './PriceTypesEditor';
import { GroupDiscountForm } from './GroupDiscountForm';
import { PromoCodesEditor } from './PromoCodesEditor';
import { PackagesEditor } from '../packages/PackagesEditor';
import '../../styles/pricing.css';

/** Inside a performance: its price types (学生, 老年 …), its group discount, its promo codes and its packages (套票). */
export function PricingPanel({ performanceId }: { performanceId: string }) {
  const { t, i18n } = useTranslation();
  const [rules, setRules] = useState<PricingRulesView | null>(null);
  const action = useAction();
  const { fail, run } = action;
  useEffect(() => {
    call('pricing.rules', { performanceId }).then(setRules, fail);
  }, [performanceId, fail]);
  /** Saves, shows the saved rules, and says what was done; a pricing refusal in its own words. */
  const save = (work: () => Promise<PricingRulesView>, done: string) =>
    run(async () => {
      try {
        setRules(await work());
        return done;
      } catch (error) {
        const text = pricingErrorText(t, error, i18n.language);
        if (text !== null) throw new Error(text, { cause: error });
        throw error;
      }
    });
  if (!rules) {
    return (
      <div className="pricing-panel">
        <Notices error={action.error} notice={null} />
        <p className="muted" aria-busy="true">
          {t('pricing.manage.loading')}
        </p>
      </div>
    );
  }
  return (
    <div className="pricing-panel" data-testid="pricing-panel">
      <Notices error={action.error} notice={action.notice} />
      <PriceTypesEditor rules={rules} busy={action.busy} save={save} />
      <GroupDiscountForm key={JSON.stringify(rules.group)} rules={rules} busy={action.busy} save={save} />
      <PromoCodesEditor rules={rules} busy={action.busy} save={save} />
      <PackagesEditor performanceId={performanceId} />
    </div>
  );
}

export type SaveRules = (work: () => Promise<PricingRulesView>, done: string) => Promise<boolean>;
