// Browser-safe: zod only. The hall's quality zones painted by the manager, and the changes to a session's tiers.
import { z } from 'zod';
import { entityId, fen } from './schemas';

/** The venue's seat ranking, best first: best available prefers A, then B, and so on, before centre-and-front. */
export const QUALITY_ZONES = ['A', 'B', 'C', 'D', 'E'] as const;
export type QualityZone = (typeof QUALITY_ZONES)[number];

export const setQualityZonesInput = z.object({
  hallId: entityId,
  seatIds: z.array(entityId).min(1, 'choose at least one seat').max(100_000),
  /** null takes the seats out of every zone (they rank after the zoned seats). */
  zone: z.enum(QUALITY_ZONES).nullable(),
});
export type SetQualityZonesInput = z.input<typeof setQualityZonesInput>;

export const changePriceTierInput = z
  .object({
    priceTierId: entityId,
    name: z.string().trim().min(1, 'required').max(100, 'at most 100 characters').optional(),
    priceFen: fen.optional(),
  })
  .refine((input) => input.name !== undefined || input.priceFen !== undefined, { path: ['priceFen'], error: 'nothing to change' });
export type ChangePriceTierInput = z.input<typeof changePriceTierInput>;

/** Moves unsold tickets of a generated session to another of its tiers (repainting the price zones). */
export const moveTicketsToTierInput = z.object({
  sessionId: entityId,
  priceTierId: entityId,
  ticketIds: z.array(entityId).min(1, 'choose at least one seat').max(100_000),
});
export type MoveTicketsToTierInput = z.input<typeof moveTicketsToTierInput>;
