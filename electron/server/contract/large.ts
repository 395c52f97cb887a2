import { bindHolderInput, largeReportInput, performanceRulesInput, setApprovedAudienceInput, setLargeModeInput, unboundHeldInput } from '../../boxoffice/large/schemas';
import { refundQuoteInput, setRefundScheduleInput } from '../../boxoffice/refunds/schemas';
import type { PerformanceRulesView } from '../../boxoffice/large/rules';
import type { UnboundHeldList } from '../../boxoffice/large/unbound';
import type { LargeReport } from '../../boxoffice/large/report';
import type { OrderView } from '../../boxoffice/sales/orders';
import type { RefundQuote } from '../../boxoffice/refunds/quote';
import type { RefundScheduleView } from '../../boxoffice/refunds/schedule';
import { procedure, MANAGER, SELLERS } from './procedure';

/** Large performances (the 2023 rules), refund fee schedules and the 85/15 split (issue 9). */
export const largeProcedures = {
  /** A performance's rules: large mode and why, each session's approved audience, 15% cap, held count and binding deadline, the refund fee schedule. */
  'large.rules': procedure<PerformanceRulesView>()({ roles: SELLERS, input: performanceRulesInput }),
  /** auto (on from an approved audience of 5,000), on, or off (a reason is required when the audience says on). */
  'large.setMode': procedure<PerformanceRulesView>()({ roles: MANAGER, input: setLargeModeInput }),
  /** The approved audience of a session: the base of its 15% cap, and of the mode on auto. */
  'large.setApprovedAudience': procedure<PerformanceRulesView>()({ roles: MANAGER, input: setApprovedAudienceInput }),
  /** Per session: open sale vs held, real-name completeness, refund fees collected. */
  'large.report': procedure<LargeReport>()({ roles: MANAGER, input: largeReportInput }),
  /** Binds a named holder with an ID to a complimentary or staff ticket of a large performance, until 24 h before the start. */
  'held.bindHolder': procedure<OrderView>()({ roles: SELLERS, input: bindHolderInput }),
  /** The countdown of held tickets without a named holder, per large session. */
  'held.unbound': procedure<UnboundHeldList>()({ roles: MANAGER, input: unboundHeldInput }),
  /** What a refund would pay back and keep now, per ticket, before it is confirmed (changes nothing). */
  'refunds.quote': procedure<RefundQuote>()({ roles: SELLERS, input: refundQuoteInput }),
  /** A performance's refund fee steps; once tickets are sold, only changes in the buyers' favour. */
  'refunds.setSchedule': procedure<RefundScheduleView>()({ roles: MANAGER, input: setRefundScheduleInput }),
};

export type { PerformanceRulesView, LargeSessionRules } from '../../boxoffice/large/rules';
export type { UnboundHeldList, UnboundHeldSession, UnboundIssuedTicket, ReservedTicket } from '../../boxoffice/large/unbound';
export type { LargeReport, LargeSessionReport } from '../../boxoffice/large/report';
export type { RefundQuote, QuotedLine } from '../../boxoffice/refunds/quote';
export type { RefundScheduleView } from '../../boxoffice/refunds/schedule';
export type { RefundStep } from '../../boxoffice/refunds/fee-steps';
export type { SessionLargeFacts } from '../../boxoffice/large/session-facts';
export type { SetLargeModeInput, SetApprovedAudienceInput, BindHolderInput, UnboundHeldInput, LargeReportInput } from '../../boxoffice/large/schemas';
export type { RefundInput, RefundQuoteInput, SetRefundScheduleInput } from '../../boxoffice/refunds/schemas';
