import type { z } from 'zod';
import { getPriceTier, getSession, type PriceTierRow } from '../../../db/catalog';
import { getRow, run } from '../../../db/statements';
import type { DomainContext } from '../context';
import { BoxOfficeError, notFound } from '../errors';
import { audit, inTransaction } from '../service';
import { reportInventory, reportTickets } from '../outbox/states';
import type { changePriceTierInput, moveTicketsToTierInput } from './zone-schemas';
import { loadSessionView, type SessionView } from './sessions';
import { sessionTickets } from './session-tickets';

/** A tier has sold once an order line names it (refunded or not): buyers have seen its price and name. */
const hasSold = (ctx: DomainContext, tierId: string) => getRow<{ one: number }>(ctx.db, 'SELECT 1 AS one FROM order_lines WHERE price_tier_id = ? LIMIT 1', tierId) !== undefined;

/**
 * Until a tier's first sale anyone who sells may correct it; afterwards only a manager (or the system), since
 * the change is a deliberate inventory change reported to the platform, not a correction of a typo.
 */
function assertMayChange(ctx: DomainContext, tier: PriceTierRow): boolean {
  const sold = hasSold(ctx, tier.id);
  if (sold && ctx.actor.role !== 'manager' && !(ctx.actor.role === null && ctx.actor.userId === null)) {
    throw new BoxOfficeError('TIER_SOLD', `Price tier ${tier.name} has sold tickets: only a manager may change it.`, { tier: tier.name, priceTierId: tier.id });
  }
  return sold;
}

function openSession(ctx: DomainContext, sessionId: string) {
  const session = getSession(ctx.db, sessionId);
  if (!session) throw notFound('session', sessionId);
  if (session.status === 'cancelled') throw new BoxOfficeError('SESSION_CANCELLED', 'This session was cancelled; its tiers can no longer change.', { sessionId });
  return session;
}

/**
 * Renames a tier or changes its price. Tickets already sold keep the price they were sold at (order lines hold
 * it); the tier's inventory (name and price) is reported again once tickets exist. Audited with before and after.
 */
export function changePriceTier(ctx: DomainContext, input: z.output<typeof changePriceTierInput>): SessionView {
  const { priceTierId, name, priceFen } = input;
  return inTransaction(ctx, () => {
    const tier = getPriceTier(ctx.db, priceTierId);
    if (!tier) throw notFound('price tier', priceTierId);
    const session = openSession(ctx, tier.sessionId);
    const sold = assertMayChange(ctx, tier);
    const next = { name: name ?? tier.name, priceFen: priceFen ?? tier.priceFen };
    const clash = getRow<{ id: string }>(ctx.db, 'SELECT id FROM price_tiers WHERE session_id = ? AND name = ? AND id <> ?', tier.sessionId, next.name, tier.id);
    if (clash) throw new BoxOfficeError('NAME_TAKEN', `This session already has a tier named "${next.name}".`, { field: 'name' });
    run(ctx.db, 'UPDATE price_tiers SET name = ?, price_fen = ?, updated_at = ? WHERE id = ?', next.name, next.priceFen, ctx.clock(), tier.id);
    if (session.ticketsGeneratedAt !== null) reportInventory(ctx, [tier.id]);
    audit(ctx, 'price_tier.change', tier.sessionId, { priceTierId: tier.id, before: { name: tier.name, priceFen: tier.priceFen }, after: next, afterFirstSale: sold });
    return loadSessionView(ctx, tier.sessionId);
  });
}

/**
 * Moves unsold, unheld tickets of a generated session to another of its tiers: the price zones repainted after
 * generation. Refused for a sold ticket, a seat a window is choosing, or a move that would leave a tier with no
 * ticket; after a tier's first sale (the tier moved from or to) only a manager may. Every tier touched reports its
 * inventory, every ticket moved its new tier.
 */
export function moveTicketsToTier(ctx: DomainContext, input: z.output<typeof moveTicketsToTierInput>): SessionView {
  const { sessionId, priceTierId, ticketIds } = input;
  return inTransaction(ctx, () => {
    const session = openSession(ctx, sessionId);
    if (session.ticketsGeneratedAt === null) throw new BoxOfficeError('TICKETS_NOT_GENERATED', 'This session has no tickets yet: paint its tiers before generating instead.', { sessionId });
    const target = getPriceTier(ctx.db, priceTierId);
    if (target?.sessionId !== sessionId) throw notFound('price tier of this session', priceTierId);
    const rows = sessionTickets(ctx, sessionId, ticketIds);
    const sold = rows.find((r) => r.status === 'sold');
    if (sold) throw new BoxOfficeError('SEAT_TAKEN', 'A sold ticket keeps its tier; refund it first.', { ticketId: sold.id });
    const held = rows.find((r) => r.held === 1);
    if (held) throw new BoxOfficeError('SEAT_HELD', 'A window is choosing this seat right now; try again when it is sold or released.', { ticketId: held.id });
    const moving = rows.filter((r) => r.tierId !== priceTierId);
    const sources = [...new Set(moving.map((r) => r.tierId))];
    let afterFirstSale = false;
    for (const id of [priceTierId, ...sources]) {
      const tier = getPriceTier(ctx.db, id);
      if (tier && assertMayChange(ctx, tier)) afterFirstSale = true;
    }
    const now = ctx.clock();
    for (const ticket of moving) run(ctx.db, 'UPDATE tickets SET price_tier_id = ?, updated_at = ? WHERE id = ?', priceTierId, now, ticket.id);
    for (const id of sources) {
      const tier = getPriceTier(ctx.db, id);
      if (tier && tier.totalCount === 0) throw new BoxOfficeError('TIER_WITHOUT_SEATS', `Price tier ${tier.name} would be left with no seat.`, { tier: tier.name, priceTierId: tier.id });
    }
    reportInventory(ctx, [priceTierId, ...sources]);
    reportTickets(ctx, moving.map((r) => r.id));
    audit(ctx, 'price_tier.move_tickets', sessionId, { priceTierId, tickets: moving.length, from: sources, afterFirstSale });
    return loadSessionView(ctx, sessionId);
  });
}
