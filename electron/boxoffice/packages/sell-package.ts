// Selling a package (套票): one order, one ticket per session per package, the package's price spread over them.
import type { z } from 'zod';
import { newId } from '../../../db/ids';
import { getHall, getPerformance, getSession, getVenue, type PerformanceRow, type SessionRow } from '../../../db/catalog';
import { getPackage, insertPackageOrder, listPackageSessions, listPackageTiers } from '../../../db/packages';
import { insertOrderLines } from '../../../db/sales';
import { allRows } from '../../../db/statements';
import type { DomainContext } from '../context';
import { BoxOfficeError, notFound } from '../errors';
import { storePerson } from '../personal-data/persons';
import { audit, inTransaction } from '../service';
import { assertSalesOpen } from '../sales/rules';
import { takeFromPools, takeSeats, type TakenTicket } from '../sales/take-tickets';
import { checkPurchaseLimits, ticketIdHashes } from '../sales/real-name';
import { largeSaleRules } from '../large/sale-rules';
import { channelName } from '../sales/sell';
import { orderTicketCodes } from '../sales/ticket-codes';
import { checkPayment, insertPaidOrder } from '../sales/payment';
import { appendOrderEvent } from '../sales/order-event';
import { orderView, type OrderView } from '../sales/orders';
import { queueSaleDeliveries } from '../eticket/queue';
import type { sellPackageInput } from './schemas';
import { spreadPackagePrice } from './spread';
import { tiersNamed } from './packages';

type Sale = z.output<typeof sellPackageInput>;

interface SessionPart {
  session: SessionRow;
  performance: PerformanceRow;
  seated: boolean;
}

const STRICTNESS = { none: 0, per_order: 1, per_ticket: 2 } as const;

/** Each set's seat in each seated session, checked against the package's sessions and the set's tier. */
function seatsBySession(ctx: DomainContext, sale: Sale, parts: readonly SessionPart[]): Map<string, string>[] {
  return sale.sets.map((set, i) => {
    const rows = allRows<{ id: string; sessionId: string; tierName: string }>(
      ctx.db,
      'SELECT k.id, k.session_id AS sessionId, t.name AS tierName FROM tickets k JOIN price_tiers t ON t.id = k.price_tier_id WHERE k.id IN (SELECT value FROM json_each(?))',
      JSON.stringify(set.ticketIds),
    );
    const bySession = new Map(rows.map((r) => [r.sessionId, r.id]));
    const seated = parts.filter((p) => p.seated).map((p) => p.session.id);
    const wrongTier = rows.find((r) => r.tierName !== set.tierName);
    const fits = rows.length === set.ticketIds.length && bySession.size === rows.length && seated.length === rows.length && seated.every((id) => bySession.has(id));
    if (!fits || wrongTier) {
      throw new BoxOfficeError('PACKAGE_SEATS_MISMATCH', `Package ${i + 1} needs one ${set.tierName} seat in each seated session of the package.`, { field: `sets.${i}.ticketIds`, set: i + 1, tierName: set.tierName });
    }
    return bySession;
  });
}

/**
 * Sells `sets` packages as one order of regular tickets: a ticket in every session of the package for each, taken
 * from the clerk's hold (seated) or the tier's pool (unseated) under each session's rules (sales window, real name,
 * purchase limits, a large performance's one ID per session). Each package's price is spread over its tickets in
 * proportion to their tiers' prices (spread.ts), so the order's total is the packages' prices exactly. Order, tickets,
 * package row, outbox rows and audit in one transaction.
 */
export function sellPackage(ctx: DomainContext, sale: Sale): OrderView {
  return inTransaction(ctx, () => {
    const now = ctx.clock();
    const pkg = getPackage(ctx.db, sale.packageId);
    if (!pkg) throw notFound('package', sale.packageId);
    if (pkg.active !== 1) throw new BoxOfficeError('PACKAGE_OFF_SALE', `The package ${pkg.name} is switched off.`, { packageName: pkg.name });
    const parts = listPackageSessions(ctx.db, pkg.id).map((row): SessionPart => {
      const session = getSession(ctx.db, row.sessionId);
      const performance = session && getPerformance(ctx.db, session.performanceId);
      if (!session || !performance) throw notFound('session', row.sessionId);
      assertSalesOpen(session, now);
      if (performance.maxTicketsPerOrder !== null && sale.sets.length > performance.maxTicketsPerOrder) {
        throw new BoxOfficeError('ORDER_LIMIT', `At most ${performance.maxTicketsPerOrder} tickets can be sold in one order for ${performance.name}.`, { limit: performance.maxTicketsPerOrder, requested: sale.sets.length });
      }
      return { session, performance, seated: row.hasSeat === 1 };
    });
    const [first] = parts;
    const hall = first && getHall(ctx.db, first.session.hallId);
    const venue = hall && getVenue(ctx.db, hall.venueId);
    if (!first || !venue) throw notFound('package', pkg.id);
    const prices = new Map(listPackageTiers(ctx.db, pkg.id).map((t) => [t.tierName, t.priceFen]));
    sale.sets.forEach((set, i) => {
      if (!prices.has(set.tierName)) throw new BoxOfficeError('PACKAGE_TIER_NOT_COVERED', `The package ${pkg.name} does not cover ${set.tierName} seats.`, { field: `sets.${i}.tierName`, packageName: pkg.name, tierName: set.tierName });
    });
    const seats = seatsBySession(ctx, sale, parts);

    // taken[session][set]: the ticket of each package in each session
    const taken = parts.map(({ session, performance, seated }) => {
      const large = largeSaleRules(ctx, session, performance, 'regular');
      const tickets: TakenTicket[] = sale.sets.flatMap((set, i) => {
        const got = seated
          ? takeSeats(ctx, session, [{ ticketId: seats[i]?.get(session.id) ?? '', holder: set.holder }], { holdId: sale.holdId, allowReserved: false })
          : takeFromPools(ctx, session, [{ priceTierId: tierIdIn(ctx, session.id, set.tierName), quantity: 1, holders: set.holder ? [set.holder] : undefined }]);
        return got.map((t) => ({ ...t, field: `sets.${i}.holder` }));
      });
      const hashes = ticketIdHashes(ctx, performance, tickets, sale.buyer);
      const counted = performance.realNameMode === 'per_order' ? tickets.map(() => sale.buyer) : tickets.map((t) => t.holder);
      large.checkIds(hashes, counted, tickets.map((t) => t.field));
      checkPurchaseLimits(ctx, performance, session, hashes, counted);
      return tickets.map((ticket, i) => ({ ticket, hash: hashes[i] ?? null }));
    });

    const shares = sale.sets.map((set, i) => spreadPackagePrice(prices.get(set.tierName) ?? 0, taken.map((inSession) => inSession[i]?.ticket.priceFen ?? 0)));
    const total = sale.sets.reduce((sum, set) => sum + (prices.get(set.tierName) ?? 0), 0);
    const shift = checkPayment(ctx, sale.payment, total, sale.expectedTotalFen);
    const authMode = parts.map((p) => p.performance.realNameMode).reduce((a, b) => (STRICTNESS[b] > STRICTNESS[a] ? b : a));

    const buyer = sale.buyer ? storePerson(ctx, sale.buyer) : null;
    const { id: orderId } = insertPaidOrder(ctx, {
      sessionId: first.session.id,
      performanceId: first.performance.id,
      ticketType: 'regular',
      ticketMode: sale.ticketMode,
      authMode,
      ticketCount: sale.sets.length * parts.length,
      totalFen: total,
      payment: sale.payment,
      channelName: channelName(venue.name),
      buyerId: buyer?.personId ?? null,
      shiftId: shift?.id ?? null,
      at: now,
    });
    // One holder per package: stored once, named on each of its tickets.
    const holders = sale.sets.map((set) => (set.holder ? storePerson(ctx, set.holder).personId : null));
    const codes = orderTicketCodes(sale.sets.length * parts.length);
    const lines = sale.sets.flatMap((_, i) =>
      parts.map(({ session, performance }, s) => {
        const entry = taken[s]?.[i];
        if (!entry) throw notFound('ticket of the package', `${i}/${s}`);
        return {
          id: newId('tko_'),
          orderId,
          ticketId: entry.ticket.ticketId,
          sessionId: session.id,
          performanceId: performance.id,
          priceTierId: entry.ticket.priceTierId,
          priceFen: entry.ticket.priceFen,
          amountFen: shares[i]?.[s] ?? 0,
          ticketCode: codes[i * parts.length + s] ?? '',
          ticketMode: sale.ticketMode,
          holderId: holders[i] ?? null,
          idHmac: entry.hash,
          printCount: sale.ticketMode === 'paper' ? 1 : 0,
          createdAt: now,
          place: { floor: entry.ticket.floor, area: entry.ticket.area, row: entry.ticket.row, seat: entry.ticket.seat },
        };
      }),
    );
    insertOrderLines(ctx.db, lines);
    insertPackageOrder(ctx.db, orderId, { packageId: pkg.id, packageName: pkg.name, refundRule: pkg.refundRule, sets: sale.sets.length });
    queueSaleDeliveries(ctx, { id: orderId, ticketMode: sale.ticketMode, buyerId: buyer?.personId ?? null, lines });
    appendOrderEvent(
      ctx,
      { id: orderId, at: now, channelName: channelName(venue.name), totalFen: total, ticketType: 'regular', ticketMode: sale.ticketMode, authMode, performanceId: first.performance.id, sessionId: first.session.id },
      lines,
    );
    audit(ctx, 'order.sell', orderId, { packageId: pkg.id, packageName: pkg.name, sets: sale.sets.length, sessions: parts.map((p) => p.session.id), tickets: lines.length, totalFen: total, ticketType: 'regular', paymentMethod: sale.payment.method });
    return orderView(ctx, orderId);
  });
}

function tierIdIn(ctx: DomainContext, sessionId: string, tierName: string): string {
  const tier = tiersNamed(ctx, [sessionId], tierName)[0];
  if (!tier) throw notFound('price tier of this session', tierName);
  return tier.priceTierId;
}
