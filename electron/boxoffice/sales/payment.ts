// The payment of a sale: whether it fits the total, and the open shift that takes the money.
import type { z } from 'zod';
import { newId } from '../../../db/ids';
import { insertOrder, nextOrderNumber, type OrderRow } from '../../../db/sales';
import { openShiftOf } from '../../../db/shifts';
import { chinaDateCode } from '../../china-time';
import type { DomainContext } from '../context';
import { BoxOfficeError } from '../errors';
import { yuan } from '../format';
import type { paymentInput } from './schemas';

export type Payment = z.output<typeof paymentInput>;

/**
 * Refuses a total that changed since the clerk saw it, a payment that does not fit the total, short cash, or money
 * taken without an open shift; returns the shift that takes it (none for a person without one and nothing to pay).
 */
export function checkPayment(ctx: DomainContext, payment: Payment, total: number, expectedTotalFen: number | undefined): { id: string } | undefined {
  if (expectedTotalFen !== undefined && expectedTotalFen !== total) {
    throw new BoxOfficeError('TOTAL_MISMATCH', `The total is now ${yuan(total)}, not ${yuan(expectedTotalFen)}: check the prices with the buyer.`, { totalFen: total, expectedTotalFen });
  }
  if (total === 0 && payment.method !== 'none') throw new BoxOfficeError('PAYMENT_MISMATCH', 'Nothing is to be paid for these tickets: record no payment.', { field: 'payment.method', totalFen: total });
  if (total > 0 && payment.method === 'none') throw new BoxOfficeError('PAYMENT_MISMATCH', `${yuan(total)} is to be paid: choose cash, card or mobile.`, { field: 'payment.method', totalFen: total });
  if (payment.method === 'cash' && payment.receivedFen < total) {
    throw new BoxOfficeError('INSUFFICIENT_CASH', `${yuan(payment.receivedFen)} received is less than the ${yuan(total)} due.`, { field: 'payment.receivedFen', totalFen: total, receivedFen: payment.receivedFen });
  }
  const shift = ctx.actor.userId === null ? undefined : openShiftOf(ctx.db, ctx.actor.userId);
  if (total > 0 && !shift) throw new BoxOfficeError('NO_OPEN_SHIFT', 'Open your shift before taking money.', { totalFen: total });
  return shift;
}

/** The order's payment columns. */
export function paymentColumns(payment: Payment, total: number): { paymentMethod: Payment['method']; cashReceivedFen: number | null; changeFen: number | null; paymentReference: string } {
  return {
    paymentMethod: payment.method,
    cashReceivedFen: payment.method === 'cash' ? payment.receivedFen : null,
    changeFen: payment.method === 'cash' ? payment.receivedFen - total : null,
    paymentReference: payment.method === 'card' || payment.method === 'mobile' ? payment.reference : '',
  };
}

/** What a sale at the window says of its order; the rest of the row follows from the sale being paid there. */
export type PaidOrder = Pick<OrderRow, 'sessionId' | 'performanceId' | 'ticketType' | 'ticketMode' | 'authMode' | 'ticketCount' | 'totalFen' | 'channelName' | 'buyerId'> & {
  payment: Payment;
  shiftId: string | null;
  at: number;
};

/** Writes a paid order of this window (its id, the day's next number, the payment's columns); gives the row written. */
export function insertPaidOrder(ctx: DomainContext, order: PaidOrder): OrderRow {
  const { payment, at, ...rest } = order;
  const row: OrderRow = {
    ...rest,
    id: newId('ord_'),
    number: nextOrderNumber(ctx.db, chinaDateCode(at)),
    ...paymentColumns(payment, order.totalFen),
    userId: ctx.actor.userId,
    status: 'paid',
    createdAt: at,
  };
  insertOrder(ctx.db, row);
  return row;
}
