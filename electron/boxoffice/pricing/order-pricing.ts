// How an order was priced, for the order screen: the offers of the order, and each ticket's steps.
import { getOrderPricing, listLinePricing, type LinePricingRow } from '../../../db/pricing';
import type { DomainContext } from '../context';

export interface OrderOffersView {
  /** The tickets at their tiers' prices. */
  listTotalFen: number;
  groupPercentOff: number | null;
  promoCode: string | null;
  /** The code's use went back to it when the whole order was refunded. */
  promoReturned: boolean;
  manualDiscountFen: number;
  manualReason: string | null;
  /** The manager who approved the manual discount (display name). */
  manualApprovedBy: string | null;
}

export type LinePricingView = Omit<LinePricingRow, 'orderLineId'>;

export type OrderOffers = { offers: OrderOffersView | null; lines: Map<string, LinePricingView> };

/** An order sold at the tiers' prices: no offers, no concession on any ticket. */
export const noOffers = (): OrderOffers => ({ offers: null, lines: new Map() });

export function orderOffers(ctx: DomainContext, orderId: string): OrderOffers {
  const row = getOrderPricing(ctx.db, orderId);
  if (!row) return noOffers();
  const offers = {
    listTotalFen: row.listTotalFen,
    groupPercentOff: row.groupPercentOff,
    promoCode: row.promoCode,
    promoReturned: row.promoReturned,
    manualDiscountFen: row.manualDiscountFen,
    manualReason: row.manualReason,
    manualApprovedBy: row.manualApprovedByName,
  };
  return { offers, lines: new Map(listLinePricing(ctx.db, orderId).map(({ orderLineId, ...line }) => [orderLineId, line])) };
}
