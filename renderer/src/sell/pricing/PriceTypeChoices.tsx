import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { PriceTypeView, SessionPricingView } from '../../../../electron/server/contract';
import { concessionPrice } from '../../../../electron/server/contract/schemas';
import { useSellPricingStore } from '../../stores/sell-pricing-store';
import { useSellCartStore } from '../../stores/sell-cart-store';
import { formatYuan } from '../../format';
import { emptyPerson, type CartLine } from '../sale/cart-logic';
import { PersonFields } from '../sale/PersonFields';
import { ageVerdict, type PricedCart } from './pricing-logic';
import { LinePrice } from './LinePrice';
import '../../styles/pricing.css';

/** What a price type asks for, in words: "60 岁以上，核验身份证", "出示学生证（售票员确认）". */
export function proofText(t: TFunction, type: Pick<PriceTypeView, 'proof' | 'minAge' | 'maxAge'>): string {
  if (type.proof !== 'id_age') return type.proof === 'none' ? '' : t(`pricing.proof.${type.proof}`);
  if (type.minAge !== null && type.maxAge !== null) return t('pricing.ageBetween', { min: type.minAge, max: type.maxAge });
  return type.minAge !== null ? t('pricing.ageAtLeast', { min: type.minAge }) : t('pricing.ageUnder', { max: type.maxAge ?? 0 });
}

/**
 * Each ticket's price type (全价, 学生, 老年 …) with its price before and after, the clerk's tick for a proof, and
 * for an age-based type the holder's ID with the age on the session's date worked out as it is typed.
 */
export function PriceTypeChoices({ lines, rules, priced, realNameHolders }: { lines: readonly CartLine[]; rules: SessionPricingView; priced: PricedCart; realNameHolders: boolean }) {
  const { t } = useTranslation();
  const choices = useSellPricingStore((state) => state.draft.choices);
  const setChoice = useSellPricingStore((state) => state.setChoice);
  const holders = useSellCartStore((state) => state.holders);
  const setHolder = useSellCartStore((state) => state.setHolder);
  const attempted = useSellCartStore((state) => state.attempted);
  return (
    <section className="price-types" aria-label={t('pricing.choicesTitle')}>
      <h4>{t('pricing.choicesTitle')}</h4>
      <ol className="price-type-lines">
        {lines.map((line, i) => {
          const choice = choices[line.key];
          const type = rules.priceTypes.find((candidate) => candidate.id === choice?.priceTypeId);
          const verdict = ageVerdict(rules, choice, holders[line.key]);
          const label = t('pricing.lineLabel', { n: i + 1, seat: line.seatText || line.tierName });
          return (
            <li key={line.key} className="price-type-line" data-testid="price-line">
              <div className="price-type-row">
                <span className="cart-line-n">{i + 1}</span>
                <span className="cart-line-seat">{line.seatText || line.tierName}</span>
                <select aria-label={label} value={choice?.priceTypeId ?? ''} onChange={(event) => setChoice(line.key, { priceTypeId: event.target.value || null })}>
                  <option value="">{t('pricing.fullPrice', { price: formatYuan(line.priceFen) })}</option>
                  {rules.priceTypes.map((option) => (
                    <option key={option.id} value={option.id}>
                      {option.name} {formatYuan(concessionPrice(line.priceFen, option))}
                    </option>
                  ))}
                </select>
                <LinePrice listFen={line.priceFen} paidFen={priced.byKey.get(line.key)?.amountFen} testId="line-price" />
              </div>
              {type && type.proof !== 'none' ? (
                <div className="price-type-proof">
                  {type.proof === 'confirm' ? (
                    <label className="check">
                      <input type="checkbox" checked={choice?.proofConfirmed === true} onChange={(event) => setChoice(line.key, { proofConfirmed: event.target.checked })} />
                      {t('pricing.proofSeen', { name: type.name })}
                    </label>
                  ) : (
                    <span className="muted">{proofText(t, type)}</span>
                  )}
                  {verdict.kind === 'fits' ? <span className="age-ok">✔ {t('pricing.ageFits', { age: verdict.age, date: rules.sessionDate })}</span> : null}
                  {verdict.kind === 'wrongAge' ? (
                    <span className="age-bad" role="alert">
                      ✖ {t('pricing.ageWrong', { age: verdict.age, date: rules.sessionDate, name: type.name, rule: proofText(t, type) })}
                    </span>
                  ) : null}
                  {verdict.kind === 'noBirthDate' && realNameHolders ? <span className="muted">{t('pricing.ageFromHolder')}</span> : null}
                </div>
              ) : null}
              {type?.proof === 'id_age' && !realNameHolders ? (
                <PersonFields
                  legend={t('pricing.ageHolder', { n: i + 1 })}
                  draft={holders[line.key] ?? emptyPerson()}
                  onChange={(patch) => setHolder(line.key, patch)}
                  withId
                  showPhone={false}
                  showErrors={attempted}
                  compact
                />
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
