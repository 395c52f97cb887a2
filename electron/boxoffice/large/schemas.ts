// Browser-safe: zod and the person schema only. The manage and window screens validate forms with these.
import { z } from 'zod';
import { entityId } from '../catalog/schemas';
import { personInput } from '../sales/schemas';

/** The 2023 notice applies from this approved audience up: large mode is on by default. */
export const LARGE_AUDIENCE_THRESHOLD = 5000;
/** At most this share (percent) of a session's approved audience may be held back from open sale. */
export const HELD_SHARE_PERCENT = 15;
/** Held tickets must be bound to a named holder with an ID this long before the session starts. */
export const HOLDER_BINDING_LEAD_MS = 24 * 3_600_000;

/** Most tickets a large session may hold: 15% of the approved audience, rounded down (in favour of open sale). */
export const heldCap = (approvedAudience: number): number => Math.floor((approvedAudience * HELD_SHARE_PERCENT) / 100);
/** The last moment a held ticket of a session starting at `startsAt` can be bound to its holder (exclusive). */
export const bindingDeadline = (startsAt: number): number => startsAt - HOLDER_BINDING_LEAD_MS;

const reason = z.string().trim().max(200, 'at most 200 characters');

export const LARGE_MODES = ['auto', 'on', 'off'] as const;

/** auto: on when a live session's approved audience is 5,000 or more; on; off (a reason is required when the audience says on). */
export const setLargeModeInput = z.object({ performanceId: entityId, mode: z.enum(LARGE_MODES), reason: reason.default('') });
export type SetLargeModeInput = z.input<typeof setLargeModeInput>;

/** The approved audience of a session (the permit's figure); null clears it. */
export const setApprovedAudienceInput = z.object({
  sessionId: entityId,
  approvedAudience: z.number().int('a whole number').min(1, 'at least 1').max(500_000, 'at most 500,000').nullable(),
});
export type SetApprovedAudienceInput = z.input<typeof setApprovedAudienceInput>;

export const performanceRulesInput = z.object({ performanceId: entityId });

/** A named holder with an ID document, bound to a complimentary or staff ticket of a large performance. */
export const bindHolderInput = z.object({
  orderLineId: entityId,
  holder: personInput.refine((p) => p.idType !== undefined && p.idNumber !== undefined, {
    path: ['idNumber'],
    error: 'the holder’s ID document is required',
    params: { errorCode: 'REAL_NAME_REQUIRED' },
  }),
});
export type BindHolderInput = z.input<typeof bindHolderInput>;

/** One session's countdown, or every upcoming large session's when omitted. */
export const unboundHeldInput = z.object({ sessionId: entityId.optional() });
export type UnboundHeldInput = z.input<typeof unboundHeldInput>;

export const largeReportInput = z.object({ performanceId: entityId });
export type LargeReportInput = z.input<typeof largeReportInput>;
