import { checkPromoInput, pricingRulesInput, savePriceTypeInput, savePromoCodeInput, sessionPricingInput, setGroupDiscountInput } from '../../boxoffice/pricing/schemas';
import type { PricingRulesView, SessionPricingView } from '../../boxoffice/pricing/rules';
import type { PromoRule } from '../../boxoffice/pricing/price-lines';
import { procedure, MANAGER, SELLERS } from './procedure';

/** Concessions and offers (issue 20): price types under a performance's tiers, 团体票, promo codes. */
export const pricingProcedures = {
  /** A performance's price types, group discount and promo codes (with their uses). */
  'pricing.rules': procedure<PricingRulesView>()({ roles: MANAGER, input: pricingRulesInput }),
  'pricing.savePriceType': procedure<PricingRulesView>()({ roles: MANAGER, input: savePriceTypeInput }),
  'pricing.setGroupDiscount': procedure<PricingRulesView>()({ roles: MANAGER, input: setGroupDiscountInput }),
  'pricing.savePromoCode': procedure<PricingRulesView>()({ roles: MANAGER, input: savePromoCodeInput }),
  /** What the window prices a sale of this session with: the price types on sale and the group discount. */
  'pricing.session': procedure<SessionPricingView>()({ roles: SELLERS, input: sessionPricingInput }),
  /** A promo code's rule if it can be used now, or the refusal the sale would give (the sale takes the use). */
  'pricing.checkPromo': procedure<PromoRule & { usesLeft: number }>()({ roles: SELLERS, input: checkPromoInput }),
};

export type { PricingRulesView, SessionPricingView, PriceTypeView, PromoCodeView } from '../../boxoffice/pricing/rules';
export type { PromoRule, PriceTypeRule, GroupRule, PricedLine, OrderPricing, Proof, PriceRule, DiscountRule } from '../../boxoffice/pricing/price-lines';
export type { OrderOffersView, LinePricingView } from '../../boxoffice/pricing/order-pricing';
export type { SavePriceTypeInput, SetGroupDiscountInput, SavePromoCodeInput, ManualDiscountInput } from '../../boxoffice/pricing/schemas';
