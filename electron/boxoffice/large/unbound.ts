import type { z } from 'zod';
// The manager's countdown: held tickets of large sessions still without a named holder, and the time left to bind them.
import { getLargeSession, listUpcomingLargeSessions, type LargeSessionRow } from '../../../db/large';
import { allRows, getRow } from '../../../db/statements';
import type { DomainContext } from '../context';
import { notFound } from '../errors';
import { heldShare, type HeldShare } from './held-share';
import type { unboundHeldInput } from './schemas';
import { bindingDeadline } from './schemas';
import { seatText, type SeatParts } from '../format';

/** A complimentary or staff ticket issued without a holder's ID: bind it with held.bindHolder. */
export interface UnboundIssuedTicket {
  orderLineId: string;
  orderId: string;
  orderNumber: string;
  ticketId: string;
  ticketType: 'complimentary' | 'staff';
  seatText: string;
  tierName: string;
  issuedAt: number;
}

/** A seat the box office reserved and has not issued: issue it to a named holder (sales.sell, allowReserved) or release it. */
export interface ReservedTicket {
  ticketId: string;
  seatText: string;
  tierName: string;
  note: string;
}

export interface UnboundHeldSession {
  sessionId: string;
  performanceId: string;
  performanceName: string;
  sessionName: string;
  startsAt: number;
  large: boolean;
  bindingDeadline: number;
  /** Until the deadline; negative once it passed. */
  msLeft: number;
  overdue: boolean;
  approvedAudience: number | null;
  heldCap: number | null;
  held: HeldShare['held'];
  unboundCount: number;
  issued: UnboundIssuedTicket[];
  reserved: ReservedTicket[];
}

export interface UnboundHeldList {
  now: number;
  totalUnbound: number;
  /** Soonest deadline first. */
  sessions: UnboundHeldSession[];
}

function sessionCountdown(ctx: DomainContext, session: LargeSessionRow, now: number): UnboundHeldSession {
  const issued = allRows<UnboundIssuedTicket & SeatParts>(
    ctx.db,
    `SELECT l.id AS orderLineId, o.id AS orderId, o.number AS orderNumber, l.ticket_id AS ticketId, o.ticket_type AS ticketType, t.name AS tierName,
       l.created_at AS issuedAt, seats.floor_name AS floor, seats.area_name AS area, seats.row_name AS row, seats.seat_no AS seat
     FROM order_lines l JOIN orders o ON o.id = l.order_id JOIN price_tiers t ON t.id = l.price_tier_id JOIN tickets k ON k.id = l.ticket_id
       LEFT JOIN seats ON seats.id = k.seat_id
     WHERE l.session_id = ? AND l.status = 'active' AND l.id_hmac IS NULL AND o.ticket_type IN ('complimentary', 'staff') ORDER BY l.rowid`,
    session.sessionId,
  ).map(({ floor, area, row, seat, ...ticket }) => ({ ...ticket, seatText: seatText({ floor, area, row, seat }) }));
  const reserved = allRows<Omit<ReservedTicket, 'seatText'> & SeatParts>(
    ctx.db,
    `SELECT k.id AS ticketId, t.name AS tierName, k.note, seats.floor_name AS floor, seats.area_name AS area, seats.row_name AS row, seats.seat_no AS seat
     FROM tickets k JOIN price_tiers t ON t.id = k.price_tier_id LEFT JOIN seats ON seats.id = k.seat_id
     WHERE k.session_id = ? AND k.status = 'reserved' ORDER BY seats.line, k.rowid`,
    session.sessionId,
  ).map(({ floor, area, row, seat, ...ticket }) => ({ ...ticket, seatText: seatText({ floor, area, row, seat }) }));
  const share = heldShare(ctx, session.sessionId);
  const deadline = bindingDeadline(session.startsAt);
  const performanceName = getRow<{ name: string }>(ctx.db, 'SELECT name FROM performances WHERE id = ?', session.performanceId)?.name ?? '';
  return {
    sessionId: session.sessionId,
    performanceId: session.performanceId,
    performanceName,
    sessionName: session.name,
    startsAt: session.startsAt,
    large: session.large === 1,
    bindingDeadline: deadline,
    msLeft: deadline - now,
    overdue: now >= deadline,
    approvedAudience: share.approvedAudience,
    heldCap: share.cap,
    held: share.held,
    unboundCount: issued.length + reserved.length,
    issued,
    reserved,
  };
}

/**
 * Held tickets without a named holder, per large session, soonest deadline first: one session, or every large session
 * that has not started. Manager only.
 */
export function unboundHeldTickets(ctx: DomainContext, input: z.output<typeof unboundHeldInput>): UnboundHeldList {
  const { sessionId } = input;
  const now = ctx.clock();
  let sessions: LargeSessionRow[];
  if (sessionId === undefined) {
    sessions = listUpcomingLargeSessions(ctx.db, now);
  } else {
    const one = getLargeSession(ctx.db, sessionId);
    if (!one) throw notFound('session', sessionId);
    sessions = [one];
  }
  const list = sessions.map((s) => sessionCountdown(ctx, s, now));
  return { now, totalUnbound: list.reduce((sum, s) => sum + s.unboundCount, 0), sessions: list };
}
