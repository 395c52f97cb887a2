// Packages (套票): their definitions and the orders sold as one (migration 0200).
import type { Db } from './open';
import { allRows, getRow, run } from './statements';

export type PackageRefundRule = 'whole' | 'per_session';

export interface PackageRow {
  id: string;
  name: string;
  refundRule: PackageRefundRule;
  active: 0 | 1;
}

export interface PackageSessionRow {
  sessionId: string;
  performanceId: string;
  performanceName: string;
  sessionName: string;
  startsAt: number;
  salesOpenAt: number;
  salesCloseAt: number;
  status: string;
  hasSeat: 0 | 1;
}

export interface PackageTierRow {
  tierName: string;
  priceFen: number;
}

export interface PackageOrderRow {
  packageId: string;
  packageName: string;
  refundRule: PackageRefundRule;
  sets: number;
}

const PACKAGE = 'SELECT id, name, refund_rule AS refundRule, active FROM packages';

export const getPackage = (db: Db, id: string) => getRow<PackageRow>(db, `${PACKAGE} WHERE id = ?`, id);

/** Packages with at least one session of the performance (every package without one), by name. */
export const listPackageRows = (db: Db, performanceId: string | null) =>
  allRows<PackageRow>(
    db,
    `${PACKAGE} WHERE ? IS NULL OR id IN (SELECT ps.package_id FROM package_sessions ps JOIN sessions s ON s.id = ps.session_id WHERE s.performance_id = ?) ORDER BY name`,
    performanceId,
    performanceId,
  );

/** A package's sessions in its order (the first is where the clerk picks seats). */
export const listPackageSessions = (db: Db, packageId: string) =>
  allRows<PackageSessionRow>(
    db,
    `SELECT s.id AS sessionId, s.performance_id AS performanceId, p.name AS performanceName, s.name AS sessionName, s.starts_at AS startsAt,
       s.sales_open_at AS salesOpenAt, s.sales_close_at AS salesCloseAt, s.status, h.has_seat AS hasSeat
     FROM package_sessions ps JOIN sessions s ON s.id = ps.session_id JOIN performances p ON p.id = s.performance_id JOIN halls h ON h.id = s.hall_id
     WHERE ps.package_id = ? ORDER BY ps.position`,
    packageId,
  );

export const listPackageTiers = (db: Db, packageId: string) =>
  allRows<PackageTierRow>(db, 'SELECT tier_name AS tierName, price_fen AS priceFen FROM package_tiers WHERE package_id = ? ORDER BY rowid', packageId);

/** Replaces a package's definition (its sessions and tiers too). */
export function storePackage(
  db: Db,
  pkg: PackageRow & { sessionIds: readonly string[]; tiers: readonly PackageTierRow[] },
  now: number,
): void {
  run(
    db,
    `INSERT INTO packages (id, name, refund_rule, active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, refund_rule = excluded.refund_rule, active = excluded.active, updated_at = excluded.updated_at`,
    pkg.id, pkg.name, pkg.refundRule, pkg.active, now, now,
  );
  run(db, 'DELETE FROM package_sessions WHERE package_id = ?', pkg.id);
  pkg.sessionIds.forEach((sessionId, position) => run(db, 'INSERT INTO package_sessions (package_id, session_id, position) VALUES (?, ?, ?)', pkg.id, sessionId, position));
  run(db, 'DELETE FROM package_tiers WHERE package_id = ?', pkg.id);
  for (const tier of pkg.tiers) run(db, 'INSERT INTO package_tiers (package_id, tier_name, price_fen) VALUES (?, ?, ?)', pkg.id, tier.tierName, tier.priceFen);
}

export const getPackageOrder = (db: Db, orderId: string) =>
  getRow<PackageOrderRow>(db, 'SELECT package_id AS packageId, package_name AS packageName, refund_rule AS refundRule, sets FROM package_orders WHERE order_id = ?', orderId);

export function insertPackageOrder(db: Db, orderId: string, order: PackageOrderRow): void {
  run(db, 'INSERT INTO package_orders (order_id, package_id, package_name, refund_rule, sets) VALUES (?, ?, ?, ?, ?)', orderId, order.packageId, order.packageName, order.refundRule, order.sets);
}
