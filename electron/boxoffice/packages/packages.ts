// A manager's packages (套票): which sessions, which tiers at what price, which refund rule.
import type { z } from 'zod';
import { newId } from '../../../db/ids';
import { getPackage, listPackageRows, listPackageSessions, listPackageTiers, storePackage, type PackageRow, type PackageSessionRow } from '../../../db/packages';
import { allRows, getRow } from '../../../db/statements';
import type { DomainContext } from '../context';
import { BoxOfficeError, notFound } from '../errors';
import { audit, inTransaction } from '../service';
import type { listPackagesInput, PackageRefundRule, savePackageInput } from './schemas';

export interface PackageSessionView {
  sessionId: string;
  performanceId: string;
  performanceName: string;
  sessionName: string;
  startsAt: number;
  seated: boolean;
}

export interface PackageTierView {
  tierName: string;
  /** The package's price for one seat of this tier in every session. */
  priceFen: number;
  /** The same seats bought one by one: the tier's price summed over the sessions (原价). */
  listFen: number;
}

export interface PackageView {
  id: string;
  name: string;
  refundRule: PackageRefundRule;
  active: boolean;
  sessions: PackageSessionView[];
  tiers: PackageTierView[];
}

/** The tier of each of the package's sessions with this name, with its price; missing sessions are absent. */
export function tiersNamed(ctx: DomainContext, sessionIds: readonly string[], tierName: string): { sessionId: string; priceTierId: string; priceFen: number }[] {
  return allRows<{ sessionId: string; priceTierId: string; priceFen: number }>(
    ctx.db,
    `SELECT session_id AS sessionId, id AS priceTierId, price_fen AS priceFen FROM price_tiers WHERE name = ? AND session_id IN (SELECT value FROM json_each(?))`,
    tierName,
    JSON.stringify(sessionIds),
  );
}

function view(ctx: DomainContext, row: PackageRow, sessions: PackageSessionRow[] = listPackageSessions(ctx.db, row.id)): PackageView {
  const ids = sessions.map((s) => s.sessionId);
  return {
    id: row.id,
    name: row.name,
    refundRule: row.refundRule,
    active: row.active === 1,
    sessions: sessions.map((s) => ({ sessionId: s.sessionId, performanceId: s.performanceId, performanceName: s.performanceName, sessionName: s.sessionName, startsAt: s.startsAt, seated: s.hasSeat === 1 })),
    tiers: listPackageTiers(ctx.db, row.id).map((t) => ({ ...t, listFen: tiersNamed(ctx, ids, t.tierName).reduce((sum, tier) => sum + tier.priceFen, 0) })),
  };
}

/** A package as the window sells it, with its sessions in order; NOT_FOUND when there is none. */
export function packageView(ctx: DomainContext, packageId: string): PackageView {
  const row = getPackage(ctx.db, packageId);
  if (!row) throw notFound('package', packageId);
  return view(ctx, row);
}

/** The packages that include a session of the performance (all of them without one); on sale only for the window. */
export function listPackages(ctx: DomainContext, input: z.output<typeof listPackagesInput>): PackageView[] {
  const now = ctx.clock();
  return listPackageRows(ctx.db, input.performanceId ?? null).flatMap((row) => {
    const sessions = listPackageSessions(ctx.db, row.id);
    const onSale = row.active === 1 && sessions.every((s) => s.status === 'normal' && s.salesOpenAt <= now && now < s.salesCloseAt);
    return !input.onSaleOnly || onSale ? [view(ctx, row, sessions)] : [];
  });
}

/** Creates or changes a package (audited). Every tier it names must exist under that name in every one of its sessions. */
export function savePackage(ctx: DomainContext, input: z.output<typeof savePackageInput>): PackageView {
  return inTransaction(ctx, () => {
    const id = input.packageId ?? newId('pkg_');
    if (input.packageId !== undefined && !getPackage(ctx.db, input.packageId)) throw notFound('package', input.packageId);
    const clash = getRow<{ id: string }>(ctx.db, 'SELECT id FROM packages WHERE name = ? AND id <> ?', input.name, id);
    if (clash) throw new BoxOfficeError('NAME_TAKEN', `A package named "${input.name}" exists already.`, { field: 'name', name: input.name });
    const sessions = input.sessionIds.map((sessionId, i) => {
      const row = getRow<{ name: string; status: string }>(ctx.db, 'SELECT name, status FROM sessions WHERE id = ?', sessionId);
      if (!row) throw notFound('session', sessionId);
      if (row.status === 'cancelled') throw new BoxOfficeError('SESSION_CANCELLED', `The session ${row.name} was cancelled: it cannot be part of a package.`, { field: `sessionIds.${i}`, sessionName: row.name });
      return row;
    });
    input.tiers.forEach((tier, i) => {
      const found = new Set(tiersNamed(ctx, input.sessionIds, tier.tierName).map((t) => t.sessionId));
      const missing = input.sessionIds.findIndex((sessionId) => !found.has(sessionId));
      if (missing >= 0) {
        const sessionName = sessions[missing]?.name ?? '';
        throw new BoxOfficeError('PACKAGE_TIER_MISSING', `The session ${sessionName} has no tier named ${tier.tierName}.`, { field: `tiers.${i}.tierName`, tierName: tier.tierName, sessionName });
      }
    });
    storePackage(ctx.db, { id, name: input.name, refundRule: input.refundRule, active: input.active ? 1 : 0, sessionIds: input.sessionIds, tiers: input.tiers }, ctx.clock());
    audit(ctx, 'package.save', id, { name: input.name, sessions: input.sessionIds, tiers: input.tiers, refundRule: input.refundRule, active: input.active, created: input.packageId === undefined });
    return packageView(ctx, id);
  });
}
