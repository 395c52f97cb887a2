import type { z } from 'zod';
// Per session of a performance: open sale against held tickets, real-name completeness, refund fees collected.
import { getLargeState, heldCounts, listLargeSessionsOf, liveTicketsOf } from '../../../db/large';
import { getRow } from '../../../db/statements';
import type { DomainContext } from '../context';
import { notFound } from '../errors';
import { heldShare, type HeldShare } from './held-share';
import type { largeReportInput } from './schemas';

export interface LargeSessionReport {
  sessionId: string;
  sessionName: string;
  startsAt: number;
  status: 'normal' | 'cancelled';
  approvedAudience: number | null;
  heldCap: number | null;
  heldOverCap: boolean;
  tickets: {
    /** Every ticket of the session: blocked + open sale + held. */
    total: number;
    /** Not offered at all (pillars, the mixing desk...). */
    blocked: number;
    /** Offered to the public: still available, and sold as regular tickets. */
    openSale: { available: number; sold: number; total: number };
    held: HeldShare['held'];
  };
  /** Live tickets with a holder's ID bound, of all live tickets. `percent` has one decimal, rounded down (100.0 only when complete). */
  realName: { tickets: number; bound: number; unbound: number; percent: number | null };
  refunds: {
    refunds: number;
    tickets: number;
    /** What was paid for the refunded tickets. */
    grossFen: number;
    /** Fees kept (collected). */
    feeFen: number;
    /** Paid back. */
    netFen: number;
    /** Fees the schedule asked for but managers waived, and how many refunds they overrode. */
    waivedFen: number;
    overrides: number;
  };
}

export interface LargeReport {
  performanceId: string;
  performanceName: string;
  large: boolean;
  sessions: LargeSessionReport[];
}

const n = (value: number | null | undefined): number => value ?? 0;

function sessionReport(ctx: DomainContext, session: { sessionId: string; name: string; startsAt: number; status: 'normal' | 'cancelled' }): LargeSessionReport {
  const live = liveTicketsOf(ctx.db, session.sessionId);
  const share = heldShare(ctx, session.sessionId, heldCounts(ctx.db, session.sessionId, live));
  // The tiers' maintained counts (kept by triggers on tickets): a few rows instead of the session's 100,000 tickets.
  const stock = getRow<{ total: number; blocked: number; available: number }>(
    ctx.db,
    'SELECT sum(total_count) AS total, sum(blocked_count) AS blocked, sum(available_count) AS available FROM price_tiers WHERE session_id = ?',
    session.sessionId,
  );
  const money = getRow<{ refunds: number; tickets: number | null; net: number | null; fee: number | null; scheduled: number | null; overrides: number | null }>(
    ctx.db,
    `SELECT count(*) AS refunds, sum((SELECT count(*) FROM refund_lines rl WHERE rl.refund_id = r.id)) AS tickets, sum(r.amount_fen) AS net,
       sum(r.fee_fen) AS fee, sum(r.scheduled_fee_fen) AS scheduled, sum(r.fee_override_reason IS NOT NULL) AS overrides
     FROM refunds r JOIN orders o ON o.id = r.order_id WHERE o.session_id = ?`,
    session.sessionId,
  );
  const tickets = live.regular + live.complimentary + live.staff;
  const bound = live.bound;
  const available = n(stock?.available);
  const sold = live.regular;
  return {
    sessionId: session.sessionId,
    sessionName: session.name,
    startsAt: session.startsAt,
    status: session.status,
    approvedAudience: share.approvedAudience,
    heldCap: share.cap,
    heldOverCap: share.cap !== null && share.held.total > share.cap,
    tickets: { total: n(stock?.total), blocked: n(stock?.blocked), openSale: { available, sold, total: available + sold }, held: share.held },
    realName: { tickets, bound, unbound: tickets - bound, percent: tickets === 0 ? null : Math.floor((bound * 1000) / tickets) / 10 },
    refunds: {
      refunds: n(money?.refunds),
      tickets: n(money?.tickets),
      grossFen: n(money?.net) + n(money?.fee),
      feeFen: n(money?.fee),
      netFen: n(money?.net),
      waivedFen: n(money?.scheduled) - n(money?.fee),
      overrides: n(money?.overrides),
    },
  };
}

/** The large-performance report of every session of a performance. Manager only. */
export function largeReport(ctx: DomainContext, input: z.output<typeof largeReportInput>): LargeReport {
  const { performanceId } = input;
  const state = getLargeState(ctx.db, performanceId);
  if (!state) throw notFound('performance', performanceId);
  return {
    performanceId,
    performanceName: state.performanceName,
    large: state.large === 1,
    sessions: listLargeSessionsOf(ctx.db, performanceId).map((s) => sessionReport(ctx, s)),
  };
}
