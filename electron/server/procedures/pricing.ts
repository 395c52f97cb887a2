import type { pricingProcedures } from '../contract/pricing';
import { checkPromo, pricingRules, savePriceType, savePromoCode, sessionPricing, setGroupDiscount } from '../../boxoffice/pricing/rules';
import type { Handlers } from './context';
import { domainContext } from './domain-context';

export const pricingHandlers: Handlers<keyof typeof pricingProcedures> = {
  'pricing.rules': (input, ctx) => pricingRules(domainContext(ctx), input),
  'pricing.savePriceType': (input, ctx) => savePriceType(domainContext(ctx), input),
  'pricing.setGroupDiscount': (input, ctx) => setGroupDiscount(domainContext(ctx), input),
  'pricing.savePromoCode': (input, ctx) => savePromoCode(domainContext(ctx), input),
  'pricing.session': (input, ctx) => sessionPricing(domainContext(ctx), input),
  'pricing.checkPromo': (input, ctx) => checkPromo(domainContext(ctx), input),
};
