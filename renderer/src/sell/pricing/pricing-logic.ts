// The cart's prices under the session's concessions and the order's offers, with the core's own arithmetic
// (pricing/price-lines.ts): what the window shows is what the sale will charge.
import type { OrderPricing, PricedLine, PromoRule, SessionPricingView, TicketType } from '../../../../electron/server/contract';
import { ageFits, ageOn, birthDateOf, checkIdDocument, priceOrder } from '../../../../electron/server/contract/schemas';
import type { CartLine, PersonDraft } from '../sale/cart-logic';

/** The clerk's choice for one ticket: its price type (null: the tier's full price) and the proof tick. */
export interface LineChoice {
  priceTypeId: string | null;
  proofConfirmed: boolean;
}

export interface ManualDraft {
  amountFen: number | null;
  amountText: string;
  reason: string;
  /** A clerk's window: the approving manager. */
  username: string;
  pin: string;
}

export interface PricingDraft {
  choices: Readonly<Record<string, LineChoice>>;
  /** The promo code the core accepted for this sale (pricing.checkPromo). */
  promo: PromoRule | null;
  manual: ManualDraft | null;
}

export const emptyPricing = (): PricingDraft => ({ choices: {}, promo: null, manual: null });
export const fullPrice: LineChoice = { priceTypeId: null, proofConfirmed: false };

export interface PricedCart {
  pricing: OrderPricing;
  /** Each cart line's steps, by its key. */
  byKey: Map<string, PricedLine>;
}

/** Prices the cart; complimentary and staff tickets cost nothing, whatever was chosen (the core refuses offers on them). */
export function priceCart(lines: readonly CartLine[], ticketType: TicketType, rules: SessionPricingView | null, draft: PricingDraft): PricedCart {
  const regular = ticketType === 'regular';
  const pricing = priceOrder(
    lines.map((line) => ({ tierPriceFen: regular ? line.priceFen : 0, priceTypeId: regular ? (draft.choices[line.key]?.priceTypeId ?? null) : null })),
    {
      priceTypes: regular ? (rules?.priceTypes ?? []) : [],
      group: regular ? (rules?.group ?? null) : null,
      promo: regular ? draft.promo : null,
      manualOffFen: regular ? (draft.manual?.amountFen ?? 0) : 0,
    },
  );
  return { pricing, byKey: new Map(lines.map((line, i) => [line.key, pricing.lines[i] as PricedLine])) };
}

/** The price type of a line, when it asks for the holder's ID (an age-based concession). */
export function needsHolderId(rules: SessionPricingView | null, choice: LineChoice | undefined): boolean {
  const type = choice?.priceTypeId ? rules?.priceTypes.find((t) => t.id === choice.priceTypeId) : undefined;
  return type?.proof === 'id_age';
}

export type AgeVerdict = { kind: 'none' } | { kind: 'noBirthDate' } | { kind: 'fits'; age: number } | { kind: 'wrongAge'; age: number };

/** The holder's age on the session's date from the ID as typed, against the line's price type (shown as the clerk types). */
export function ageVerdict(rules: SessionPricingView | null, choice: LineChoice | undefined, holder: PersonDraft | undefined): AgeVerdict {
  const type = choice?.priceTypeId ? rules?.priceTypes.find((t) => t.id === choice.priceTypeId) : undefined;
  if (!rules || type?.proof !== 'id_age') return { kind: 'none' };
  const number = holder?.idNumber.trim() ?? '';
  if (!holder || number === '' || !checkIdDocument(holder.idType, number).ok) return { kind: 'noBirthDate' };
  const birth = birthDateOf(holder.idType, number);
  if (birth === null) return { kind: 'noBirthDate' };
  const age = ageOn(birth, rules.sessionDate);
  return ageFits(age, type) ? { kind: 'fits', age } : { kind: 'wrongAge', age };
}

/** What the sale input says about one line's price: nothing at the tier's full price. */
export function lineInput(choice: LineChoice | undefined): { priceTypeId?: string; proofConfirmed?: boolean } {
  if (!choice?.priceTypeId) return {};
  return { priceTypeId: choice.priceTypeId, ...(choice.proofConfirmed ? { proofConfirmed: true } : {}) };
}

/** The order's offers as the sale input says them; the manager's PIN only at a clerk's window. */
export function offersInput(draft: PricingDraft, manager: boolean): { promoCode?: string; manualDiscount?: { amountFen: number; reason: string; approval?: { username: string; pin: string } } } {
  const manual = draft.manual;
  const approval = manual && !manager ? { approval: { username: manual.username.trim(), pin: manual.pin } } : {};
  return {
    ...(draft.promo ? { promoCode: draft.promo.code } : {}),
    ...(manual && manual.amountFen !== null && manual.amountFen > 0 ? { manualDiscount: { amountFen: manual.amountFen, reason: manual.reason.trim(), ...approval } } : {}),
  };
}
