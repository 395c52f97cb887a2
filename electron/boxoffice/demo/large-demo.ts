// A large performance for the demo: a concert under the 2023 rules in the opera hall, tonight and at the
// weekend, with a refund fee schedule, held tickets (some still unbound) and real-name sales. Built through the
// services only; the held tickets of tonight were issued two days ago, by a manager whose clock says so.
import type { DomainContext } from '../context';
import { BoxOfficeError } from '../errors';
import { createPerformance } from '../catalog/performances';
import { createSession } from '../catalog/sessions';
import { generateTickets, setTicketStatus } from '../catalog/tickets';
import { seatMap } from '../catalog/queries';
import { setApprovedAudience, setLargeMode } from '../large/mode';
import { bindHolder } from '../large/bind-holder';
import { setRefundSchedule } from '../refunds/schedule';
import { sell } from '../sales/sell';
import { demoPerson } from './people';
import { parseInput } from '../parse-input';
import { createPerformanceInput, createSessionInput, generateTicketsInput, sessionIdInput, setTicketStatusInput } from '../catalog/schemas';
import { bindHolderInput, setApprovedAudienceInput, setLargeModeInput } from '../large/schemas';
import { setRefundScheduleInput } from '../refunds/schemas';
import { sellInput } from '../sales/schemas';
import { chinaWallClock } from '../../china-time';

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
/** 周一 … 周日 of an instant, in China time. */
export const chinaWeekday = (ms: number): string => WEEKDAYS[chinaWallClock(ms).getUTCDay()] ?? '';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export interface LargeDemoSummary {
  performanceId: string;
  /** Tonight's session (starts in 50 minutes: the gate is open, the binding deadline has passed). */
  tonightSessionId: string;
  /** The weekend session (holders can still be bound until 24 hours before it). */
  weekendSessionId: string;
  orders: number;
  /** Complimentary tickets with no holder bound: refused at the gate tonight, still bindable for the weekend. */
  unboundHeld: number;
}

/** Adds the large performance; the clerk's shift must be open. */
export function buildLargeDemo(actors: { manager: DomainContext; clerk: DomainContext }, hallId: string, random: () => number): LargeDemoSummary {
  const { manager, clerk } = actors;
  const now = manager.clock();
  const concert = createPerformance(manager, parseInput(createPerformanceInput, { name: '星河之夜演唱会', approval: '沪文旅演〔2025〕0888号', typeId: 1003, sponsor: '星河文化演艺有限公司', performer: '星河乐队' }));
  setLargeMode(manager, parseInput(setLargeModeInput, { performanceId: concert.id, mode: 'on' }));
  setRefundSchedule(manager, parseInput(setRefundScheduleInput, { performanceId: concert.id, steps: [{ hoursBefore: 168, refundPercent: 100 }, { hoursBefore: 72, refundPercent: 80 }, { hoursBefore: 24, refundPercent: 50 }] }));
  const sessions = [
    { name: '今晚场', startsAt: now + 50 * 60_000 },
    // Named by the weekday it falls on: the demo is built on any day of the week.
    { name: `${chinaWeekday(now + 2.5 * DAY)}场`, startsAt: now + 2.5 * DAY },
  ].map(({ name, startsAt }) => {
    const session = createSession(manager, parseInput(createSessionInput, {
      performanceId: concert.id,
      hallId,
      name,
      startsAt,
      endsAt: startsAt + 3 * HOUR,
      salesOpenAt: now - 7 * DAY,
      tiers: [
        { name: '内场', priceFen: 128_000, color: '#8e44ad' },
        { name: '看台', priceFen: 68_000, color: '#16a085' },
      ],
    }));
    setApprovedAudience(manager, parseInput(setApprovedAudienceInput, { sessionId: session.id, approvedAudience: 1600 }));
    const tier = (n: string) => session.tiers.find((t) => t.name === n)?.id ?? '';
    return generateTickets(manager, parseInput(generateTicketsInput, { sessionId: session.id, seatRules: [{ priceTierId: tier('看台') }, { priceTierId: tier('内场'), floor: '1层' }] }));
  });
  const [tonight, weekend] = sessions;
  if (!tonight || !weekend) throw new Error('the large demo needs its two sessions');

  let orders = 0;
  let unboundHeld = 0;
  for (const session of sessions) {
    const free = seatMap(manager, parseInput(sessionIdInput, { sessionId: session.id })).seats.filter((s) => s.state === 'available');
    const take = (n: number) => free.splice(0, n).map((s) => s.ticketId);
    setTicketStatus(manager, parseInput(setTicketStatusInput, { sessionId: session.id, ticketIds: take(6), status: 'reserved', note: '赞助商' }));
    // Held tickets are issued before the deadline: tonight's two days ago.
    const issuer: DomainContext = session === tonight ? { ...manager, clock: () => now - 2 * DAY } : manager;
    const comp = sell(issuer, parseInput(sellInput, { sessionId: session.id, seats: take(3).map((ticketId) => ({ ticketId })), ticketType: 'complimentary', payment: { method: 'none' } }));
    for (const line of comp.lines.slice(0, 2)) bindHolder(issuer, parseInput(bindHolderInput, { orderLineId: line.orderLineId, holder: demoPerson(random) }));
    unboundHeld += comp.lines.length - 2;
    orders++;
    for (let i = 0; i < 8; i++) {
      const seats = take(1 + Math.floor(random() * 2)).map((ticketId) => ({ ticketId, holder: demoPerson(random) }));
      try {
        sell(clerk, parseInput(sellInput, { sessionId: session.id, seats, payment: { method: 'mobile', reference: `WX${Math.floor(random() * 1e9)}` } }));
        orders++;
      } catch (error) {
        // Two made-up people with one ID number would be refused, as they should be.
        if (!(error instanceof BoxOfficeError && error.code === 'ONE_TICKET_PER_ID')) throw error;
      }
    }
  }
  return { performanceId: concert.id, tonightSessionId: tonight.id, weekendSessionId: weekend.id, orders, unboundHeld };
}
