// The benchmark's backlog: what the outbox of a large venue holds after a long outage. The catalog comes from
// the domain services (venue, hall, performance, sessions, tiers, tickets and their states); the events are
// written with db/outbox/write.ts in large transactions, valid as the services would write them.
import { randomBytes } from 'node:crypto';
import type { Db } from '../../db/open';
import { appendEvent, upsertState } from '../../db/outbox/write';
import type { OutboxPayload } from '../../db/outbox/payloads';
import { createPersonalDataCipher } from '../../electron/boxoffice/personal-data/cipher';
import type { DomainContext } from '../../electron/boxoffice/context';
import { createHall, createVenue } from '../../electron/boxoffice/catalog/venues';
import { createPerformance } from '../../electron/boxoffice/catalog/performances';
import { createSession } from '../../electron/boxoffice/catalog/sessions';
import { generateTickets } from '../../electron/boxoffice/catalog/tickets';
import { parseInput } from '../../electron/boxoffice/parse-input';
import { createHallInput, createPerformanceInput, createSessionInput, createVenueInput, generateTicketsInput } from '../../electron/boxoffice/catalog/schemas';

export interface Backlog {
  sessions: number;
  tickets: number;
  orders: number;
  refunds: number;
  checkIns: number;
  /** The fewest calls that can carry it all: one per order and refund, lists of 200, one inventory call per session. */
  minimumCalls: number;
}

/** Fills `db` with `orders` orders of `perOrder` tickets over `sessions` sessions, `refunds` one-ticket refunds and `checkIns` first entries. */
export function buildBacklog(db: Db, options: { sessions: number; orders: number; perOrder: number; refunds: number; checkIns: number }): Backlog {
  db.exec(`INSERT INTO users (id, username, display_name, role, secret_hash, created_at, updated_at) VALUES ('usr_m', 'manager', 'M', 'manager', 'x', 0, 0)`);
  const now = Date.now();
  const manager: DomainContext = { db, cipher: createPersonalDataCipher(randomBytes(32)), clock: () => now, actor: { userId: 'usr_m', username: 'manager', role: 'manager', address: null } };
  const perSession = Math.ceil((options.orders * options.perOrder) / options.sessions);
  const venue = createVenue(manager, parseInput(createVenueInput, { name: '体育中心', address: '体育路 1 号', provinceId: 440000, cityId: 440100, districtId: 440106 }));
  const hall = createHall(manager, parseInput(createHallInput, { venueId: venue.id, name: '主场馆', hasSeat: false, seatingCapacity: perSession }));
  const performance = createPerformance(manager, parseInput(createPerformanceInput, { name: '巡回演唱会', approval: '粤文演(2025)100号', typeId: 1001 }));
  const sessions = Array.from({ length: options.sessions }, (_, i) => {
    const startsAt = now + (i + 1) * 86_400_000;
    const session = createSession(manager, parseInput(createSessionInput, { performanceId: performance.id, hallId: hall.id, name: `第${i + 1}场`, startsAt, endsAt: startsAt + 3 * 3_600_000, salesOpenAt: now, tiers: [{ name: '内场', priceFen: 68_000, quantity: perSession }] }));
    generateTickets(manager, parseInput(generateTicketsInput, { sessionId: session.id }));
    const tierId = session.tiers[0]?.id ?? '';
    const ticketIds = db.prepare('SELECT id FROM tickets WHERE session_id = ? ORDER BY rowid').pluck().all(session.id) as string[];
    return { id: session.id, tierId, ticketIds };
  });

  let orders = 0;
  let refunds = 0;
  let checkIns = 0;
  const sold: { orderId: string; sessionId: string; tierId: string; lines: { lineId: string; ticketId: string; amount: number }[] }[] = [];
  db.transaction(() => {
    for (let o = 0; o < options.orders; o++) {
      const session = sessions[o % sessions.length];
      if (!session) break;
      const base = Math.floor(o / sessions.length) * options.perOrder;
      const orderId = `ord_b${o}`;
      const lines = session.ticketIds.slice(base, base + options.perOrder).map((ticketId, i) => ({ lineId: `tko_b${o}_${i}`, ticketId, amount: 68_000 }));
      const payload: OutboxPayload<'order'> = {
        orderId, orderTime: now, channelType: 'box_office', channelName: '体育中心售票处', ticketNum: lines.length, totalAmount: lines.length * 68_000,
        ticketType: 'regular', ticketMode: 'electronic', authMode: 'none',
        ticketOrderList: lines.map((l) => ({ ticketOrderId: l.lineId, performanceId: performance.id, sessionId: session.id, priceId: session.tierId, ticketPrice: 68_000, ticketId: l.ticketId, ticketOrderAmount: l.amount })),
      };
      appendEvent(db, 'order', orderId, payload, { scope: { performanceId: performance.id, sessionId: session.id, orderId }, refs: { tickets: lines.map((l) => l.ticketId), priceTiers: [session.tierId] }, eventAt: now, now });
      sold.push({ orderId, sessionId: session.id, tierId: session.tierId, lines });
      orders++;
    }
    const refundedTickets = new Set<string>();
    for (let r = 0; r < options.refunds; r++) {
      const order = sold[Math.floor((r * sold.length) / options.refunds)];
      const line = order?.lines[0];
      if (!order || !line) break;
      const refundId = `rfd_b${r}`;
      appendEvent(db, 'refund', refundId, { refundOrderId: refundId, orderId: order.orderId, reason: '行程变更', refundOrderTime: now, ticketOrderList: [{ ticketOrderId: line.lineId, sessionId: order.sessionId, ticketId: line.ticketId, refundAmount: line.amount }] }, {
        scope: { performanceId: performance.id, sessionId: order.sessionId, orderId: order.orderId },
        refs: { tickets: [line.ticketId], priceTiers: [order.tierId] },
        eventAt: now,
        now,
      });
      refundedTickets.add(line.ticketId);
      refunds++;
    }
    // Every sold ticket's state, as the sales rewrote it (coalesced into the row its generation queued).
    const soldTickets = new Set(sold.flatMap((o) => o.lines.map((l) => l.ticketId)));
    db.prepare(
      `UPDATE outbox SET payload = json_set(payload, '$.availableSale', 'not_for_sale') WHERE kind = 'ticket' AND status = 'pending'
       AND record_id IN (SELECT value FROM json_each(?))`,
    ).run(JSON.stringify([...soldTickets].filter((t) => !refundedTickets.has(t))));
    for (const session of sessions) {
      const taken = session.ticketIds.filter((t) => soldTickets.has(t) && !refundedTickets.has(t)).length;
      upsertState(db, 'inventory', session.tierId, { performanceId: performance.id, sessionId: session.id, priceId: session.tierId, priceName: '内场', ticketPrice: 68_000, availableInventory: perSession - taken, unavailableInventory: taken }, {
        scope: { performanceId: performance.id, sessionId: session.id, priceTierId: session.tierId },
        eventAt: now,
        now,
      });
    }
    for (const order of sold) {
      for (const line of order.lines) {
        if (checkIns >= options.checkIns) break;
        if (refundedTickets.has(line.ticketId)) continue;
        const id = `chk_b${checkIns}`;
        appendEvent(db, 'checking', id, { checkInId: id, ticketId: line.ticketId, sessionId: order.sessionId, priceId: order.tierId, checkingTime: now, checkingType: 'code', authType: 'device' }, {
          scope: { sessionId: order.sessionId, priceTierId: order.tierId, ticketId: line.ticketId, orderId: order.orderId },
          eventAt: now,
          now,
        });
        checkIns++;
      }
    }
  })();
  const tickets = sessions.reduce((sum, s) => sum + s.ticketIds.length, 0);
  const ticketCalls = sessions.reduce((sum, s) => sum + Math.ceil(s.ticketIds.length / 200), 0);
  return { sessions: sessions.length, tickets, orders, refunds, checkIns, minimumCalls: 2 + sessions.length + ticketCalls + orders + refunds + Math.ceil(checkIns / 200) };
}
