import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import type { PricingRulesView, SavePromoCodeInput } from '../../../../electron/server/contract';
import { FULL_PRICE, savePromoCodeInput } from '../../../../electron/server/contract/schemas';
import { formatDateTimeShort, formatYuan, fromChinaLocalInput, parseYuan } from '../../format';
import type { SaveRules } from './PricingPanel';

const blank = { code: '', rule: 'percent' as 'percent' | 'amount', value: '', startsAt: '', endsAt: '', useLimit: '', appliesTo: [FULL_PRICE] as string[] };

/** The performance's promo codes with their uses, and a form to add one. */
export function PromoCodesEditor({ rules, busy, save }: { rules: PricingRulesView; busy: boolean; save: SaveRules }) {
  const { t, i18n } = useTranslation();
  const [form, setForm] = useState(blank);
  const set = (patch: Partial<typeof blank>) => setForm({ ...form, ...patch });
  const input: SavePromoCodeInput = {
    performanceId: rules.performanceId,
    code: form.code,
    discountRule: form.rule,
    discountValue: form.rule === 'percent' ? Number(form.value || 'NaN') : (parseYuan(form.value) ?? -1),
    startsAt: fromChinaLocalInput(form.startsAt) ?? -1,
    endsAt: fromChinaLocalInput(form.endsAt) ?? -1,
    useLimit: Number(form.useLimit || 'NaN'),
    appliesTo: form.appliesTo,
  };
  const valid = savePromoCodeInput.safeParse(input).success;
  const typeName = (id: string) => (id === FULL_PRICE ? t('pricing.manage.fullPrice') : (rules.priceTypes.find((type) => type.id === id)?.name ?? id));
  const toggle = (id: string, on: boolean) => set({ appliesTo: on ? [...form.appliesTo, id] : form.appliesTo.filter((x) => x !== id) });
  return (
    <section aria-labelledby="pricing-promo-title">
      <h4 id="pricing-promo-title">{t('pricing.manage.promoTitle')}</h4>
      {rules.promoCodes.length === 0 ? (
        <p className="muted">{t('pricing.manage.noPromos')}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('pricing.manage.code')}</th>
              <th scope="col">{t('pricing.manage.discount')}</th>
              <th scope="col">{t('pricing.manage.startsAt')}</th>
              <th scope="col">{t('pricing.manage.endsAt')}</th>
              <th scope="col">{t('pricing.manage.useLimit')}</th>
              <th scope="col">{t('pricing.manage.appliesTo')}</th>
            </tr>
          </thead>
          <tbody>
            {rules.promoCodes.map((promo) => (
              <tr key={promo.id} data-testid="promo-row">
                <td className="code">{promo.code}</td>
                <td>{promo.discountRule === 'percent' ? t('pricing.manage.percentOff', { value: promo.discountValue }) : t('pricing.manage.amountOff', { value: formatYuan(promo.discountValue) })}</td>
                <td className="nowrap">{formatDateTimeShort(promo.startsAt, i18n.language)}</td>
                <td className="nowrap">{formatDateTimeShort(promo.endsAt, i18n.language)}</td>
                <td>{t('pricing.manage.uses', { used: promo.usedCount, limit: promo.useLimit })}</td>
                <td>{promo.appliesTo.map(typeName).join('、')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form
        className="inline-form"
        aria-label={t('pricing.manage.addPromo')}
        onSubmit={(event) => {
          event.preventDefault();
          if (!valid) return;
          void save(() => call('pricing.savePromoCode', input), t('pricing.manage.promoSaved', { code: form.code.trim().toUpperCase() })).then((ok) => ok && setForm(blank));
        }}
      >
        <div className="field">
          <label htmlFor="promo-code">{t('pricing.manage.code')}</label>
          <input id="promo-code" value={form.code} maxLength={20} spellCheck={false} onChange={(e) => set({ code: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="promo-rule">{t('pricing.manage.discount')}</label>
          <select id="promo-rule" value={form.rule} onChange={(e) => set({ rule: e.target.value === 'amount' ? 'amount' : 'percent' })}>
            <option value="percent">{t('pricing.manage.discountPercent')}</option>
            <option value="amount">{t('pricing.manage.discountAmount')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="promo-value">{t('pricing.manage.value')}</label>
          <input id="promo-value" inputMode="decimal" value={form.value} onChange={(e) => set({ value: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="promo-start">{t('pricing.manage.startsAt')}</label>
          <input id="promo-start" type="datetime-local" value={form.startsAt} onChange={(e) => set({ startsAt: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="promo-end">{t('pricing.manage.endsAt')}</label>
          <input id="promo-end" type="datetime-local" value={form.endsAt} onChange={(e) => set({ endsAt: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="promo-limit">{t('pricing.manage.useLimit')}</label>
          <input id="promo-limit" inputMode="numeric" value={form.useLimit} onChange={(e) => set({ useLimit: e.target.value })} />
        </div>
        <fieldset className="applies">
          <legend>{t('pricing.manage.appliesTo')}</legend>
          {[FULL_PRICE, ...rules.priceTypes.filter((type) => type.active).map((type) => type.id)].map((id) => (
            <label key={id} className="checkbox">
              <input type="checkbox" checked={form.appliesTo.includes(id)} onChange={(e) => toggle(id, e.target.checked)} />
              {typeName(id)}
            </label>
          ))}
        </fieldset>
        <button type="submit" className="primary" disabled={busy || !valid}>
          {t('pricing.manage.addPromo')}
        </button>
      </form>
    </section>
  );
}
