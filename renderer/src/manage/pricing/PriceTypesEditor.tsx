import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import type { PricingRulesView, PriceTypeView, Proof, SavePriceTypeInput } from '../../../../electron/server/contract';
import { PROOFS, savePriceTypeInput } from '../../../../electron/server/contract/schemas';
import { formatYuan, parseYuan } from '../../format';
import { proofText } from '../../sell/pricing/PriceTypeChoices';
import type { SaveRules } from './PricingPanel';

const blank = { name: '', priceRule: 'percent' as 'percent' | 'fixed', value: '', proof: 'none' as Proof, minAge: '', maxAge: '', maxPerOrder: '' };
const wholeOrNull = (text: string): number | null => (text.trim() === '' ? null : Number(text));

/** The form as the API's input: a percentage as typed, a fixed price in yuan as fen. */
function toInput(performanceId: string, form: typeof blank): SavePriceTypeInput {
  return {
    performanceId,
    name: form.name,
    priceRule: form.priceRule,
    priceValue: form.priceRule === 'percent' ? Number(form.value || 'NaN') : (parseYuan(form.value) ?? -1),
    proof: form.proof,
    minAge: form.proof === 'id_age' ? wholeOrNull(form.minAge) : null,
    maxAge: form.proof === 'id_age' ? wholeOrNull(form.maxAge) : null,
    maxPerOrder: wholeOrNull(form.maxPerOrder),
  };
}

const typeInput = (type: PriceTypeView, active: boolean): SavePriceTypeInput => ({
  performanceId: type.performanceId,
  priceTypeId: type.id,
  name: type.name,
  priceRule: type.priceRule,
  priceValue: type.priceValue,
  proof: type.proof,
  minAge: type.minAge,
  maxAge: type.maxAge,
  maxPerOrder: type.maxPerOrder,
  sortOrder: type.sortOrder,
  active,
});

/** The performance's price types: their prices, proofs and limits, withdrawn or sold again, and a form to add one. */
export function PriceTypesEditor({ rules, busy, save }: { rules: PricingRulesView; busy: boolean; save: SaveRules }) {
  const { t } = useTranslation();
  const [form, setForm] = useState(blank);
  const input = toInput(rules.performanceId, form);
  const checked = savePriceTypeInput.safeParse(input);
  const issue = (path: string) => (checked.success || form.name === '' ? null : (checked.error.issues.find((i) => i.path.join('.') === path)?.message ?? null));
  const set = (patch: Partial<typeof blank>) => setForm({ ...form, ...patch });
  return (
    <section aria-labelledby="pricing-types-title">
      <h4 id="pricing-types-title">{t('pricing.manage.typesTitle')}</h4>
      {rules.priceTypes.length === 0 ? (
        <p className="muted">{t('pricing.manage.noTypes')}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('pricing.manage.name')}</th>
              <th scope="col">{t('pricing.manage.rule')}</th>
              <th scope="col">{t('pricing.manage.proofLabel')}</th>
              <th scope="col">{t('pricing.manage.maxPerOrder')}</th>
              <th scope="col">{t('pricing.manage.active')}</th>
            </tr>
          </thead>
          <tbody>
            {rules.priceTypes.map((type) => (
              <tr key={type.id} className={type.active ? undefined : 'row-muted'}>
                <td>{type.name}</td>
                <td>{type.priceRule === 'percent' ? t('pricing.manage.percentValue', { value: type.priceValue }) : t('pricing.manage.fixedValue', { value: formatYuan(type.priceValue) })}</td>
                <td>{type.proof === 'none' ? t('pricing.manage.proofs.none') : proofText(t, type)}</td>
                <td>{type.maxPerOrder ?? t('pricing.manage.noLimit')}</td>
                <td>
                  {type.active ? t('pricing.manage.active') : t('pricing.manage.retired')}{' '}
                  <button
                    type="button"
                    className="link-button"
                    disabled={busy}
                    onClick={() => void save(() => call('pricing.savePriceType', typeInput(type, !type.active)), t('pricing.manage.typeSaved', { name: type.name }))}
                  >
                    {type.active ? t('pricing.manage.retire') : t('pricing.manage.restore')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form
        className="inline-form"
        aria-label={t('pricing.manage.addType')}
        onSubmit={(event) => {
          event.preventDefault();
          if (!checked.success) return;
          void save(() => call('pricing.savePriceType', input), t('pricing.manage.typeSaved', { name: form.name.trim() })).then((ok) => ok && setForm(blank));
        }}
      >
        <div className="field">
          <label htmlFor="pt-name">{t('pricing.manage.name')}</label>
          <input id="pt-name" value={form.name} maxLength={20} onChange={(e) => set({ name: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="pt-rule">{t('pricing.manage.rule')}</label>
          <select id="pt-rule" value={form.priceRule} onChange={(e) => set({ priceRule: e.target.value === 'fixed' ? 'fixed' : 'percent' })}>
            <option value="percent">{t('pricing.manage.rulePercent')}</option>
            <option value="fixed">{t('pricing.manage.ruleFixed')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="pt-value">{t('pricing.manage.value')}</label>
          <input id="pt-value" inputMode="decimal" value={form.value} aria-invalid={issue('priceValue') ? true : undefined} onChange={(e) => set({ value: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="pt-proof">{t('pricing.manage.proofLabel')}</label>
          <select id="pt-proof" value={form.proof} onChange={(e) => set({ proof: PROOFS.find((p) => p === e.target.value) ?? 'none' })}>
            {PROOFS.map((proof) => (
              <option key={proof} value={proof}>
                {t(`pricing.manage.proofs.${proof}`)}
              </option>
            ))}
          </select>
        </div>
        {form.proof === 'id_age' ? (
          <>
            <div className="field">
              <label htmlFor="pt-min-age">{t('pricing.manage.minAge')}</label>
              <input id="pt-min-age" inputMode="numeric" value={form.minAge} onChange={(e) => set({ minAge: e.target.value })} />
            </div>
            <div className="field">
              <label htmlFor="pt-max-age">{t('pricing.manage.maxAge')}</label>
              <input id="pt-max-age" inputMode="numeric" value={form.maxAge} aria-invalid={issue('maxAge') || issue('minAge') ? true : undefined} onChange={(e) => set({ maxAge: e.target.value })} />
            </div>
          </>
        ) : null}
        <div className="field">
          <label htmlFor="pt-max">{t('pricing.manage.maxPerOrder')}</label>
          <input id="pt-max" inputMode="numeric" value={form.maxPerOrder} placeholder={t('pricing.manage.noLimit')} onChange={(e) => set({ maxPerOrder: e.target.value })} />
        </div>
        <button type="submit" className="primary" disabled={busy || !checked.success}>
          {t('pricing.manage.addType')}
        </button>
      </form>
    </section>
  );
}
