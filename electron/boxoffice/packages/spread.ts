// Browser-safe (fee-steps.ts only): how a package's price is shared among its tickets.
import { allocateFee } from '../refunds/fee-steps';

/**
 * Each ticket's share of the package price (its `ticketOrderAmount`), in proportion to its tier's price in its
 * session, by largest remainder with ties to the earlier ticket (`allocateFee`): the shares always sum to the
 * package price exactly. Free tiers everywhere share it equally.
 * 680.00 over tiers of 280 / 280 / 180: 257.30 / 257.30 / 165.40 (680 × 280 / 740 = 257.297…).
 */
export function spreadPackagePrice(packageFen: number, tierPricesFen: readonly number[]): number[] {
  const weights = tierPricesFen.some((p) => p > 0) ? tierPricesFen : tierPricesFen.map(() => 1);
  return allocateFee(packageFen, weights);
}
