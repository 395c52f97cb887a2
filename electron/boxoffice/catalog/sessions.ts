import type { z } from 'zod';
import { newId } from '../../../db/ids';
import { getHall, getPerformance, getSession, listPriceTiers, type PriceTierRow, type SessionRow } from '../../../db/catalog';
import { run } from '../../../db/statements';
import type { DomainContext } from '../context';
import { BoxOfficeError, notFound } from '../errors';
import { audit, inTransaction } from '../service';
import { reportAllTickets, reportInventory, reportPerformanceCodes, reportSessionUpdate } from '../outbox/states';
import type { cancelSessionInput, createSessionInput, updateSessionInput } from './schemas';
import { completeSchedule } from './schemas';

export interface PriceTierView {
  id: string;
  name: string;
  priceFen: number;
  color: string;
  total: number;
  available: number;
  sold: number;
  reserved: number;
  blocked: number;
}

export interface SessionView {
  id: string;
  performanceId: string;
  hallId: string;
  name: string;
  startsAt: number;
  endsAt: number;
  salesOpenAt: number;
  salesCloseAt: number;
  entryOpensAt: number;
  entryClosesAt: number;
  allowReentry: boolean;
  status: SessionRow['status'];
  cancelReason: string | null;
  test: boolean;
  ticketsGenerated: boolean;
  platformSessionCode: string | null;
  tiers: PriceTierView[];
}

export const toTierView = (t: PriceTierRow): PriceTierView => ({
  id: t.id,
  name: t.name,
  priceFen: t.priceFen,
  color: t.color,
  total: t.totalCount,
  available: t.availableCount,
  sold: t.soldCount,
  reserved: t.reservedCount,
  blocked: t.blockedCount,
});

export function sessionView(ctx: DomainContext, session: SessionRow): SessionView {
  return {
    id: session.id,
    performanceId: session.performanceId,
    hallId: session.hallId,
    name: session.name,
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    salesOpenAt: session.salesOpenAt,
    salesCloseAt: session.salesCloseAt,
    entryOpensAt: session.entryOpensAt,
    entryClosesAt: session.entryClosesAt,
    allowReentry: session.allowReentry === 1,
    status: session.status,
    cancelReason: session.cancelReason,
    test: session.tag === 1,
    ticketsGenerated: session.ticketsGeneratedAt !== null,
    platformSessionCode: session.platformSessionCode,
    tiers: listPriceTiers(ctx.db, session.id).map(toTierView),
  };
}

export function loadSessionView(ctx: DomainContext, sessionId: string): SessionView {
  const session = getSession(ctx.db, sessionId);
  if (!session) throw notFound('session', sessionId);
  return sessionView(ctx, session);
}

/** Creates a session with its price tiers and asks the platform for its session code. Manager only. */
export function createSession(ctx: DomainContext, s: z.output<typeof createSessionInput>): SessionView {
  const { schedule } = completeSchedule(s);
  const id = newId('ses_');
  return inTransaction(ctx, () => {
    if (!getPerformance(ctx.db, s.performanceId)) throw notFound('performance', s.performanceId);
    const hall = getHall(ctx.db, s.hallId);
    if (!hall) throw notFound('hall', s.hallId);
    if (hall.hasSeat) {
      if (hall.seatCount === 0) throw new BoxOfficeError('WRONG_HALL_KIND', `${hall.name} has no seat layout yet: import one first.`, { hallId: hall.id });
    } else {
      const missing = s.tiers.findIndex((t) => t.quantity === undefined);
      if (missing >= 0) throw new BoxOfficeError('VALIDATION', `tiers.${missing}.quantity: required for an unseated hall`, { issues: [{ path: `tiers.${missing}.quantity`, message: 'required for an unseated hall' }] });
      const places = s.tiers.reduce((sum, t) => sum + (t.quantity ?? 0), 0);
      if (places > hall.seatingCapacity) {
        throw new BoxOfficeError('CAPACITY_EXCEEDED', `The tiers offer ${places} places, more than the ${hall.seatingCapacity} that ${hall.name} holds.`, { places, capacity: hall.seatingCapacity });
      }
    }
    const now = ctx.clock();
    run(
      ctx.db,
      `INSERT INTO sessions (id, performance_id, hall_id, name, starts_at, ends_at, sales_open_at, sales_close_at, entry_opens_at, entry_closes_at,
         allow_reentry, tag, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      id, s.performanceId, s.hallId, s.name, schedule.startsAt, schedule.endsAt, schedule.salesOpenAt, schedule.salesCloseAt,
      schedule.entryOpensAt, schedule.entryClosesAt, s.allowReentry ? 1 : 0, s.test ? 1 : 0, now, now,
    );
    s.tiers.forEach((tier, i) => {
      run(
        ctx.db,
        'INSERT INTO price_tiers (id, session_id, name, price_fen, quantity, color, sort_order, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
        newId('tier_'), id, tier.name, tier.priceFen, hall.hasSeat ? null : (tier.quantity ?? 0), tier.color, i, now, now,
      );
    });
    reportPerformanceCodes(ctx, s.performanceId);
    audit(ctx, 'session.create', id, { performanceId: s.performanceId, hallId: s.hallId, tiers: s.tiers.length });
    return loadSessionView(ctx, id);
  });
}

/** A session moves to another hall only before its tickets exist, and only to a hall of the same kind (seated or not). */
function assertHallMove(ctx: DomainContext, current: SessionRow, hallId: string): void {
  if (current.ticketsGeneratedAt !== null) {
    throw new BoxOfficeError('TICKETS_EXIST', 'The tickets of this session were made from its hall’s seats: its hall can no longer change.', { sessionId: current.id });
  }
  const from = getHall(ctx.db, current.hallId);
  const to = getHall(ctx.db, hallId);
  if (!to) throw notFound('hall', hallId);
  if (from && from.hasSeat !== to.hasSeat) throw new BoxOfficeError('WRONG_HALL_KIND', `${to.name} is ${to.hasSeat ? 'seated' : 'unseated'}, unlike this session’s hall: its price tiers would not fit.`, { hallId });
}

/** Moves or renames a session, changes its hall (before tickets), or its sales and entry windows; reported as a session update. Manager only. */
export function updateSession(ctx: DomainContext, input: z.output<typeof updateSessionInput>): SessionView {
  const { sessionId, ...changes } = input;
  return inTransaction(ctx, () => {
    const current = getSession(ctx.db, sessionId);
    if (!current) throw notFound('session', sessionId);
    if (current.status === 'cancelled') throw new BoxOfficeError('SESSION_CANCELLED', 'This session was cancelled; it can no longer change.', { sessionId });
    if (changes.hallId !== undefined && changes.hallId !== current.hallId) assertHallMove(ctx, current, changes.hallId);
    const merged = { ...current, ...changes, allowReentry: changes.allowReentry ?? current.allowReentry === 1, test: changes.test ?? current.tag === 1 };
    const { schedule, issues } = completeSchedule(merged);
    const firstIssue = issues[0];
    if (firstIssue) throw new BoxOfficeError('INVALID_SCHEDULE', `${firstIssue.path}: ${firstIssue.message}.`, { issues });
    run(
      ctx.db,
      `UPDATE sessions SET name = ?, hall_id = ?, starts_at = ?, ends_at = ?, sales_open_at = ?, sales_close_at = ?, entry_opens_at = ?, entry_closes_at = ?,
         allow_reentry = ?, tag = ?, updated_at = ? WHERE id = ?`,
      schedule.name, merged.hallId, schedule.startsAt, schedule.endsAt, schedule.salesOpenAt, schedule.salesCloseAt, schedule.entryOpensAt, schedule.entryClosesAt,
      merged.allowReentry ? 1 : 0, merged.test ? 1 : 0, ctx.clock(), sessionId,
    );
    reportSessionUpdate(ctx, sessionId);
    audit(ctx, 'session.update', sessionId, { fields: Object.keys(changes) });
    return loadSessionView(ctx, sessionId);
  });
}

/**
 * Cancels a session: sales and entry stop, its stock is reported as nothing for sale and the platform is told
 * (sessionStatus 2). Sold orders stay until they are refunded. Manager only.
 */
export function cancelSession(ctx: DomainContext, input: z.output<typeof cancelSessionInput>): SessionView {
  const { sessionId, reason } = input;
  return inTransaction(ctx, () => {
    const current = getSession(ctx.db, sessionId);
    if (!current) throw notFound('session', sessionId);
    if (current.status === 'cancelled') throw new BoxOfficeError('SESSION_CANCELLED', 'This session is already cancelled.', { sessionId });
    run(ctx.db, "UPDATE sessions SET status = 'cancelled', cancel_reason = ?, updated_at = ? WHERE id = ?", reason, ctx.clock(), sessionId);
    run(ctx.db, 'DELETE FROM seat_holds WHERE session_id = ?', sessionId);
    reportSessionUpdate(ctx, sessionId);
    if (current.ticketsGeneratedAt !== null) {
      reportInventory(ctx, listPriceTiers(ctx.db, sessionId).map((t) => t.id));
      reportAllTickets(ctx, sessionId);
    }
    audit(ctx, 'session.cancel', sessionId, { reason });
    return loadSessionView(ctx, sessionId);
  });
}

