// Browser-safe: zod only. The API contract re-exports these; the manage screens validate forms with them.
import { z } from 'zod';
import { entityId } from '../catalog/schemas';

/** What a named hold is called on the map and the tickets' notes: 媒体, 赞助商, 音控位, 公司留座. */
export const holdName = z.string().trim().min(1, 'required').max(30, 'at most 30 characters');

/** Minutes before curtain when what is left of the hold goes back on sale; null: only by hand. At most 70 days. */
export const releaseMinutesBeforeStart = z.number().int('whole minutes').min(0, 'cannot be negative').max(100_000, 'at most 100000 minutes').nullable();

export const createNamedHoldInput = z.object({
  sessionId: entityId,
  name: holdName,
  releaseMinutesBeforeStart: releaseMinutesBeforeStart.default(null),
  /** Clerks who may hold seats under it and sell from it (a manager always may). */
  userIds: z.array(entityId).max(200).default([]),
});
export type CreateNamedHoldInput = z.input<typeof createNamedHoldInput>;

export const updateNamedHoldInput = z.object({
  holdId: entityId,
  name: holdName.optional(),
  releaseMinutesBeforeStart: releaseMinutesBeforeStart.optional(),
  userIds: z.array(entityId).max(200).optional(),
});
export type UpdateNamedHoldInput = z.input<typeof updateNamedHoldInput>;

export const namedHoldSeatsInput = z.object({
  holdId: entityId,
  ticketIds: z.array(entityId).min(1, 'at least one seat').max(10_000),
});
export type NamedHoldSeatsInput = z.input<typeof namedHoldSeatsInput>;

export const releaseNamedHoldInput = z.object({
  holdId: entityId,
  /** Only these seats; every seat of the hold when omitted. */
  ticketIds: z.array(entityId).min(1).max(10_000).optional(),
});
export type ReleaseNamedHoldInput = z.input<typeof releaseNamedHoldInput>;

export const namedHoldsOfSessionInput = z.object({ sessionId: entityId });
