// "The same seat across the series where possible": the clerk's seats in the first session, proposed in the others.
import type { z } from 'zod';
import { newId } from '../../../db/ids';
import { getPackage, listPackageSessions, listPackageTiers, type PackageSessionRow } from '../../../db/packages';
import { getRow } from '../../../db/statements';
import { getSession } from '../../../db/catalog';
import type { DomainContext } from '../context';
import { BoxOfficeError, notFound } from '../errors';
import { seatText } from '../format';
import { inTransaction } from '../service';
import { assertSalesOpen } from '../sales/rules';
import { searchBestBlock } from '../holds/best-available';
import { holdView, takeHold } from '../holds/holds';
import type { proposePackageSeatsInput } from './schemas';
import { tiersNamed } from './packages';

export interface ProposedSeat {
  sessionId: string;
  /** Null in an unseated session: the sale takes one from the tier's pool. */
  ticketId: string | null;
  seatText: string;
  /** False where the clerk's seat was taken here and the best free seat of the tier stands in for it. */
  same: boolean;
}

export interface PackageProposal {
  holdId: string;
  expiresAt: number;
  /** One package per seat picked in the first session: its tier and a seat in every session, in the package's order. */
  sets: { tierName: string; priceFen: number; seats: ProposedSeat[] }[];
  totalFen: number;
}

interface SeatLabel {
  ticketId: string;
  tierName: string;
  floor: string;
  area: string;
  row: string;
  seat: string;
}

const labelOf = (ctx: DomainContext, ticketId: string, sessionId: string) =>
  getRow<SeatLabel>(
    ctx.db,
    `SELECT k.id AS ticketId, t.name AS tierName, floor_name AS floor, area_name AS area, row_name AS row, seat_no AS seat
     FROM tickets k JOIN price_tiers t ON t.id = k.price_tier_id JOIN seats ON seats.id = k.seat_id WHERE k.id = ? AND k.session_id = ?`,
    ticketId,
    sessionId,
  );

/** The seat with the same floor, area, row and number in another session, if it is of the same tier and free for this clerk. */
function sameSeat(ctx: DomainContext, session: PackageSessionRow, first: SeatLabel, holdId: string): SeatLabel | undefined {
  return getRow<SeatLabel>(
    ctx.db,
    `SELECT k.id AS ticketId, t.name AS tierName, floor_name AS floor, area_name AS area, row_name AS row, seat_no AS seat
     FROM tickets k JOIN price_tiers t ON t.id = k.price_tier_id JOIN seats ON seats.id = k.seat_id
     WHERE k.session_id = ? AND t.name = ? AND floor_name = ? AND area_name = ? AND row_name = ? AND seat_no = ? AND k.status = 'available'
       AND NOT EXISTS (SELECT 1 FROM seat_holds h WHERE h.ticket_id = k.id AND h.expires_at > ? AND h.hold_id <> ? AND h.user_id IS NOT ?)`,
    session.sessionId, first.tierName, first.floor, first.area, first.row, first.seat, ctx.clock(), holdId, ctx.actor.userId,
  );
}

/**
 * For each seat the clerk picked in the package's first session: the same seat (floor, area, row, number) in every
 * other seated session where it is free in the same tier, else the best free seat of that tier there (searchBestBlock),
 * marked as differing. Every seat is held under one hold at once: if any session has no seat left in the tier,
 * nothing is held (NOT_ENOUGH_TICKETS names the session).
 */
export function proposePackageSeats(ctx: DomainContext, input: z.output<typeof proposePackageSeatsInput>): PackageProposal {
  const { packageId, ticketIds, holdId = newId('hld_') } = input;
  return inTransaction(ctx, () => {
    const pkg = getPackage(ctx.db, packageId);
    if (!pkg) throw notFound('package', packageId);
    if (pkg.active !== 1) throw new BoxOfficeError('PACKAGE_OFF_SALE', `The package ${pkg.name} is switched off.`, { packageName: pkg.name });
    const sessions = listPackageSessions(ctx.db, packageId);
    const [first] = sessions;
    if (!first || first.hasSeat !== 1) throw new BoxOfficeError('WRONG_HALL_KIND', 'The first session of this package is unseated: sell a quantity instead.', { packageName: pkg.name });
    for (const session of sessions) {
      const row = getSession(ctx.db, session.sessionId);
      if (!row) throw notFound('session', session.sessionId);
      assertSalesOpen(row, ctx.clock());
    }
    const prices = new Map(listPackageTiers(ctx.db, packageId).map((t) => [t.tierName, t.priceFen]));
    const picked = ticketIds.map((ticketId) => {
      const label = labelOf(ctx, ticketId, first.sessionId);
      if (!label) throw notFound('seat of the first session', ticketId);
      if (!prices.has(label.tierName)) throw new BoxOfficeError('PACKAGE_TIER_NOT_COVERED', `The package ${pkg.name} does not cover ${label.tierName} seats.`, { packageName: pkg.name, tierName: label.tierName });
      return label;
    });
    takeHold(ctx, first.sessionId, ticketIds, holdId);
    const chosen = new Map<string, string[]>(sessions.map((s) => [s.sessionId, []]));
    const sets = picked.map((label) => {
      const seats = sessions.map((session, index): ProposedSeat => {
        if (index === 0) return { sessionId: session.sessionId, ticketId: label.ticketId, seatText: seatText(label), same: true };
        if (session.hasSeat !== 1) return { sessionId: session.sessionId, ticketId: null, seatText: seatText(null), same: true };
        const taken = chosen.get(session.sessionId) ?? [];
        const same = sameSeat(ctx, session, label, holdId);
        const seat = same && !taken.includes(same.ticketId) ? same : bestOfTier(ctx, session, label.tierName, taken);
        taken.push(seat.ticketId);
        chosen.set(session.sessionId, taken);
        return { sessionId: session.sessionId, ticketId: seat.ticketId, seatText: seatText(seat), same: seat === same };
      });
      return { tierName: label.tierName, priceFen: prices.get(label.tierName) ?? 0, seats };
    });
    for (const [sessionId, ids] of chosen) if (sessionId !== first.sessionId && ids.length > 0) takeHold(ctx, sessionId, ids, holdId);
    const hold = holdView(ctx, holdId, first.sessionId);
    return { holdId, expiresAt: hold.expiresAt, sets, totalFen: sets.reduce((sum, s) => sum + s.priceFen, 0) };
  });
}

/** The best free seat of the tier in a session, other than those already proposed; refuses when there is none. */
function bestOfTier(ctx: DomainContext, session: PackageSessionRow, tierName: string, taken: readonly string[]): SeatLabel {
  const tier = tiersNamed(ctx, [session.sessionId], tierName)[0];
  const hall = getRow<{ hallId: string }>(ctx.db, 'SELECT hall_id AS hallId FROM sessions WHERE id = ?', session.sessionId);
  const found = tier && hall ? searchBestBlock(ctx, { sessionId: session.sessionId, hallId: hall.hallId, priceTierId: tier.priceTierId, count: 1, accessible: 0, settled: false, except: taken }) : null;
  const best = found?.block?.[0];
  const label = best && labelOf(ctx, best, session.sessionId);
  if (!label) {
    throw new BoxOfficeError('NOT_ENOUGH_TICKETS', `No ${tierName} seat is left in ${session.sessionName}: the package cannot be sold in this tier.`, {
      tierName,
      sessionName: session.sessionName,
      available: 0,
      requested: 1,
    });
  }
  return label;
}
