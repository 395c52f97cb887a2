// A realistic evening at a venue, built only through the domain services, so that every table and the outbox
// hold what real use would put there. Used by `boxoffice demo`.
import type { DomainContext } from '../context';
import { BoxOfficeError } from '../errors';
import { createHall, createVenue, importSeatLayout } from '../catalog/venues';
import { createPerformance } from '../catalog/performances';
import { createSession, type SessionView } from '../catalog/sessions';
import { generateTickets, setTicketStatus } from '../catalog/tickets';
import { gridSeatLayoutCsv, type GridArea } from '../catalog/grid-layout';
import { seatMap } from '../catalog/queries';
import { bestAvailable } from '../holds/best-available';
import { sell } from '../sales/sell';
import { refund } from '../refunds/refund';
import { checkIn } from '../gate/check-in';
import { openShift } from '../shifts/shifts';
import type { OrderView } from '../sales/orders';
import { demoPerson, type DemoPerson } from './people';
import { mulberry32 } from '../../seeded-random';
import { startOfChinaDay } from '../../china-time';
import { buildLargeDemo, type LargeDemoSummary } from './large-demo';
import { parseInput } from '../parse-input';
import { createHallInput, createPerformanceInput, createSessionInput, createVenueInput, generateTicketsInput, importSeatLayoutInput, sessionIdInput, setTicketStatusInput } from '../catalog/schemas';
import { openShiftInput } from '../shifts/schemas';
import { bestAvailableInput } from '../holds/schemas';
import { sellInput } from '../sales/schemas';
import { refundInput } from '../refunds/schemas';
import { checkInInput } from '../gate/schemas';

export interface DemoOptions {
  orders: number;
  refunds: number;
  checkins: number;
  seed?: number;
  /** Add a large performance (2023 rules, refund fees, held tickets): see large-demo.ts. */
  large?: boolean;
}

export interface DemoActors {
  manager: DomainContext;
  clerk: DomainContext;
  gate: DomainContext;
}

export interface DemoSummary {
  venueId: string;
  seatedHall: { id: string; seats: number };
  unseatedHall: { id: string; capacity: number };
  sessions: number;
  orders: number;
  tickets: number;
  refunds: number;
  checkins: number;
  refusedScans: number;
  large?: LargeDemoSummary;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** 1,612 seats: stalls in three areas (28 rows) and a balcony (10 rows), with aisles, accessible places and a mixing desk. */
export function operaHallLayout(): string {
  const stalls = (area: string, seats: number, x0: number): GridArea => ({
    floor: '1层',
    area,
    rows: 28,
    seatsPerRow: seats,
    x0,
    flags: (row, seat) => {
      if (area === '中区' && row === 20 && seat >= 9 && seat <= 12) return 'blocked';
      if (row === 28 && (seat === 1 || seat === seats)) return 'accessible';
      return '';
    },
  });
  const balcony = (area: string, seats: number, x0: number): GridArea => ({ floor: '2层', area, rows: 10, seatsPerRow: seats, x0, y0: 34 });
  return gridSeatLayoutCsv([stalls('左区', 12, 0), stalls('中区', 20, 14), stalls('右区', 12, 36), balcony('左区', 10, 1), balcony('中区', 18, 14), balcony('右区', 10, 34)]);
}

/** Today at hh:mm China time, in UTC ms. */
const chinaTimeToday = (now: number, hours: number, minutes: number): number => startOfChinaDay(now) + hours * HOUR + minutes * 60_000;

export function buildDemo(actors: DemoActors, options: DemoOptions): DemoSummary {
  // Seeded, so a demo built twice looks the same.
  const random = mulberry32(options.seed ?? 20240601);
  const { manager, clerk, gate } = actors;
  const now = manager.clock();

  const venue = createVenue(manager, parseInput(createVenueInput, { name: '星河大剧院', address: '上海市徐汇区龙华中路 888 号', provinceId: 310000, cityId: 310100, districtId: 310104, venueType: '剧场', managementCompany: '星河文化演艺有限公司' }));
  const opera = createHall(manager, parseInput(createHallInput, { venueId: venue.id, name: '歌剧厅', hasSeat: true, seatingChartUrl: 'https://example.cn/xinghe/opera-hall.png' }));
  const layout = importSeatLayout(manager, parseInput(importSeatLayoutInput, { hallId: opera.id, csv: operaHallLayout() }));
  const studio = createHall(manager, parseInput(createHallInput, { venueId: venue.id, name: '多功能厅', hasSeat: false, seatingCapacity: 800 }));

  // A drama in the opera hall: tonight (starting in 40 minutes, so the gate is open), tomorrow and the day after.
  const drama = createPerformance(manager, parseInput(createPerformanceInput, {
    name: '雷雨',
    approval: '沪文旅演〔2025〕0618号',
    typeId: 1001,
    posterUrl: 'https://example.cn/xinghe/leiyu.jpg',
    description: '曹禺经典话剧，讲述周、鲁两家三十年间的恩怨纠葛。',
    sponsor: '星河文化演艺有限公司',
    performer: '星河话剧团',
    realNameMode: 'per_ticket',
    limitPerIdSession: 4,
  }));
  const tonight = now + 40 * 60_000;
  const dramaStarts = [tonight, chinaTimeToday(now, 19, 30) + DAY, chinaTimeToday(now, 19, 30) + 2 * DAY];
  const dramaSessions = dramaStarts.map((startsAt, i) => {
    const session = createSession(manager, parseInput(createSessionInput, {
      performanceId: drama.id,
      hallId: opera.id,
      name: ['今晚场', '明晚场', '后天晚场'][i] ?? `第${i + 1}场`,
      startsAt,
      endsAt: startsAt + 2.5 * HOUR,
      salesOpenAt: now - DAY,
      salesCloseAt: startsAt + 30 * 60_000,
      tiers: [
        { name: 'VIP票', priceFen: 88_000, color: '#c0392b' },
        { name: '甲票', priceFen: 58_000, color: '#d35400' },
        { name: '乙票', priceFen: 38_000, color: '#2980b9' },
        { name: '丙票', priceFen: 18_000, color: '#27ae60' },
      ],
    }));
    const tier = (name: string) => session.tiers.find((t) => t.name === name)?.id ?? '';
    const front = Array.from({ length: 10 }, (_, r) => `${r + 1}排`);
    return generateTickets(manager, parseInput(generateTicketsInput, {
      sessionId: session.id,
      seatRules: [
        { priceTierId: tier('乙票'), floor: '1层' },
        { priceTierId: tier('甲票'), floor: '1层', area: '中区' },
        { priceTierId: tier('VIP票'), floor: '1层', area: '中区', rows: front },
        { priceTierId: tier('丙票'), floor: '2层' },
      ],
    }));
  });
  // House seats for the press tonight.
  const firstSession = dramaSessions[0];
  if (firstSession) {
    const press = seatMap(manager, parseInput(sessionIdInput, { sessionId: firstSession.id })).seats.filter((s) => s.floor === '1层' && s.area === '中区' && s.row === '5排' && Number(s.seat) <= 4);
    setTicketStatus(manager, parseInput(setTicketStatusInput, { sessionId: firstSession.id, ticketIds: press.map((s) => s.ticketId), status: 'reserved', note: '媒体席' }));
  }

  // A folk festival in the unseated hall, one ID per order.
  const folk = createPerformance(manager, parseInput(createPerformanceInput, { name: '城市民谣音乐节', approval: '沪文旅演〔2025〕0702号', typeId: 1002, sponsor: '星河文化演艺有限公司', performer: '晚风乐队,山谷合唱团', realNameMode: 'per_order', limitPerIdPerformance: 6 }));
  const folkSessions = [3, 4].map((days) => {
    const startsAt = chinaTimeToday(now, 20, 0) + days * DAY;
    const session = createSession(manager, parseInput(createSessionInput, {
      performanceId: folk.id,
      hallId: studio.id,
      // Named by order, not weekday: the demo is built on any day of the week.
      name: days === 3 ? '首场' : '加场',
      startsAt,
      endsAt: startsAt + 3 * HOUR,
      salesOpenAt: now - DAY,
      tiers: [
        { name: '普通票', priceFen: 28_000, quantity: 600 },
        { name: '学生票', priceFen: 12_000, quantity: 200 },
      ],
    }));
    return generateTickets(manager, parseInput(generateTicketsInput, { sessionId: session.id }));
  });

  openShift(clerk, parseInput(openShiftInput, { floatFen: 50_000 }));
  const orders: OrderView[] = [];
  const holderOf = new Map<string, DemoPerson | undefined>();
  let tickets = 0;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const payment = (total: number) => {
    const method = pick(['cash', 'card', 'mobile', 'mobile'] as const);
    return method === 'cash' ? { method, receivedFen: Math.ceil(total / 10_000) * 10_000 } : { method, reference: `${method === 'card' ? 'POS' : 'WX'}${Math.floor(random() * 1e9)}` };
  };
  for (let i = 0; i < options.orders; i++) {
    const count = 1 + Math.floor(random() * 4);
    try {
      if (random() < 0.7) {
        // tonight gets half of the drama's sales, so the gate has something to scan
        const session: SessionView = random() < 0.5 ? (dramaSessions[0] as SessionView) : pick(dramaSessions);
        const tier = pick(session.tiers);
        const found = bestAvailable(clerk, parseInput(bestAvailableInput, { sessionId: session.id, priceTierId: tier.id, count }));
        const complimentary = random() < 0.05;
        const ctx = complimentary ? manager : clerk;
        const total = complimentary ? 0 : tier.priceFen * count;
        const holders = found.seats.map(() => demoPerson(random));
        const order = sell(ctx, parseInput(sellInput, {
          sessionId: session.id,
          holdId: found.hold.holdId,
          seats: found.seats.map((s, j) => ({ ticketId: s.ticketId, holder: holders[j] })),
          ticketType: complimentary ? 'complimentary' : 'regular',
          // an e-ticket goes to the buyer's mobile: the first holder buys
          ...(random() < 0.4 ? { ticketMode: 'electronic' as const, buyer: holders[0] } : { ticketMode: 'paper' as const }),
          payment: complimentary ? { method: 'none' } : payment(total),
          expectedTotalFen: total,
        }));
        // the gate of this demo needs each holder's document; a real box office keeps it only encrypted
        order.lines.forEach((line, j) => holderOf.set(line.orderLineId, holders[j]));
        orders.push(order);
      } else {
        const session = pick(folkSessions);
        const tier = pick(session.tiers);
        const buyer = demoPerson(random);
        orders.push(sell(clerk, parseInput(sellInput, { sessionId: session.id, unseated: [{ priceTierId: tier.id, quantity: count }], buyer, ticketMode: 'electronic', payment: payment(tier.priceFen * count) })));
      }
      tickets += count;
    } catch (error) {
      // A full tier or a purchase limit is part of a realistic evening; anything else is a bug.
      if (!(error instanceof BoxOfficeError && ['NO_ADJACENT_SEATS', 'NOT_ENOUGH_TICKETS', 'PURCHASE_LIMIT'].includes(error.code))) throw error;
    }
  }

  let refunds = 0;
  const refundable = [...orders];
  const reasons = ['行程有变', '买错场次', '身体不适', '重复购买'];
  while (refunds < options.refunds && refundable.length > 0) {
    const order = refundable.splice(Math.floor(random() * refundable.length), 1)[0];
    if (!order || order.ticketType !== 'regular') continue;
    const partial = order.lines.length > 1 && random() < 0.4;
    refund(clerk, parseInput(refundInput, { orderId: order.id, orderLineIds: partial ? [order.lines[0]?.orderLineId ?? ''] : undefined, reason: pick(reasons) }));
    refunds++;
  }

  // Tonight's gate: holders show their ID (now and then a wrong one), refunded tickets are refused, a few are scanned twice.
  let checkins = 0;
  let refusedScans = 0;
  const tonightId = firstSession?.id ?? '';
  const tonightLines = orders.filter((o) => o.sessionId === tonightId).flatMap((o) => o.lines);
  for (const line of tonightLines) {
    if (checkins >= options.checkins) break;
    const holder = holderOf.get(line.orderLineId);
    const shown = holder && random() < 0.03 ? demoPerson(random) : holder;
    const scan = { gateName: random() < 0.5 ? '东门' : '西门', sessionIds: [tonightId], code: line.ticketCode };
    const result = checkIn(gate, parseInput(checkInInput, shown ? { ...scan, idType: shown.idType, idNumber: shown.idNumber } : scan));
    if (result.admitted) checkins++;
    else refusedScans++;
    if (result.admitted && random() < 0.02 && checkIn(gate, parseInput(checkInInput, scan)).verdict === 'already_used') refusedScans++;
  }
  const large = options.large ? buildLargeDemo({ manager, clerk }, opera.id, random) : undefined;
  return {
    ...(large && { large }),
    venueId: venue.id,
    seatedHall: { id: opera.id, seats: layout.seats },
    unseatedHall: { id: studio.id, capacity: 800 },
    sessions: dramaSessions.length + folkSessions.length,
    orders: orders.length,
    tickets,
    refunds,
    checkins,
    refusedScans,
  };
}
