// An evening at the box office through the real domain services, so the outbox holds what production
// writes: the catalog, stock and ticket states, orders, refunds (some seats sold again), first entries.
import { checkIn } from '../../../../electron/boxoffice/gate/check-in';
import { refund } from '../../../../electron/boxoffice/refunds/refund';
import { sell } from '../../../../electron/boxoffice/sales/sell';
import { openShift } from '../../../../electron/boxoffice/shifts/shifts';
import { seatMap } from '../../../../electron/boxoffice/catalog/queries';
import { createPerformance } from '../../../../electron/boxoffice/catalog/performances';
import { createSession } from '../../../../electron/boxoffice/catalog/sessions';
import { generateTickets } from '../../../../electron/boxoffice/catalog/tickets';
import { HOUR, type TestWorld } from '../../../boxoffice/helpers/context';
import { buildTheatre, seatedShow, unseatedShow, type Show } from '../../../boxoffice/helpers/fixtures';
import { parseInput } from '../../../../electron/boxoffice/parse-input';
import { openShiftInput } from '../../../../electron/boxoffice/shifts/schemas';
import { createPerformanceInput, createSessionInput, generateTicketsInput, sessionIdInput } from '../../../../electron/boxoffice/catalog/schemas';
import { sellInput } from '../../../../electron/boxoffice/sales/schemas';
import { refundInput } from '../../../../electron/boxoffice/refunds/schemas';
import { checkInInput } from '../../../../electron/boxoffice/gate/schemas';

export interface Evening {
  seated: Show;
  unseated: Show;
  orders: number;
  tickets: number;
  refunds: number;
  resales: number;
  checkIns: number;
}

/** A small repeatable generator, so a failing run can be replayed. */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

/**
 * Sells `orders` orders of one or two tickets (seated and unseated sessions alternately), refunds `refunds`
 * of them (every other one a seated seat sold again right after), then admits `checkIns` tickets at the gates.
 */
export function evening(world: TestWorld, options: { orders: number; refunds: number; checkIns: number; seed?: number }): Evening {
  const random = seeded(options.seed ?? 1);
  const theatre = buildTheatre(world);
  const seated = seatedShow(world, theatre);
  const unseated = unseatedShow(world, theatre);
  openShift(world.clerk, parseInput(openShiftInput, { floatFen: 0 }));
  const freeSeats = () => seatMap(world.clerk, parseInput(sessionIdInput, { sessionId: seated.session.id })).seats.filter((s) => s.state === 'available').map((s) => s.ticketId);
  const sold: { orderId: string; sessionId: string; lines: { orderLineId: string; ticketId: string; ticketCode: string }[] }[] = [];
  let tickets = 0;
  for (let i = 0; i < options.orders; i++) {
    const count = 1 + Math.floor(random() * 2);
    const order =
      i % 2 === 0 && freeSeats().length >= count
        ? sell(world.clerk, parseInput(sellInput, { sessionId: seated.session.id, seats: freeSeats().slice(0, count).map((ticketId) => ({ ticketId })), payment: { method: 'card', reference: `c${i}` } }))
        : sell(world.clerk, parseInput(sellInput, { sessionId: unseated.session.id, unseated: [{ priceTierId: (random() < 0.8 ? unseated.tier['站票'] : unseated.tier['学生']) ?? '', quantity: count }], payment: { method: 'card', reference: `u${i}` } }));
    sold.push({ orderId: order.id, sessionId: order.sessionId, lines: order.lines.map((l) => ({ orderLineId: l.orderLineId, ticketId: l.ticketId, ticketCode: l.ticketCode })) });
    tickets += order.lines.length;
    world.clock.now += 60_000;
  }
  let refunds = 0;
  let resales = 0;
  const refunded = new Set<string>();
  for (const order of sold.filter((_, i) => i % Math.max(1, Math.floor(sold.length / Math.max(1, options.refunds))) === 0).slice(0, options.refunds)) {
    const line = order.lines[0];
    if (!line) continue;
    refund(world.clerk, parseInput(refundInput, { orderId: order.orderId, orderLineIds: [line.orderLineId], reason: '观众行程变更' }));
    refunded.add(line.orderLineId);
    refunds++;
    world.clock.now += 60_000;
    if (order.sessionId === seated.session.id && refunds % 2 === 0) {
      const again = sell(world.clerk, parseInput(sellInput, { sessionId: seated.session.id, seats: [{ ticketId: line.ticketId }], payment: { method: 'card', reference: `r${refunds}` } }));
      sold.push({ orderId: again.id, sessionId: again.sessionId, lines: again.lines.map((l) => ({ orderLineId: l.orderLineId, ticketId: l.ticketId, ticketCode: l.ticketCode })) });
      tickets++;
      resales++;
    }
  }
  let checkIns = 0;
  for (const show of [unseated, seated]) {
    world.clock.now = show.session.startsAt - HOUR / 2;
    for (const order of sold.filter((o) => o.sessionId === show.session.id)) {
      for (const line of order.lines.filter((l) => !refunded.has(l.orderLineId))) {
        if (checkIns >= options.checkIns) break;
        const result = checkIn(world.gate, parseInput(checkInInput, { gateName: checkIns % 2 ? '东门' : '西门', sessionIds: [show.session.id], code: line.ticketCode, entry: 'device' }));
        if (result.verdict !== 'valid') throw new Error(`check-in refused: ${result.verdict}`);
        checkIns++;
        world.clock.now += 1_000;
      }
    }
  }
  return { seated, unseated, orders: sold.length, tickets, refunds, resales, checkIns };
}

/**
 * One more session in the unseated hall of an evening, sold and admitted: `orders` orders of two tickets, every
 * ticket checked in. Returns what was added (for tests that need more work for the worker mid-run).
 */
export function encore(world: TestWorld, hallId: string, orders: number): { orders: number; tickets: number; checkIns: number } {
  const performance = createPerformance(world.manager, parseInput(createPerformanceInput, { name: `加演${world.clock.now}`, approval: '沪文演(2025)003号', typeId: 1001 }));
  const startsAt = world.clock.now + 2 * HOUR;
  const session = createSession(world.manager, parseInput(createSessionInput, { performanceId: performance.id, hallId, name: '加演', startsAt, endsAt: startsAt + HOUR, salesOpenAt: world.clock.now, tiers: [{ name: '站票', priceFen: 8000, quantity: orders * 2 }] }));
  generateTickets(world.manager, parseInput(generateTicketsInput, { sessionId: session.id }));
  const tierId = session.tiers[0]?.id ?? '';
  const codes: string[] = [];
  for (let i = 0; i < orders; i++) {
    const order = sell(world.clerk, parseInput(sellInput, { sessionId: session.id, unseated: [{ priceTierId: tierId, quantity: 2 }], payment: { method: 'card', reference: `e${i}` } }));
    codes.push(...order.lines.map((l) => l.ticketCode));
  }
  world.clock.now = startsAt - HOUR / 2;
  for (const code of codes) {
    const result = checkIn(world.gate, parseInput(checkInInput, { gateName: '南门', sessionIds: [session.id], code, entry: 'device' }));
    if (result.verdict !== 'valid') throw new Error(`check-in refused: ${result.verdict}`);
  }
  world.clock.now = startsAt + 2 * HOUR;
  return { orders, tickets: codes.length, checkIns: codes.length };
}
