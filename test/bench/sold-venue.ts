// A venue's database as the domain benchmarks need it: a 10,000-seat hall, `sessions` sessions of it with their
// tickets generated, all but the last sold out in orders of 50 (the gate scans among their tickets), a clerk's open
// shift for selling the last session's seats.
import { randomBytes } from 'node:crypto';
import type { Db } from '../../db/open';
import { createPersonalDataCipher } from '../../electron/boxoffice/personal-data/cipher';
import type { DomainContext } from '../../electron/boxoffice/context';
import { createHall, createVenue, importSeatLayout } from '../../electron/boxoffice/catalog/venues';
import { createPerformance } from '../../electron/boxoffice/catalog/performances';
import { createSession } from '../../electron/boxoffice/catalog/sessions';
import { generateTickets } from '../../electron/boxoffice/catalog/tickets';
import { gridSeatLayoutCsv } from '../../electron/boxoffice/catalog/grid-layout';
import { sell } from '../../electron/boxoffice/sales/sell';
import { openShift } from '../../electron/boxoffice/shifts/shifts';
import { parseInput } from '../../electron/boxoffice/parse-input';
import { createHallInput, createPerformanceInput, createSessionInput, createVenueInput, generateTicketsInput, importSeatLayoutInput } from '../../electron/boxoffice/catalog/schemas';
import { openShiftInput } from '../../electron/boxoffice/shifts/schemas';
import { sellInput } from '../../electron/boxoffice/sales/schemas';

export interface SoldVenue {
  clerk: DomainContext;
  gate: DomainContext;
  sessions: string[];
  /** Each session's tickets in seat order. */
  ticketsBySession: string[][];
  /** The codes of each sold-out session's tickets, in the order they were sold. */
  codesBySession: string[][];
}

/** Builds the venue in `db` (4 areas × 50 rows × 50 seats per session). */
export function soldVenue(db: Db, sessionCount: number): SoldVenue {
  db.exec(`INSERT INTO users (id, username, display_name, role, secret_hash, created_at, updated_at) VALUES
    ('usr_m', 'manager', 'M', 'manager', 'x', 0, 0), ('usr_c', 'clerk', 'C', 'clerk', 'x', 0, 0), ('usr_g', 'gate', 'G', 'gate', 'x', 0, 0)`);
  const cipher = createPersonalDataCipher(randomBytes(32));
  const now = Date.now();
  const startsAt = now + 30 * 60_000;
  const clock = () => now;
  const ctx = (userId: string, role: 'manager' | 'clerk' | 'gate'): DomainContext => ({ db, cipher, clock, actor: { userId, username: role, role, address: null } });
  const manager = ctx('usr_m', 'manager');
  const clerk = ctx('usr_c', 'clerk');
  const gate = ctx('usr_g', 'gate');

  const venue = createVenue(manager, parseInput(createVenueInput, { name: '体育中心', address: '体育路 1 号', provinceId: 440000, cityId: 440100, districtId: 440106 }));
  const hall = createHall(manager, parseInput(createHallInput, { venueId: venue.id, name: '主场馆', hasSeat: true }));
  importSeatLayout(manager, parseInput(importSeatLayoutInput, { hallId: hall.id, csv: gridSeatLayoutCsv(['A区', 'B区', 'C区', 'D区'].map((area, i) => ({ floor: '1层', area, rows: 50, seatsPerRow: 50, x0: i * 60 }))) }));
  const performance = createPerformance(manager, parseInput(createPerformanceInput, { name: '巡回演唱会', approval: '粤文演〔2025〕1号', typeId: 1002 }));
  const sessions = Array.from({ length: sessionCount }, (_, i) => {
    const session = createSession(manager, parseInput(createSessionInput, {
      performanceId: performance.id,
      hallId: hall.id,
      name: `第${i + 1}场`,
      startsAt: startsAt + i * 60_000,
      endsAt: startsAt + 3 * 3_600_000,
      salesOpenAt: now - 86_400_000,
      tiers: [{ name: '内场', priceFen: 128_000 }, { name: '看台', priceFen: 48_000 }],
    }));
    const [floor, stand] = session.tiers;
    generateTickets(manager, parseInput(generateTicketsInput, { sessionId: session.id, seatRules: [{ priceTierId: stand?.id ?? '' }, { priceTierId: floor?.id ?? '', area: 'B区' }] }));
    return session.id;
  });
  const ticketsBySession = sessions.map((sessionId) =>
    (db.prepare("SELECT k.id FROM tickets k JOIN seats s ON s.id = k.seat_id WHERE k.session_id = ? ORDER BY s.line").all(sessionId) as { id: string }[]).map((r) => r.id),
  );
  openShift(clerk, parseInput(openShiftInput, { floatFen: 0 }));
  // All but the last session sold out in orders of 50: the gate scans among their tickets.
  const codesBySession = ticketsBySession.slice(0, -1).map((tickets, s) => {
    const codes: string[] = [];
    for (let i = 0; i < tickets.length; i += 50) {
      const order = sell(clerk, parseInput(sellInput, { sessionId: sessions[s] ?? '', seats: tickets.slice(i, i + 50).map((ticketId) => ({ ticketId })), payment: { method: 'card' } }));
      for (const line of order.lines) codes.push(line.ticketCode);
    }
    return codes;
  });
  return { clerk, gate, sessions, ticketsBySession, codesBySession };
}

/**
 * The sold tickets as a gate scans them: session after session (each session's doors open in turn), each session's
 * tickets in an order unrelated to the sale's (holders arrive in any order), the same order in every run.
 */
export function doorsOpenOrder(codesBySession: readonly string[][]): string[] {
  return codesBySession.flatMap((codes) => {
    const order = [...codes];
    shuffle(order);
    return order;
  });
}

/** Shuffles in place, the same way in every run (a fixed-seed generator). */
function shuffle(items: string[]): void {
  let seed = 0x9e3779b9;
  const next = () => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    const a = items[i] ?? '';
    items[i] = items[j] ?? '';
    items[j] = a;
  }
}
