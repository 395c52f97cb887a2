// Price types, group discounts, promo codes and how sold tickets were priced (0180).
import type { Db } from './open';
import { allRows, getRow, run } from './statements';

type Proof = 'none' | 'confirm' | 'gate' | 'id_age';

export interface PriceTypeRow {
  id: string;
  performanceId: string;
  name: string;
  priceRule: 'percent' | 'fixed';
  priceValue: number;
  proof: Proof;
  minAge: number | null;
  maxAge: number | null;
  maxPerOrder: number | null;
  sortOrder: number;
  active: boolean;
}

export interface GroupRule {
  minTickets: number;
  percentOff: number;
}

export interface PromoCodeRow {
  id: string;
  performanceId: string;
  code: string;
  discountRule: 'percent' | 'amount';
  discountValue: number;
  appliesTo: string[];
  startsAt: number;
  endsAt: number;
  useLimit: number;
  usedCount: number;
  active: boolean;
}

const PRICE_TYPE = `SELECT id, performance_id AS performanceId, name, price_rule AS priceRule, price_value AS priceValue, proof, min_age AS minAge,
  max_age AS maxAge, max_per_order AS maxPerOrder, sort_order AS sortOrder, active FROM price_types`;
const PROMO = `SELECT id, performance_id AS performanceId, code, discount_rule AS discountRule, discount_value AS discountValue, starts_at AS startsAt,
  ends_at AS endsAt, use_limit AS useLimit, used_count AS usedCount, applies_to AS appliesTo, active FROM promo_codes`;

const priceType = (row: Omit<PriceTypeRow, 'active'> & { active: number }): PriceTypeRow => ({ ...row, active: row.active === 1 });
const promo = (row: Omit<PromoCodeRow, 'active' | 'appliesTo'> & { active: number; appliesTo: string }): PromoCodeRow => ({
  ...row,
  active: row.active === 1,
  appliesTo: JSON.parse(row.appliesTo) as string[],
});

export const listPriceTypes = (db: Db, performanceId: string): PriceTypeRow[] =>
  allRows<Parameters<typeof priceType>[0]>(db, `${PRICE_TYPE} WHERE performance_id = ? ORDER BY sort_order, created_at, id`, performanceId).map(priceType);

export function getPriceType(db: Db, id: string): PriceTypeRow | undefined {
  const row = getRow<Parameters<typeof priceType>[0]>(db, `${PRICE_TYPE} WHERE id = ?`, id);
  return row && priceType(row);
}

export function upsertPriceType(db: Db, row: PriceTypeRow, now: number): void {
  run(
    db,
    `INSERT INTO price_types (id, performance_id, name, price_rule, price_value, proof, min_age, max_age, max_per_order, sort_order, active, created_at, updated_at)
     VALUES (@id, @performanceId, @name, @priceRule, @priceValue, @proof, @minAge, @maxAge, @maxPerOrder, @sortOrder, @active, @now, @now)
     ON CONFLICT (id) DO UPDATE SET name = @name, price_rule = @priceRule, price_value = @priceValue, proof = @proof, min_age = @minAge,
       max_age = @maxAge, max_per_order = @maxPerOrder, sort_order = @sortOrder, active = @active, updated_at = @now`,
    { ...row, active: row.active ? 1 : 0, now },
  );
}

export const getGroupDiscount = (db: Db, performanceId: string): GroupRule | null =>
  getRow<GroupRule>(db, 'SELECT min_tickets AS minTickets, percent_off AS percentOff FROM group_discounts WHERE performance_id = ?', performanceId) ?? null;

export function setGroupDiscount(db: Db, performanceId: string, group: GroupRule | null, now: number): void {
  if (group === null) {
    run(db, 'DELETE FROM group_discounts WHERE performance_id = ?', performanceId);
    return;
  }
  run(
    db,
    `INSERT INTO group_discounts (performance_id, min_tickets, percent_off, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (performance_id) DO UPDATE SET min_tickets = excluded.min_tickets, percent_off = excluded.percent_off, updated_at = excluded.updated_at`,
    performanceId,
    group.minTickets,
    group.percentOff,
    now,
  );
}

export const listPromoCodes = (db: Db, performanceId: string): PromoCodeRow[] =>
  allRows<Parameters<typeof promo>[0]>(db, `${PROMO} WHERE performance_id = ? ORDER BY created_at, id`, performanceId).map(promo);

export function findPromoCode(db: Db, performanceId: string, code: string): PromoCodeRow | undefined {
  const row = getRow<Parameters<typeof promo>[0]>(db, `${PROMO} WHERE performance_id = ? AND code = ?`, performanceId, code);
  return row && promo(row);
}

export function getPromoCode(db: Db, id: string): PromoCodeRow | undefined {
  const row = getRow<Parameters<typeof promo>[0]>(db, `${PROMO} WHERE id = ?`, id);
  return row && promo(row);
}

export function upsertPromoCode(db: Db, row: Omit<PromoCodeRow, 'usedCount'>, now: number): void {
  run(
    db,
    `INSERT INTO promo_codes (id, performance_id, code, discount_rule, discount_value, starts_at, ends_at, use_limit, applies_to, active, created_at, updated_at)
     VALUES (@id, @performanceId, @code, @discountRule, @discountValue, @startsAt, @endsAt, @useLimit, @appliesTo, @active, @now, @now)
     ON CONFLICT (id) DO UPDATE SET code = @code, discount_rule = @discountRule, discount_value = @discountValue, starts_at = @startsAt,
       ends_at = @endsAt, use_limit = @useLimit, applies_to = @appliesTo, active = @active, updated_at = @now`,
    { ...row, appliesTo: JSON.stringify(row.appliesTo), active: row.active ? 1 : 0, now },
  );
}

/** Takes one use of a code if one is left: the conditional update is what makes the last use go to exactly one sale. */
export const takePromoUse = (db: Db, id: string, now: number): boolean =>
  run(db, 'UPDATE promo_codes SET used_count = used_count + 1, updated_at = ? WHERE id = ? AND used_count < use_limit', now, id).changes === 1;

export interface OrderPricingRow {
  orderId: string;
  listTotalFen: number;
  groupPercentOff: number | null;
  promoCodeId: string | null;
  manualDiscountFen: number;
  manualReason: string | null;
  manualApprovedBy: string | null;
}

export function insertOrderPricing(db: Db, row: OrderPricingRow): void {
  run(
    db,
    `INSERT INTO order_pricing (order_id, list_total_fen, group_percent_off, promo_code_id, manual_discount_fen, manual_reason, manual_approved_by)
     VALUES (@orderId, @listTotalFen, @groupPercentOff, @promoCodeId, @manualDiscountFen, @manualReason, @manualApprovedBy)`,
    row,
  );
}

export interface LinePricingRow {
  orderLineId: string;
  priceTypeId: string | null;
  priceTypeName: string | null;
  proof: Proof;
  concessionFen: number;
  groupOffFen: number;
  promoOffFen: number;
  manualOffFen: number;
}

export function insertLinePricing(db: Db, row: LinePricingRow): void {
  run(
    db,
    `INSERT INTO order_line_pricing (order_line_id, price_type_id, price_type_name, proof, concession_fen, group_off_fen, promo_off_fen, manual_off_fen)
     VALUES (@orderLineId, @priceTypeId, @priceTypeName, @proof, @concessionFen, @groupOffFen, @promoOffFen, @manualOffFen)`,
    row,
  );
}

export interface OrderPricingView extends OrderPricingRow {
  promoCode: string | null;
  promoReturned: boolean;
  manualApprovedByName: string | null;
}

export const getOrderPricing = (db: Db, orderId: string): OrderPricingView | null => {
  const row = getRow<Omit<OrderPricingView, 'promoReturned'> & { promoReturned: number }>(
    db,
    `SELECT p.order_id AS orderId, p.list_total_fen AS listTotalFen, p.group_percent_off AS groupPercentOff, p.promo_code_id AS promoCodeId,
       c.code AS promoCode, p.promo_returned_at IS NOT NULL AS promoReturned, p.manual_discount_fen AS manualDiscountFen,
       p.manual_reason AS manualReason, p.manual_approved_by AS manualApprovedBy, u.display_name AS manualApprovedByName
     FROM order_pricing p LEFT JOIN promo_codes c ON c.id = p.promo_code_id LEFT JOIN users u ON u.id = p.manual_approved_by WHERE p.order_id = ?`,
    orderId,
  );
  return row ? { ...row, promoReturned: row.promoReturned === 1 } : null;
};

export const listLinePricing = (db: Db, orderId: string): LinePricingRow[] =>
  allRows<LinePricingRow>(
    db,
    `SELECT p.order_line_id AS orderLineId, p.price_type_id AS priceTypeId, p.price_type_name AS priceTypeName, p.proof, p.concession_fen AS concessionFen,
       p.group_off_fen AS groupOffFen, p.promo_off_fen AS promoOffFen, p.manual_off_fen AS manualOffFen
     FROM order_line_pricing p JOIN order_lines l ON l.id = p.order_line_id WHERE l.order_id = ? ORDER BY l.rowid`,
    orderId,
  );

/**
 * Gives a promo code's use back when its whole order has been refunded (the rule: a partial refund keeps the use,
 * the order still had the offer). Once per order. Returns whether a use went back.
 */
export function returnPromoUse(db: Db, orderId: string, now: number): boolean {
  const row = getRow<{ promoCodeId: string }>(
    db,
    `SELECT p.promo_code_id AS promoCodeId FROM order_pricing p JOIN orders o ON o.id = p.order_id
     WHERE p.order_id = ? AND p.promo_code_id IS NOT NULL AND p.promo_returned_at IS NULL AND o.status = 'refunded'`,
    orderId,
  );
  if (!row) return false;
  run(db, 'UPDATE order_pricing SET promo_returned_at = ? WHERE order_id = ?', now, orderId);
  run(db, 'UPDATE promo_codes SET used_count = used_count - 1, updated_at = ? WHERE id = ? AND used_count > 0', now, row.promoCodeId);
  return true;
}
