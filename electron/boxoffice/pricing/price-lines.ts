// Browser-safe (fee-steps only): the arithmetic of concessions and offers. The window shows each line's price
// before and after with this same code; the sale prices the order with it inside its transaction. Money in fen.
import { allocateFee } from '../refunds/fee-steps';

export const PRICE_RULES = ['percent', 'fixed'] as const;
export type PriceRule = (typeof PRICE_RULES)[number];
export const PROOFS = ['none', 'confirm', 'gate', 'id_age'] as const;
export type Proof = (typeof PROOFS)[number];
export const DISCOUNT_RULES = ['percent', 'amount'] as const;
export type DiscountRule = (typeof DISCOUNT_RULES)[number];
/** In a promo code's list of price types, the tier's full price. */
export const FULL_PRICE = 'full';

export interface PriceTypeRule {
  id: string;
  name: string;
  priceRule: PriceRule;
  /** percent: 0..100 of the tier's price; fixed: fen. */
  priceValue: number;
  proof: Proof;
  minAge: number | null;
  maxAge: number | null;
  maxPerOrder: number | null;
}

export interface GroupRule {
  minTickets: number;
  percentOff: number;
}

export interface PromoRule {
  id: string;
  code: string;
  discountRule: DiscountRule;
  discountValue: number;
  /** Price type ids, and FULL_PRICE for the tier's full price. */
  appliesTo: readonly string[];
}

export interface LineToPrice {
  tierPriceFen: number;
  /** null: the tier's full price. */
  priceTypeId: string | null;
}

export interface PricedLine {
  tierPriceFen: number;
  priceTypeId: string | null;
  /** After the price type. */
  concessionFen: number;
  groupOffFen: number;
  promoOffFen: number;
  manualOffFen: number;
  /** What is paid: `ticketOrderAmount`. */
  amountFen: number;
}

export interface OrderPricing {
  lines: PricedLine[];
  listTotalFen: number;
  totalFen: number;
  /** The group discount applied (null when the order is too small or there is none). */
  group: GroupRule | null;
  /** Lines the promo code took something off (0 when it applies to none of them). */
  promoLines: number;
}

/**
 * `percent` % of `fen`, rounded down to the fen: rounding favours the buyer, as refund fees do (fee-steps.ts).
 * 学生 at 50% of 180.01 yuan: 90.005 → 90.00; 15% off 99.99 yuan: 84.9915 → 84.99 paid (15.00 off).
 */
export const percentOf = (fen: number, percent: number): number => Math.floor((fen * percent) / 100);

/** A price type's price for a tier: a fixed price never above the tier's (学生 80 yuan on a 60-yuan tier costs 60). */
export function concessionPrice(tierPriceFen: number, type: Pick<PriceTypeRule, 'priceRule' | 'priceValue'> | null): number {
  if (!type) return tierPriceFen;
  return type.priceRule === 'percent' ? percentOf(tierPriceFen, type.priceValue) : Math.min(type.priceValue, tierPriceFen);
}

/**
 * Prices an order's lines in four steps, each on what the step before left: the price type, the group discount
 * (every ticket of an order of at least `minTickets`, concessions too), the promo code (on the lines of the price
 * types it lists), then a manager's manual discount for the whole order, spread over the lines in proportion to
 * what they cost by then (largest remainder, ties to the earlier line), so the lines sum exactly to the total.
 * The manual discount must not exceed what is left (the caller refuses that first: `manualLimit`).
 */
export function priceOrder(
  lines: readonly LineToPrice[],
  rules: { priceTypes: readonly PriceTypeRule[]; group: GroupRule | null; promo: PromoRule | null; manualOffFen: number },
): OrderPricing {
  const types = new Map(rules.priceTypes.map((type) => [type.id, type]));
  const group = rules.group && lines.length >= rules.group.minTickets ? rules.group : null;
  let promoLines = 0;
  const stepped = lines.map((line) => {
    const concessionFen = concessionPrice(line.tierPriceFen, line.priceTypeId === null ? null : (types.get(line.priceTypeId) ?? null));
    const groupOffFen = group ? concessionFen - percentOf(concessionFen, 100 - group.percentOff) : 0;
    const afterGroup = concessionFen - groupOffFen;
    const promo = rules.promo;
    const promoApplies = promo !== null && promo.appliesTo.includes(line.priceTypeId ?? FULL_PRICE);
    const promoOffFen = !promoApplies ? 0 : promo.discountRule === 'percent' ? afterGroup - percentOf(afterGroup, 100 - promo.discountValue) : Math.min(promo.discountValue, afterGroup);
    if (promoApplies && promoOffFen > 0) promoLines++;
    return { tierPriceFen: line.tierPriceFen, priceTypeId: line.priceTypeId, concessionFen, groupOffFen, promoOffFen, beforeManual: afterGroup - promoOffFen };
  });
  const manual = allocateFee(Math.min(rules.manualOffFen, manualLimit(stepped)), stepped.map((line) => line.beforeManual));
  const priced = stepped.map(({ beforeManual, ...line }, i) => {
    const manualOffFen = manual[i] ?? 0;
    return { ...line, manualOffFen, amountFen: beforeManual - manualOffFen };
  });
  return {
    lines: priced,
    listTotalFen: lines.reduce((sum, line) => sum + line.tierPriceFen, 0),
    totalFen: priced.reduce((sum, line) => sum + line.amountFen, 0),
    group,
    promoLines,
  };
}

/** The most a manual discount can take: everything still to pay after the other steps. */
export function manualLimit(lines: readonly { beforeManual: number }[]): number {
  return lines.reduce((sum, line) => sum + line.beforeManual, 0);
}

/**
 * Whole years of age on `onDate` (yyyy-mm-dd) of someone born on `birth` (yyyymmdd, from a GB 11643 number):
 * the birthday itself counts (born 1965-06-03 is 60 on 2025-06-03); born on 29 February, the birthday is 1 March
 * in other years.
 */
export function ageOn(birth: string, onDate: string): number {
  const [y, m, d] = [Number(birth.slice(0, 4)), Number(birth.slice(4, 6)), Number(birth.slice(6, 8))];
  const [ty, tm, td] = onDate.split('-').map(Number) as [number, number, number];
  const hadBirthday = tm > m || (tm === m && td >= d);
  return ty - y - (hadBirthday ? 0 : 1);
}

/** The birth date (yyyymmdd) a document number carries: resident IDs and HMT residence permits (GB 11643 layout). */
export function birthDateOf(idType: string, idNumber: string): string | null {
  const id = idNumber.trim().toUpperCase();
  if ((idType === 'resident_id' || idType === 'hmt_residence_permit') && /^\d{17}[\dX]$/.test(id)) return id.slice(6, 14);
  return null;
}

/** Whether an age fits a price type's bounds: at least minAge, under maxAge. */
export const ageFits = (age: number, type: Pick<PriceTypeRule, 'minAge' | 'maxAge'>): boolean =>
  (type.minAge === null || age >= type.minAge) && (type.maxAge === null || age < type.maxAge);
