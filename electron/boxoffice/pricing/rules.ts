// A performance's concessions and offers as its manager sets them, and as the window reads them for a session.
import type { z } from 'zod';
import { getPerformance, getSession } from '../../../db/catalog';
import { newId } from '../../../db/ids';
import {
  findPromoCode,
  getGroupDiscount,
  getPriceType,
  getPromoCode,
  listPriceTypes,
  listPromoCodes,
  setGroupDiscount as storeGroupDiscount,
  upsertPriceType,
  upsertPromoCode,
  type PriceTypeRow,
  type PromoCodeRow,
} from '../../../db/pricing';
import { chinaDate } from '../../china-time';
import type { DomainContext } from '../context';
import { BoxOfficeError, notFound } from '../errors';
import { audit, inTransaction } from '../service';
import { FULL_PRICE, type GroupRule, type PromoRule } from './price-lines';
import type { checkPromoInput, pricingRulesInput, savePriceTypeInput, savePromoCodeInput, sessionPricingInput, setGroupDiscountInput } from './schemas';

export type PriceTypeView = PriceTypeRow;
export type PromoCodeView = PromoCodeRow;

export interface PricingRulesView {
  performanceId: string;
  priceTypes: PriceTypeView[];
  group: GroupRule | null;
  promoCodes: PromoCodeView[];
}

/** What the window needs to price a sale of a session: the price types on sale and the group discount. */
export interface SessionPricingView {
  sessionId: string;
  performanceId: string;
  /** China date of the session (yyyy-mm-dd): ages are checked on it. */
  sessionDate: string;
  priceTypes: PriceTypeView[];
  group: GroupRule | null;
}

function performanceOf(ctx: DomainContext, performanceId: string): string {
  if (!getPerformance(ctx.db, performanceId)) throw notFound('performance', performanceId);
  return performanceId;
}

export function pricingRules(ctx: DomainContext, input: z.output<typeof pricingRulesInput>): PricingRulesView {
  const performanceId = performanceOf(ctx, input.performanceId);
  return { performanceId, priceTypes: listPriceTypes(ctx.db, performanceId), group: getGroupDiscount(ctx.db, performanceId), promoCodes: listPromoCodes(ctx.db, performanceId) };
}

export function sessionPricing(ctx: DomainContext, input: z.output<typeof sessionPricingInput>): SessionPricingView {
  const session = getSession(ctx.db, input.sessionId);
  if (!session) throw notFound('session', input.sessionId);
  return {
    sessionId: session.id,
    performanceId: session.performanceId,
    sessionDate: chinaDate(session.startsAt),
    priceTypes: listPriceTypes(ctx.db, session.performanceId).filter((type) => type.active),
    group: getGroupDiscount(ctx.db, session.performanceId),
  };
}

/** Creates or changes a price type. Tickets already sold keep the name and amount they were sold with. Audited. */
export function savePriceType(ctx: DomainContext, input: z.output<typeof savePriceTypeInput>): PricingRulesView {
  return inTransaction(ctx, () => {
    const performanceId = performanceOf(ctx, input.performanceId);
    const existing = input.priceTypeId === undefined ? undefined : getPriceType(ctx.db, input.priceTypeId);
    if (input.priceTypeId !== undefined && existing?.performanceId !== performanceId) throw notFound('price type of this performance', input.priceTypeId);
    const sameName = listPriceTypes(ctx.db, performanceId).find((type) => type.name === input.name && type.id !== input.priceTypeId);
    if (sameName) throw new BoxOfficeError('NAME_TAKEN', `This performance already has a price type named "${input.name}".`, { field: 'name' });
    const { priceTypeId, ...fields } = input;
    const id = priceTypeId ?? newId('pty_');
    upsertPriceType(ctx.db, { id, ...fields }, ctx.clock());
    audit(ctx, existing ? 'pricing.price_type_change' : 'pricing.price_type_create', id, fields);
    return pricingRules(ctx, { performanceId });
  });
}

export function setGroupDiscount(ctx: DomainContext, input: z.output<typeof setGroupDiscountInput>): PricingRulesView {
  return inTransaction(ctx, () => {
    const performanceId = performanceOf(ctx, input.performanceId);
    storeGroupDiscount(ctx.db, performanceId, input.group, ctx.clock());
    audit(ctx, 'pricing.group_discount', performanceId, { group: input.group });
    return pricingRules(ctx, { performanceId });
  });
}

/** Creates or changes a promo code; its use count stays (a lower limit than the uses already taken is refused). Audited. */
export function savePromoCode(ctx: DomainContext, input: z.output<typeof savePromoCodeInput>): PricingRulesView {
  return inTransaction(ctx, () => {
    const performanceId = performanceOf(ctx, input.performanceId);
    const existing = input.promoCodeId === undefined ? undefined : getPromoCode(ctx.db, input.promoCodeId);
    if (input.promoCodeId !== undefined && existing?.performanceId !== performanceId) throw notFound('promo code of this performance', input.promoCodeId);
    const sameCode = findPromoCode(ctx.db, performanceId, input.code);
    if (sameCode && sameCode.id !== input.promoCodeId) throw new BoxOfficeError('NAME_TAKEN', `This performance already has the promo code ${input.code}.`, { field: 'code' });
    if (existing && input.useLimit < existing.usedCount) {
      throw new BoxOfficeError('PROMO_LIMIT_BELOW_USES', `The code was used ${existing.usedCount} times already: its limit cannot be lower.`, { field: 'useLimit', usedCount: existing.usedCount });
    }
    const types = new Set(listPriceTypes(ctx.db, performanceId).map((type) => type.id));
    const unknown = input.appliesTo.find((id) => id !== FULL_PRICE && !types.has(id));
    if (unknown !== undefined) throw notFound('price type of this performance', unknown);
    const { promoCodeId, ...fields } = input;
    const id = promoCodeId ?? newId('prm_');
    upsertPromoCode(ctx.db, { id, ...fields }, ctx.clock());
    audit(ctx, existing ? 'pricing.promo_change' : 'pricing.promo_create', id, fields);
    return pricingRules(ctx, { performanceId });
  });
}

/**
 * A promo code usable now for a session's performance, or the reason it is not: unknown, not yet, ended, used up.
 * The sale takes the use itself, atomically; this only reads.
 */
export function usablePromo(ctx: DomainContext, performanceId: string, code: string, now: number): PromoCodeRow {
  const promo = findPromoCode(ctx.db, performanceId, code);
  if (!promo || !promo.active) throw new BoxOfficeError('PROMO_UNKNOWN', `There is no promo code ${code} for this performance.`, { field: 'promoCode', code });
  if (now < promo.startsAt) throw new BoxOfficeError('PROMO_NOT_STARTED', `The promo code ${code} can be used from ${new Date(promo.startsAt).toISOString()}.`, { field: 'promoCode', code, startsAt: promo.startsAt });
  if (now >= promo.endsAt) throw new BoxOfficeError('PROMO_ENDED', `The promo code ${code} ended on ${new Date(promo.endsAt).toISOString()}.`, { field: 'promoCode', code, endsAt: promo.endsAt });
  if (promo.usedCount >= promo.useLimit) throw promoUsedUp(promo);
  return promo;
}

export const promoUsedUp = (promo: Pick<PromoCodeRow, 'code' | 'useLimit'>) =>
  new BoxOfficeError('PROMO_USED_UP', `The promo code ${promo.code} has been used all ${promo.useLimit} times it may be.`, { field: 'promoCode', code: promo.code, useLimit: promo.useLimit });

/** The window checks a code as it is typed: its rule, or the refusal the sale would give. */
export function checkPromo(ctx: DomainContext, input: z.output<typeof checkPromoInput>): PromoRule & { usesLeft: number } {
  const session = getSession(ctx.db, input.sessionId);
  if (!session) throw notFound('session', input.sessionId);
  const promo = usablePromo(ctx, session.performanceId, input.code, ctx.clock());
  return { id: promo.id, code: promo.code, discountRule: promo.discountRule, discountValue: promo.discountValue, appliesTo: promo.appliesTo, usesLeft: promo.useLimit - promo.usedCount };
}
