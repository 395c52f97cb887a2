import type { z } from 'zod';
// What the rules of a performance are now: large mode and why, each session's approved audience, 15% cap, held
// tickets and binding deadline, and the refund fee schedule. The manage screen's rules panel; the window shows it too.
import { getLargeState, listLargeSessionsOf, type LargeModeChoice, type LargeStateRow } from '../../../db/large';
import { listRefundSteps } from '../../../db/refunds';
import type { RealNameMode } from '../../../db/catalog';
import type { DomainContext } from '../context';
import { notFound } from '../errors';
import type { RefundStep } from '../refunds/fee-steps';
import { heldShare, type HeldShare } from './held-share';
import type { performanceRulesInput } from './schemas';
import { bindingDeadline, HELD_SHARE_PERCENT, HOLDER_BINDING_LEAD_MS, LARGE_AUDIENCE_THRESHOLD } from './schemas';

export interface LargeSessionRules {
  sessionId: string;
  name: string;
  startsAt: number;
  status: 'normal' | 'cancelled';
  approvedAudience: number | null;
  /** Most tickets the session may hold back (15% of the approved audience, rounded down); null without an audience. */
  heldCap: number | null;
  held: HeldShare['held'];
  /** Held tickets must be bound to a named holder before this instant (24 hours before the start). */
  bindingDeadline: number;
}

export interface PerformanceRulesView {
  performanceId: string;
  performanceName: string;
  /** The manager's choice. */
  mode: LargeModeChoice;
  modeReason: string;
  /** Whether the large-performance rules are in force. */
  large: boolean;
  /** What `auto` means for this performance now: a live session's approved audience is 5,000 or more. */
  largeByAudience: boolean;
  maxApprovedAudience: number | null;
  threshold: number;
  heldSharePercent: number;
  bindingLeadHours: number;
  realNameMode: RealNameMode;
  gateIdCheck: boolean;
  limitPerIdSession: number | null;
  sessions: LargeSessionRules[];
  /** Earliest step first; empty: refunds carry no fee. */
  refundSchedule: RefundStep[];
}

/** Whether the audience asks for large mode (what `auto` follows). */
export const largeByAudience = (state: Pick<LargeStateRow, 'maxAudience'>): boolean => (state.maxAudience ?? 0) >= LARGE_AUDIENCE_THRESHOLD;

export function rulesView(ctx: DomainContext, performanceId: string): PerformanceRulesView {
  const state = getLargeState(ctx.db, performanceId);
  if (!state) throw notFound('performance', performanceId);
  return {
    performanceId,
    performanceName: state.performanceName,
    mode: state.largeMode,
    modeReason: state.largeModeReason,
    large: state.large === 1,
    largeByAudience: largeByAudience(state),
    maxApprovedAudience: state.maxAudience,
    threshold: LARGE_AUDIENCE_THRESHOLD,
    heldSharePercent: HELD_SHARE_PERCENT,
    bindingLeadHours: HOLDER_BINDING_LEAD_MS / 3_600_000,
    realNameMode: state.realNameMode,
    gateIdCheck: state.gateIdCheck === 1,
    limitPerIdSession: state.limitPerIdSession,
    sessions: listLargeSessionsOf(ctx.db, performanceId).map((s) => {
      const share = heldShare(ctx, s.sessionId);
      return {
        sessionId: s.sessionId,
        name: s.name,
        startsAt: s.startsAt,
        status: s.status,
        approvedAudience: s.approvedAudience,
        heldCap: share.cap,
        held: share.held,
        bindingDeadline: bindingDeadline(s.startsAt),
      };
    }),
    refundSchedule: listRefundSteps(ctx.db, performanceId),
  };
}

/** The rules of a performance, for the manage screen and the window (to show buyers the refund fee schedule). */
export function performanceRules(ctx: DomainContext, input: z.output<typeof performanceRulesInput>): PerformanceRulesView {
  return rulesView(ctx, input.performanceId);
}
