import type { OrderLineView } from '../../../../electron/server/contract';

export type OrderActionKind = 'refund' | 'reprint' | 'exchange';
/** Why an action on the ticked tickets is not offered (an i18n key under `window.why`), or null when it is. */
export type ActionWhy = 'pick' | 'admitted' | 'refunded' | 'notElectronic' | null;

type Line = Pick<OrderLineView, 'status' | 'checkedInAt' | 'ticketMode'>;

/**
 * Whether refund, reprint and exchange can be done to the ticked tickets, and if not, why: a greyed-out
 * button says why in words, so the clerk knows whether to tick others or call a manager.
 */
export function actionWhy(action: OrderActionKind, chosen: readonly Line[]): ActionWhy {
  if (chosen.length === 0) return 'pick';
  if (chosen.some((line) => line.status !== 'active')) return 'refunded';
  if (action === 'refund' && chosen.some((line) => line.checkedInAt !== null)) return 'admitted';
  if (action === 'exchange' && chosen.some((line) => line.ticketMode !== 'electronic')) return 'notElectronic';
  return null;
}
