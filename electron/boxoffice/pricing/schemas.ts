// Browser-safe: zod only. The manager's pricing forms and the window's cart validate with these as people type.
import { z } from 'zod';
import { entityId, fen, timestamp } from '../catalog/schemas';
import { DISCOUNT_RULES, FULL_PRICE, PRICE_RULES, PROOFS } from './price-lines';

const age = z.number().int('whole years').min(0).max(150);

/** A promo code as typed: letters and digits, compared in upper case. */
export const promoCodeText = z
  .string()
  .trim()
  .transform((code) => code.normalize('NFKC').toUpperCase())
  .pipe(z.string().regex(/^[A-Z0-9]{3,20}$/, '3 to 20 letters and digits'));

/** Creates a price type of a performance, or changes one (`priceTypeId`). */
export const savePriceTypeInput = z
  .object({
    performanceId: entityId,
    priceTypeId: entityId.optional(),
    name: z.string().trim().min(1, 'required').max(20, 'at most 20 characters'),
    priceRule: z.enum(PRICE_RULES),
    /** percent: 0..100 of the tier's price; fixed: fen. */
    priceValue: fen,
    proof: z.enum(PROOFS).default('none'),
    minAge: age.nullable().default(null),
    maxAge: age.nullable().default(null),
    maxPerOrder: z.number().int().min(1).max(50).nullable().default(null),
    sortOrder: z.number().int().min(0).max(999).default(0),
    active: z.boolean().default(true),
  })
  .superRefine((type, ctx) => {
    if (type.priceRule === 'percent' && type.priceValue > 100) ctx.addIssue({ code: 'custom', path: ['priceValue'], message: 'a percentage from 0 to 100' });
    const bounded = type.minAge !== null || type.maxAge !== null;
    if (type.proof === 'id_age' && !bounded) ctx.addIssue({ code: 'custom', path: ['minAge'], message: 'an ID age check needs a minimum or a maximum age' });
    if (type.proof !== 'id_age' && bounded) ctx.addIssue({ code: 'custom', path: ['proof'], message: 'ages are checked from the ID: choose the ID check' });
    if (type.minAge !== null && type.maxAge !== null && type.minAge >= type.maxAge) ctx.addIssue({ code: 'custom', path: ['maxAge'], message: 'above the minimum age' });
  });
export type SavePriceTypeInput = z.input<typeof savePriceTypeInput>;

/** 团体票 of a performance, or none (null). */
export const setGroupDiscountInput = z.object({
  performanceId: entityId,
  group: z.object({ minTickets: z.number().int().min(2, 'at least 2').max(50, 'at most 50'), percentOff: z.number().int().min(1).max(100, 'at most 100') }).nullable(),
});
export type SetGroupDiscountInput = z.input<typeof setGroupDiscountInput>;

/** Creates a promo code of a performance, or changes one (`promoCodeId`). */
export const savePromoCodeInput = z
  .object({
    performanceId: entityId,
    promoCodeId: entityId.optional(),
    code: promoCodeText,
    discountRule: z.enum(DISCOUNT_RULES),
    /** percent: off each ticket it applies to (1..100); amount: fen off each. */
    discountValue: z.number().int().min(1, 'at least 1'),
    startsAt: timestamp,
    endsAt: timestamp,
    useLimit: z.number().int().min(1, 'at least 1').max(1_000_000),
    /** Price type ids, and "full" for the tier's full price. */
    appliesTo: z.array(z.union([z.literal(FULL_PRICE), entityId])).min(1, 'choose at least one price type').max(30),
    active: z.boolean().default(true),
  })
  .superRefine((promo, ctx) => {
    if (promo.endsAt <= promo.startsAt) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'after the start' });
    if (promo.discountRule === 'percent' && promo.discountValue > 100) ctx.addIssue({ code: 'custom', path: ['discountValue'], message: 'a percentage from 1 to 100' });
  });
export type SavePromoCodeInput = z.input<typeof savePromoCodeInput>;

export const pricingRulesInput = z.object({ performanceId: entityId });
export const sessionPricingInput = z.object({ sessionId: entityId });
export const checkPromoInput = z.object({ sessionId: entityId, code: promoCodeText });
export type CheckPromoInput = z.input<typeof checkPromoInput>;

/** What a sale's ticket may say about its price: its price type, and the clerk's tick that the proof was seen. */
export const saleLinePricing = {
  priceTypeId: entityId.optional(),
  proofConfirmed: z.boolean().optional(),
};

/** A manager's manual discount for a whole order; at a clerk's window a manager approves it with their PIN. */
export const manualDiscountInput = z.object({
  amountFen: z.number().int().min(1, 'at least 0.01 yuan'),
  reason: z.string().trim().min(1, 'required').max(200, 'at most 200 characters'),
  approval: z.object({ username: z.string().trim().min(1, 'required').max(64), pin: z.string().min(1, 'required').max(64) }).optional(),
});
export type ManualDiscountInput = z.input<typeof manualDiscountInput>;

/** The offers of a sale, beside its tickets. */
export const saleOffers = {
  promoCode: promoCodeText.optional(),
  manualDiscount: manualDiscountInput.optional(),
};
