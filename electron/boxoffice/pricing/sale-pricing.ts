// Inside the sale's transaction: what each ticket costs under the performance's price types and offers, the proofs
// they ask for, the promo code's use (taken atomically), and the rows that record it.
import type { PerformanceRow, SessionRow } from '../../../db/catalog';
import { getGroupDiscount, insertLinePricing, insertOrderPricing, listPriceTypes, takePromoUse, type PriceTypeRow, type PromoCodeRow } from '../../../db/pricing';
import { chinaDate } from '../../china-time';
import type { DomainContext } from '../context';
import { BoxOfficeError } from '../errors';
import { yuan } from '../format';
import type { PersonData } from '../personal-data/persons';
import type { TicketType } from '../sales/schemas';
import { ageFits, ageOn, birthDateOf, priceOrder, type OrderPricing } from './price-lines';
import { promoUsedUp, usablePromo } from './rules';

/** A ticket as the sale asks for it, in the order the tickets are taken. */
export interface TicketRequest {
  tierPriceFen: number;
  priceTypeId: string | undefined;
  proofConfirmed: boolean | undefined;
  holder: PersonData | undefined;
  /** Where the ticket is in the input (`seats.2`), for error messages. */
  field: string;
  /** Where its holder is (`seats.2.holder`, `unseated.0.holders.3`). */
  holderField: string;
}

export interface SaleOffers {
  promoCode: string | undefined;
  manualDiscount: { amountFen: number; reason: string } | undefined;
  /** Who approved the manual discount: the manager selling, or the manager whose PIN was given at the window. */
  manualApprovedBy: string | null;
}

export interface SalePricing {
  pricing: OrderPricing;
  /** Writes the order's and its tickets' pricing rows (only when anything differs from the tiers' prices); says whether it wrote any. */
  record(orderId: string, orderLineIds: readonly string[]): boolean;
  /** For the audit row. */
  summary: Record<string, unknown>;
}

const offersAsked = (tickets: readonly TicketRequest[], offers: SaleOffers) =>
  tickets.some((t) => t.priceTypeId !== undefined) || offers.promoCode !== undefined || offers.manualDiscount !== undefined;

function checkProof(type: PriceTypeRow, ticket: TicketRequest, session: SessionRow, index: number): void {
  const subject = { priceTypeName: type.name, ticket: index + 1, field: ticket.field };
  if (type.proof === 'confirm' && ticket.proofConfirmed !== true) {
    throw new BoxOfficeError('CONCESSION_PROOF_REQUIRED', `Ticket ${index + 1} is a ${type.name} ticket: check the buyer's proof and tick it.`, { ...subject, field: `${ticket.field}.proofConfirmed` });
  }
  if (type.proof !== 'id_age') return;
  const birth = ticket.holder?.idType && ticket.holder.idNumber ? birthDateOf(ticket.holder.idType, ticket.holder.idNumber) : null;
  if (birth === null) {
    throw new BoxOfficeError('CONCESSION_ID_REQUIRED', `Ticket ${index + 1} is a ${type.name} ticket: enter its holder's resident ID, whose birth date shows the age.`, { ...subject, field: ticket.holderField });
  }
  const sessionDate = chinaDate(session.startsAt);
  const age = ageOn(birth, sessionDate);
  if (!ageFits(age, type)) {
    throw new BoxOfficeError('CONCESSION_AGE', `The holder of ticket ${index + 1} is ${age} on ${sessionDate}: a ${type.name} ticket is for ${ageRange(type)}.`, {
      ...subject,
      field: ticket.holderField,
      age,
      minAge: type.minAge,
      maxAge: type.maxAge,
      sessionDate,
    });
  }
}

const ageRange = (type: Pick<PriceTypeRow, 'minAge' | 'maxAge'>): string =>
  type.minAge !== null && type.maxAge !== null ? `ages ${type.minAge} to ${type.maxAge - 1}` : type.minAge !== null ? `${type.minAge} and over` : `under ${type.maxAge ?? 0}`;

/**
 * Prices the sale's tickets (price-lines.ts) and refuses, before anything is written, what the rules forbid: a
 * price type not of this performance or retired, a missing proof, a holder of the wrong age, more of a type than
 * an order may have, offers on complimentary or staff tickets, a promo code unknown, outside its dates, used up or
 * applying to none of the tickets, a manual discount without a manager or above what is left to pay.
 */
export function priceSale(
  ctx: DomainContext,
  context: { performance: PerformanceRow; session: SessionRow; ticketType: TicketType },
  tickets: readonly TicketRequest[],
  offers: SaleOffers,
): SalePricing {
  const { performance, session, ticketType } = context;
  if (ticketType !== 'regular') {
    if (offersAsked(tickets, offers)) throw new BoxOfficeError('OFFERS_REGULAR_ONLY', `Concessions and offers are for paid tickets, not ${ticketType} tickets.`, { ticketType });
    return { pricing: priceOrder(tickets.map(() => ({ tierPriceFen: 0, priceTypeId: null })), { priceTypes: [], group: null, promo: null, manualOffFen: 0 }), record: () => false, summary: {} };
  }
  const now = ctx.clock();
  // Only a ticket that names a price type needs them (a sale at the tiers' prices skips the read).
  const asksTypes = tickets.some((ticket) => ticket.priceTypeId !== undefined);
  const types = new Map(asksTypes ? listPriceTypes(ctx.db, performance.id).map((type) => [type.id, type]) : []);
  const counts = new Map<string, number>();
  tickets.forEach((ticket, i) => {
    if (ticket.priceTypeId === undefined) return;
    const type = types.get(ticket.priceTypeId);
    if (!type || !type.active) throw new BoxOfficeError('PRICE_TYPE_UNAVAILABLE', `Ticket ${i + 1}'s price type is not sold for this performance (any more).`, { field: `${ticket.field}.priceTypeId`, priceTypeId: ticket.priceTypeId });
    checkProof(type, ticket, session, i);
    counts.set(type.id, (counts.get(type.id) ?? 0) + 1);
  });
  for (const [id, count] of counts) {
    const type = types.get(id);
    if (type && type.maxPerOrder !== null && count > type.maxPerOrder) {
      throw new BoxOfficeError('CONCESSION_LIMIT', `At most ${type.maxPerOrder} ${type.name} tickets can be sold in one order; this one has ${count}.`, { priceTypeName: type.name, limit: type.maxPerOrder, requested: count });
    }
  }
  const promo: PromoCodeRow | null = offers.promoCode === undefined ? null : usablePromo(ctx, performance.id, offers.promoCode, now);
  const lines = tickets.map((t) => ({ tierPriceFen: t.tierPriceFen, priceTypeId: t.priceTypeId ?? null }));
  const rules = { priceTypes: [...types.values()], group: getGroupDiscount(ctx.db, performance.id), promo };
  const before = priceOrder(lines, { ...rules, manualOffFen: 0 });
  if (promo && before.promoLines === 0) {
    throw new BoxOfficeError('PROMO_NOT_APPLICABLE', `The promo code ${promo.code} applies to none of these tickets' price types.`, { field: 'promoCode', code: promo.code });
  }
  const manual = offers.manualDiscount;
  if (manual) {
    if (offers.manualApprovedBy === null) throw new BoxOfficeError('MANUAL_DISCOUNT_APPROVAL', 'A manual discount needs a manager: a manager sells it, or approves it here with their PIN.', { field: 'manualDiscount.approval' });
    if (manual.amountFen > before.totalFen) {
      throw new BoxOfficeError('MANUAL_DISCOUNT_TOO_HIGH', `The manual discount ${yuan(manual.amountFen)} is more than the ${yuan(before.totalFen)} left to pay.`, { field: 'manualDiscount.amountFen', amountFen: manual.amountFen, totalFen: before.totalFen });
    }
  }
  // The use is taken here, inside the sale's transaction: of two windows racing for the last use, the second finds
  // none left and its whole sale rolls back.
  if (promo && !takePromoUse(ctx.db, promo.id, now)) throw promoUsedUp(promo);
  const pricing = manual ? priceOrder(lines, { ...rules, manualOffFen: manual.amountFen }) : before;
  const differs = pricing.totalFen !== pricing.listTotalFen || offersAsked(tickets, offers);
  return {
    pricing,
    summary: {
      ...(pricing.listTotalFen !== pricing.totalFen && { listTotalFen: pricing.listTotalFen }),
      ...(counts.size > 0 && { priceTypes: Object.fromEntries([...counts].map(([id, n]) => [types.get(id)?.name ?? id, n])) }),
      ...(pricing.group && { groupPercentOff: pricing.group.percentOff }),
      ...(promo && { promoCode: promo.code }),
      ...(manual && { manualDiscountFen: manual.amountFen, manualReason: manual.reason, manualApprovedBy: offers.manualApprovedBy }),
    },
    record: (orderId, orderLineIds) => {
      if (!differs) return false;
      insertOrderPricing(ctx.db, {
        orderId,
        listTotalFen: pricing.listTotalFen,
        groupPercentOff: pricing.group?.percentOff ?? null,
        promoCodeId: promo?.id ?? null,
        manualDiscountFen: manual?.amountFen ?? 0,
        manualReason: manual?.reason ?? null,
        manualApprovedBy: manual ? offers.manualApprovedBy : null,
      });
      pricing.lines.forEach((line, i) => {
        const type = line.priceTypeId === null ? undefined : types.get(line.priceTypeId);
        insertLinePricing(ctx.db, {
          orderLineId: orderLineIds[i] ?? '',
          priceTypeId: type?.id ?? null,
          priceTypeName: type?.name ?? null,
          proof: type?.proof ?? 'none',
          concessionFen: line.concessionFen,
          groupOffFen: line.groupOffFen,
          promoOffFen: line.promoOffFen,
          manualOffFen: line.manualOffFen,
        });
      });
      return true;
    },
  };
}
