// The 85/15 split: a large session may hold back at most 15% of its approved audience from open sale
// (box-office reserved seats, complimentary and staff tickets). Checked inside the writing transaction.
import { getLargeSession, heldCounts, heldTotal, type HeldCounts } from '../../../db/large';
import type { DomainContext } from '../context';
import { BoxOfficeError, notFound } from '../errors';
import { HELD_SHARE_PERCENT, heldCap } from './schemas';

export interface HeldShare {
  large: boolean;
  approvedAudience: number | null;
  /** Most tickets the session may hold; null without an approved audience. */
  cap: number | null;
  held: HeldCounts & { total: number };
}

/** The session's held share; `counts` when the caller has them already (the report counts the live tickets once). */
export function heldShare(ctx: DomainContext, sessionId: string, counts?: HeldCounts): HeldShare {
  const session = getLargeSession(ctx.db, sessionId);
  if (!session) throw notFound('session', sessionId);
  counts ??= heldCounts(ctx.db, sessionId);
  return {
    large: session.large === 1,
    approvedAudience: session.approvedAudience,
    cap: session.approvedAudience === null ? null : heldCap(session.approvedAudience),
    held: { ...counts, total: heldTotal(counts) },
  };
}

function exceeded(sessionId: string, share: HeldShare & { cap: number; approvedAudience: number }, heldBefore: number | null): BoxOfficeError {
  const adding = heldBefore === null ? null : share.held.total - heldBefore;
  const what = adding === null ? `it already holds ${share.held.total}` : `${heldBefore ?? 0} are held and this adds ${adding}`;
  return new BoxOfficeError(
    'HELD_SHARE_EXCEEDED',
    `Large performance: at most ${share.cap} tickets of this session (${HELD_SHARE_PERCENT}% of the approved audience of ${share.approvedAudience}) may be held back from open sale; ${what}.`,
    { rule: 'held_share', sessionId, approvedAudience: share.approvedAudience, cap: share.cap, heldBefore, heldAfter: share.held.total, held: share.held },
  );
}

/**
 * Call before a write that may hold tickets back (reserve seats, issue complimentary or staff tickets); call the
 * returned check after it, in the same transaction. Only an increase of the held tickets is refused, so releasing,
 * refunding or selling held seats openly always goes through, even in a session that is over its cap.
 */
export function watchHeldShare(ctx: DomainContext, sessionId: string): () => void {
  const before = heldShare(ctx, sessionId);
  if (!before.large) return () => undefined;
  return () => {
    const after = heldShare(ctx, sessionId);
    if (after.held.total <= before.held.total) return;
    if (after.approvedAudience === null || after.cap === null) {
      throw new BoxOfficeError(
        'APPROVED_AUDIENCE_REQUIRED',
        'Large performance: enter the approved audience of this session before holding tickets back from open sale (at most 15% of it may be held).',
        { rule: 'held_share', sessionId },
      );
    }
    if (after.held.total > after.cap) throw exceeded(sessionId, { ...after, cap: after.cap, approvedAudience: after.approvedAudience }, before.held.total);
  };
}

/** After a change of the audience or of the mode: a large session must not already hold more than its cap. */
export function assertWithinCap(ctx: DomainContext, sessionId: string): void {
  const share = heldShare(ctx, sessionId);
  if (!share.large || share.cap === null || share.approvedAudience === null) return;
  if (share.held.total > share.cap) throw exceeded(sessionId, { ...share, cap: share.cap, approvedAudience: share.approvedAudience }, null);
}
