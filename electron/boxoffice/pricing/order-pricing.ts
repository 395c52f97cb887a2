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

export function orderOffers(ctx: DomainContext, orderId: string): { offers: OrderOffersView | null; lines: Map<string, LinePricingView> } {
  const row = getOrderPricing(ctx.db, orderId);
  if (!row) return { offers: null, lines: new Map() };
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
