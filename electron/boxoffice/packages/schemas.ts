// Browser-safe: zod only. The manager's package form and the window's package sale validate with these.
import { z } from 'zod';
import { entityId, fen } from '../catalog/schemas';
import { paymentInput, personInput, TICKET_MODES } from '../sales/schemas';

export const REFUND_RULES = ['whole', 'per_session'] as const;
export type PackageRefundRule = (typeof REFUND_RULES)[number];

export const MAX_PACKAGE_SESSIONS = 12;
export const MAX_PACKAGE_SETS = 10;

/** Creates a package (套票), or changes one (`packageId`): its sessions in order, its tiers by name with one price each. */
export const savePackageInput = z
  .object({
    packageId: entityId.optional(),
    name: z.string().trim().min(1, 'required').max(30, 'at most 30 characters'),
    sessionIds: z.array(entityId).min(2, 'at least 2 sessions').max(MAX_PACKAGE_SESSIONS, `at most ${MAX_PACKAGE_SESSIONS} sessions`),
    /** A tier by its name in every session (甲票), and the package's price for one seat of it in each session. */
    tiers: z.array(z.object({ tierName: z.string().trim().min(1, 'required').max(100), priceFen: fen })).min(1, 'at least one tier').max(20),
    refundRule: z.enum(REFUND_RULES),
    active: z.boolean().default(true),
  })
  .superRefine((p, ctx) => {
    if (new Set(p.sessionIds).size !== p.sessionIds.length) ctx.addIssue({ code: 'custom', path: ['sessionIds'], message: 'a session is listed twice' });
    const names = p.tiers.map((t) => t.tierName);
    names.forEach((name, i) => {
      if (names.indexOf(name) !== i) ctx.addIssue({ code: 'custom', path: ['tiers', i, 'tierName'], message: 'a tier is listed twice' });
    });
  });
export type SavePackageInput = z.input<typeof savePackageInput>;

/** The packages that include a session of this performance (all packages when omitted). */
export const listPackagesInput = z.object({ performanceId: entityId.optional(), onSaleOnly: z.boolean().default(false) });
export type ListPackagesInput = z.input<typeof listPackagesInput>;

/**
 * The clerk picked seats in the package's first session: the same seats in every other session, or the best free
 * seat of the same tier where one is taken, all held at once (or none).
 */
export const proposePackageSeatsInput = z.object({
  packageId: entityId,
  ticketIds: z.array(entityId).min(1).max(MAX_PACKAGE_SETS),
  /** Adds to the clerk's current hold (released seats are the clerk's to release). */
  holdId: entityId.optional(),
});
export type ProposePackageSeatsInput = z.input<typeof proposePackageSeatsInput>;

/** One package: its tier, and its seat (ticket) in each seated session of the package; unseated sessions take one from the tier's pool. */
const packageSet = z.object({
  tierName: z.string().trim().min(1, 'required').max(100),
  ticketIds: z.array(entityId).max(MAX_PACKAGE_SESSIONS).default([]),
  /** One ID per ticket: the holder of every ticket of this package. */
  holder: personInput.optional(),
});

export const sellPackageInput = z
  .object({
    packageId: entityId,
    sets: z.array(packageSet).min(1, 'at least one package').max(MAX_PACKAGE_SETS),
    holdId: entityId.optional(),
    ticketMode: z.enum(TICKET_MODES).default('paper'),
    payment: paymentInput,
    buyer: personInput.optional(),
    /** The total the clerk saw: refused if prices changed meanwhile. */
    expectedTotalFen: fen.optional(),
  })
  .superRefine((sale, ctx) => {
    const ids = sale.sets.flatMap((s) => s.ticketIds);
    if (new Set(ids).size !== ids.length) ctx.addIssue({ code: 'custom', path: ['sets'], message: 'a seat is listed twice' });
  });
export type SellPackageInput = z.input<typeof sellPackageInput>;
