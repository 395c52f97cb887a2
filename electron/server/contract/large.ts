import { bindHolderInput, largeReportInput, performanceRulesInput, setApprovedAudienceInput, setLargeModeInput, unboundHeldInput } from '../../boxoffice/large/schemas';
import type { PerformanceRulesView } from '../../boxoffice/large/rules';
import type { UnboundHeldList } from '../../boxoffice/large/unbound';
import type { LargeReport } from '../../boxoffice/large/report';
import type { OrderView } from '../../boxoffice/sales/orders';
import { procedure, MANAGER, SELLERS } from './procedure';

/** Large performances (the 2023 rules): approved audiences, the 15% held share and its named holders. */
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
};

export type { PerformanceRulesView, LargeSessionRules } from '../../boxoffice/large/rules';
export type { UnboundHeldList, UnboundHeldSession, UnboundIssuedTicket, ReservedTicket } from '../../boxoffice/large/unbound';
export type { LargeReport, LargeSessionReport } from '../../boxoffice/large/report';
export type { SessionLargeFacts } from '../../boxoffice/large/session-facts';
export type { SetLargeModeInput, SetApprovedAudienceInput, BindHolderInput, UnboundHeldInput, LargeReportInput } from '../../boxoffice/large/schemas';
