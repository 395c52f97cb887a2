import { useTranslation } from 'react-i18next';
import { useSellPricingStore } from '../../stores/sell-pricing-store';
import { useSellCartStore } from '../../stores/sell-cart-store';
import { useSessionStore } from '../../stores/session-store';
import { formatYuan } from '../../format';
import { sellErrorText } from '../sell-error-text';
import { ApiClientError } from '../../api/client';
import type { PricedCart } from './pricing-logic';

/** The order's offers: 团体票 as it applies, a promo code checked with the core, a manager's manual discount with its reason. */
export function OffersFields({ sessionId, priced }: { sessionId: string; priced: PricedCart }) {
  const { t, i18n } = useTranslation();
  const rules = useSellPricingStore((state) => state.rules);
  const promo = useSellPricingStore((state) => state.draft.promo);
  const manual = useSellPricingStore((state) => state.draft.manual);
  const promoText = useSellPricingStore((state) => state.promoText);
  const promoError = useSellPricingStore((state) => state.promoError);
  const checking = useSellPricingStore((state) => state.promoChecking);
  const setPromoText = useSellPricingStore((state) => state.setPromoText);
  const applyPromo = useSellPricingStore((state) => state.applyPromo);
  const removePromo = useSellPricingStore((state) => state.removePromo);
  const setManual = useSellPricingStore((state) => state.setManual);
  const clearError = useSellCartStore((state) => state.clearError);
  // The sale's refusal of the manual discount marks its field, so the cursor goes there (CartPanel focuses the first invalid field).
  const saleError = useSellCartStore((state) => (state.error instanceof ApiClientError ? state.error.code : null));
  const manager = useSessionStore((state) => state.session?.user.role === 'manager');
  const { pricing } = priced;
  const group = rules?.group ?? null;
  const promoOff = pricing.lines.reduce((sum, line) => sum + line.promoOffFen, 0);
  const groupOff = pricing.lines.reduce((sum, line) => sum + line.groupOffFen, 0);

  return (
    <fieldset className="offers">
      <legend>{t('pricing.offersTitle')}</legend>
      {group ? (
        <p className={pricing.group ? 'offer-applied' : 'muted'} data-testid="group-offer">
          {pricing.group
            ? t('pricing.groupApplied', { min: group.minTickets, percent: group.percentOff, off: formatYuan(groupOff) })
            : t('pricing.groupHint', { min: group.minTickets, percent: group.percentOff })}
        </p>
      ) : null}
      <div className="promo-row">
        <div className="field">
          <label htmlFor="sell-promo">{t('pricing.promoCode')}</label>
          <input
            id="sell-promo"
            value={promoText}
            autoComplete="off"
            spellCheck={false}
            disabled={promo !== null}
            aria-invalid={promoError && saleError === null ? true : undefined}
            onChange={(event) => setPromoText(event.target.value)}
            onKeyDown={(event) => {
              if (event.key !== 'Enter') return;
              event.preventDefault();
              void applyPromo(sessionId);
            }}
          />
        </div>
        {promo ? (
          <button type="button" className="secondary" onClick={removePromo}>
            {t('pricing.promoRemove')}
          </button>
        ) : (
          <button type="button" className="secondary" disabled={checking || promoText.trim() === ''} onClick={() => void applyPromo(sessionId)}>
            {t('pricing.promoApply')}
          </button>
        )}
      </div>
      {promo ? (
        <p className="offer-applied" data-testid="promo-applied">
          {t('pricing.promoApplied', { code: promo.code, off: formatYuan(promoOff) })}
          {pricing.promoLines === 0 ? <span className="age-bad"> {t('pricing.promoNoLines')}</span> : null}
        </p>
      ) : null}
      {promoError ? (
        <p className="field-error" role="alert" data-testid="promo-error">
          {sellErrorText(t, promoError, i18n.language)}
        </p>
      ) : null}
      {manual === null ? (
        <button type="button" className="link-button" onClick={() => setManual({})}>
          {t('pricing.manualOpen')}
        </button>
      ) : (
        <div className="manual-discount">
          <div className="field">
            <label htmlFor="sell-manual-amount">{t('pricing.manualAmount')}</label>
            <input id="sell-manual-amount" className="money-input" inputMode="decimal" autoComplete="off" value={manual.amountText} aria-invalid={saleError === 'MANUAL_DISCOUNT_TOO_HIGH' ? true : undefined} onChange={(event) => { clearError(); setManual({ amountText: event.target.value }); }} />
          </div>
          <div className="field grow">
            <label htmlFor="sell-manual-reason">{t('pricing.manualReason')}</label>
            <input id="sell-manual-reason" maxLength={200} autoComplete="off" value={manual.reason} onChange={(event) => setManual({ reason: event.target.value })} />
          </div>
          {manager ? null : (
            <>
              <div className="field">
                <label htmlFor="sell-manual-manager">{t('pricing.manualManager')}</label>
                <input id="sell-manual-manager" autoComplete="off" value={manual.username} onChange={(event) => setManual({ username: event.target.value })} />
              </div>
              <div className="field">
                <label htmlFor="sell-manual-pin">{t('pricing.manualPin')}</label>
                <input id="sell-manual-pin" type="password" autoComplete="off" aria-invalid={saleError === 'MANUAL_DISCOUNT_APPROVAL' ? true : undefined} value={manual.pin} onChange={(event) => setManual({ pin: event.target.value })} />
              </div>
            </>
          )}
          <button type="button" className="link-button" onClick={() => setManual(null)}>
            {t('pricing.manualRemove')}
          </button>
        </div>
      )}
    </fieldset>
  );
}
