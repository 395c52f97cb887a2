import { refundInput, refundQuoteInput, setRefundScheduleInput } from '../../boxoffice/refunds/schemas';
import type { RefundResult } from '../../boxoffice/refunds/refund';
import type { RefundQuote } from '../../boxoffice/refunds/quote';
import type { RefundScheduleView } from '../../boxoffice/refunds/schedule';
import { procedure, MANAGER, SELLERS } from './procedure';

/** Refunds: what one would pay back now, the refund itself, and a performance's fee steps. */
export const refundProcedures = {
  /** What a refund would pay back and keep now, per ticket, before it is confirmed (changes nothing). */
  'refunds.quote': procedure<RefundQuote>()({ roles: SELLERS, input: refundQuoteInput }),
  'refunds.refund': procedure<RefundResult>()({ roles: SELLERS, input: refundInput }),
  /** A performance's refund fee steps; once tickets are sold, only changes in the buyers' favour. */
  'refunds.setSchedule': procedure<RefundScheduleView>()({ roles: MANAGER, input: setRefundScheduleInput }),
};

export type { RefundResult, RefundScheduleView, RefundQuote };
export type { QuotedLine } from '../../boxoffice/refunds/quote';
export type { RefundStep } from '../../boxoffice/refunds/fee-steps';
export type { RefundInput, RefundQuoteInput, SetRefundScheduleInput } from '../../boxoffice/refunds/schemas';
