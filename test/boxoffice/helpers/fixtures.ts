import { createHall, createVenue, importSeatLayout } from '../../../electron/boxoffice/catalog/venues';
import { createPerformance } from '../../../electron/boxoffice/catalog/performances';
import { createSession, type SessionView } from '../../../electron/boxoffice/catalog/sessions';
import { generateTickets } from '../../../electron/boxoffice/catalog/tickets';
import { gridSeatLayoutCsv } from '../../../electron/boxoffice/catalog/grid-layout';
import type { CreatePerformanceInput } from '../../../electron/boxoffice/catalog/schemas';
import { DAY, HOUR, type TestWorld } from './context';
import { parseInput } from '../../../electron/boxoffice/parse-input';
import { createHallInput, createPerformanceInput, createSessionInput, createVenueInput, generateTicketsInput, importSeatLayoutInput } from '../../../electron/boxoffice/catalog/schemas';

export interface Theatre {
  venueId: string;
  seatedHallId: string;
  unseatedHallId: string;
}

/**
 * A venue with a seated hall (2 areas of 5 rows × 10 seats = 100 seats; seat 1排 1 of area A accessible,
 * seat 5排 10 of area B blocked) and an unseated hall of 300 places.
 */
export function buildTheatre(world: TestWorld): Theatre {
  const venue = createVenue(world.manager, parseInput(createVenueInput, { name: '城市大剧院', address: '人民路 1 号', provinceId: 310000, cityId: 310100, districtId: 310101, venueType: '剧场' }));
  const seated = createHall(world.manager, parseInput(createHallInput, { venueId: venue.id, name: '歌剧厅', hasSeat: true }));
  importSeatLayout(world.manager, parseInput(importSeatLayoutInput, {
    hallId: seated.id,
    csv: gridSeatLayoutCsv([
      { floor: '1层', area: 'A区', rows: 5, seatsPerRow: 10, flags: (r, s) => (r === 1 && s === 1 ? 'accessible' : '') },
      { floor: '1层', area: 'B区', rows: 5, seatsPerRow: 10, x0: 20, flags: (r, s) => (r === 5 && s === 10 ? 'blocked' : '') },
    ]),
  }));
  const unseated = createHall(world.manager, parseInput(createHallInput, { venueId: venue.id, name: '小剧场', hasSeat: false, seatingCapacity: 300 }));
  return { venueId: venue.id, seatedHallId: seated.id, unseatedHallId: unseated.id };
}

export interface Show {
  performanceId: string;
  session: SessionView;
  /** Tier ids by name. */
  tier: Record<string, string>;
}

/** A seated session (A区 VIP 880 yuan, B区 普通 180 yuan) on sale from now, starting in 2 days. */
export function seatedShow(world: TestWorld, theatre: Theatre, performance: Partial<CreatePerformanceInput> = {}): Show {
  const p = createPerformance(world.manager, parseInput(createPerformanceInput, { name: '雷雨', approval: '沪文演(2025)001号', typeId: 1001, ...performance }));
  const startsAt = world.clock.now + 2 * DAY;
  const session = createSession(world.manager, parseInput(createSessionInput, {
    performanceId: p.id,
    hallId: theatre.seatedHallId,
    name: '首演',
    startsAt,
    endsAt: startsAt + 2 * HOUR,
    salesOpenAt: world.clock.now,
    tiers: [
      { name: 'VIP', priceFen: 88000 },
      { name: '普通', priceFen: 18000 },
    ],
  }));
  const tier = Object.fromEntries(session.tiers.map((t) => [t.name, t.id]));
  const generated = generateTickets(world.manager, parseInput(generateTicketsInput, {
    sessionId: session.id,
    seatRules: [
      { priceTierId: tier.VIP ?? '', area: 'A区' },
      { priceTierId: tier['普通'] ?? '', area: 'B区' },
    ],
  }));
  return { performanceId: p.id, session: generated, tier };
}

/** An unseated session in the small hall: 站票 100 yuan × 200, 学生 50 yuan × 50. */
export function unseatedShow(world: TestWorld, theatre: Theatre, performance: Partial<CreatePerformanceInput> = {}): Show {
  const p = createPerformance(world.manager, parseInput(createPerformanceInput, { name: '民谣之夜', approval: '沪文演(2025)002号', typeId: 1002, ...performance }));
  const startsAt = world.clock.now + DAY;
  const session = createSession(world.manager, parseInput(createSessionInput, {
    performanceId: p.id,
    hallId: theatre.unseatedHallId,
    name: '周六场',
    startsAt,
    endsAt: startsAt + 3 * HOUR,
    salesOpenAt: world.clock.now,
    tiers: [
      { name: '站票', priceFen: 10000, quantity: 200 },
      { name: '学生', priceFen: 5000, quantity: 50 },
    ],
  }));
  const generated = generateTickets(world.manager, parseInput(generateTicketsInput, { sessionId: session.id }));
  return { performanceId: p.id, session: generated, tier: Object.fromEntries(session.tiers.map((t) => [t.name, t.id])) };
}
