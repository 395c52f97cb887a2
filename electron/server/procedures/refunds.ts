import type { refundProcedures } from '../contract/refunds';
import { quoteRefund } from '../../boxoffice/refunds/quote';
import { refund } from '../../boxoffice/refunds/refund';
import { setRefundSchedule } from '../../boxoffice/refunds/schedule';
import { publishSeatChanges } from '../seats/seat-feed';
import type { Handlers } from './context';
import { domainContext } from './domain-context';

export const refundHandlers: Handlers<keyof typeof refundProcedures> = {
  'refunds.quote': (input, ctx) => quoteRefund(domainContext(ctx), input),
  'refunds.refund': (input, ctx) => {
    const result = refund(domainContext(ctx), input);
    // The refunded seats are on sale again: every window showing the session's map fetches its status again.
    publishSeatChanges(ctx, result.order.sessionId);
    return result;
  },
  'refunds.setSchedule': (input, ctx) => setRefundSchedule(domainContext(ctx), input),
};
