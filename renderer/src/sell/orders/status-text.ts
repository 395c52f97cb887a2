import type { TFunction } from 'i18next';

/** An order's status in words (paid, partly or wholly refunded). */
export function statusText(t: TFunction, status: string): string {
  return status === 'paid' || status === 'partially_refunded' || status === 'refunded' ? t(`sell.orders.statuses.${status}`) : status;
}
