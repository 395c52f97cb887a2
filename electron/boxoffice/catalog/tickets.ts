import type { z } from 'zod';
import { newId } from '../../../db/ids';
import { insertMany } from '../../../db/batch-insert';
import { getHall, getSession, listPriceTiers, listSeats } from '../../../db/catalog';
import { run } from '../../../db/statements';
import type { DomainContext } from '../context';
import { BoxOfficeError, notFound } from '../errors';
import { audit, inTransaction } from '../service';
import { reportAllTickets, reportInventory, reportTickets } from '../outbox/states';
import type { generateTicketsInput, setTicketStatusInput } from './schemas';
import { assignSeats, assignmentProblems } from './seat-assignment';
import { sessionTickets } from './session-tickets';
import { loadSessionView, type SessionView } from './sessions';
import { watchHeldShare } from '../large/held-share';

/**
 * Creates the session's tickets: one per seat matched by a seat rule (seats of the layout marked blocked are
 * created blocked), or each unseated tier's pool. Refused, in words, when a rule matches no seat or a tier of
 * the session would get no seat (a typo like "1-8排" must not become "ready to sell" with an empty tier).
 * Reports every tier's stock and every ticket. Once only. Manager only.
 */
export function generateTickets(ctx: DomainContext, input: z.output<typeof generateTicketsInput>): SessionView & { unassignedSeats: number } {
  const { sessionId, seatRules } = input;
  return inTransaction(ctx, () => {
    const session = getSession(ctx.db, sessionId);
    if (!session) throw notFound('session', sessionId);
    if (session.status === 'cancelled') throw new BoxOfficeError('SESSION_CANCELLED', 'This session was cancelled.', { sessionId });
    if (session.ticketsGeneratedAt !== null) throw new BoxOfficeError('TICKETS_EXIST', 'The tickets of this session were already generated.', { sessionId });
    const hall = getHall(ctx.db, session.hallId);
    if (!hall) throw notFound('hall', session.hallId);
    const tiers = listPriceTiers(ctx.db, sessionId);
    const tierIds = new Set(tiers.map((t) => t.id));
    const now = ctx.clock();
    // Collected, then inserted in batches (db/batch-insert.ts): a stadium's 100,000 tickets in a thousand statements.
    const rows: unknown[][] = [];
    const insert = (tierId: string, seatId: string | null, status: 'available' | 'blocked', note: string) => rows.push([newId('tkt_'), sessionId, tierId, seatId, status, note, now]);
    let unassignedSeats = 0;
    if (hall.hasSeat) {
      if (seatRules.length === 0) throw new BoxOfficeError('VALIDATION', 'seatRules: a seated session needs rules that give its seats a price tier.', { issues: [{ path: 'seatRules', message: 'required for a seated hall' }] });
      const unknown = seatRules.find((rule) => !tierIds.has(rule.priceTierId));
      if (unknown) throw notFound('price tier of this session', unknown.priceTierId);
      const seats = listSeats(ctx.db, hall.id);
      const assignment = assignSeats(seatRules, seats);
      const problem = assignmentProblems(assignment, tiers.map((t) => t.id))[0];
      if (problem?.kind === 'ruleMatchesNothing') {
        const rule = seatRules[problem.rule - 1];
        throw new BoxOfficeError('RULE_MATCHES_NOTHING', `Seat rule ${problem.rule} matches no seat of ${hall.name}${rule?.rows ? ` (rows ${rule.rows.join(', ')})` : ''}: correct it or remove it.`, {
          rule: problem.rule,
          issues: [{ path: `seatRules.${problem.rule - 1}`, message: 'matches no seat' }],
        });
      }
      if (problem?.kind === 'tierWithoutSeats') {
        const name = tiers.find((t) => t.id === problem.priceTierId)?.name ?? problem.priceTierId;
        throw new BoxOfficeError('TIER_WITHOUT_SEATS', `Price tier ${name} would get no seat: give it seats with a rule, or remove the tier.`, {
          tier: name,
          issues: [{ path: 'seatRules', message: `tier ${name} gets no seat` }],
        });
      }
      unassignedSeats = assignment.unassigned;
      for (const seat of seats) {
        const tierId = assignment.tierOf.get(seat.id);
        if (tierId !== undefined) insert(tierId, seat.id, seat.blocked ? 'blocked' : 'available', seat.blocked ? 'layout' : '');
      }
    } else {
      if (seatRules.length > 0) throw new BoxOfficeError('WRONG_HALL_KIND', `${hall.name} is unseated: its tiers are pools, not seats.`, { hallId: hall.id });
      for (const tier of tiers) for (let i = 0; i < (tier.quantity ?? 0); i++) insert(tier.id, null, 'available', '');
    }
    insertMany(ctx.db, 'tickets', ['id', 'session_id', 'price_tier_id', 'seat_id', 'status', 'note', 'updated_at'], rows);
    run(ctx.db, 'UPDATE sessions SET tickets_generated_at = ?, updated_at = ? WHERE id = ?', now, now, sessionId);
    reportInventory(ctx, tierIds);
    reportAllTickets(ctx, sessionId);
    const view = loadSessionView(ctx, sessionId);
    const total = view.tiers.reduce((sum, t) => sum + t.total, 0);
    if (total === 0) throw new BoxOfficeError('VALIDATION', 'No seat matched a seat rule: the session would have no tickets.', { issues: [{ path: 'seatRules', message: 'matches no seat' }] });
    audit(ctx, 'session.generate_tickets', sessionId, { tickets: total, unassignedSeats });
    return { ...view, unassignedSeats };
  });
}

/**
 * Box-office holds and blocks: `reserved` keeps tickets for the house (a manager can still sell them),
 * `blocked` takes them off sale, `available` puts them back. Sold tickets are refused. In a large performance,
 * reserving beyond 15% of the session's approved audience is refused (HELD_SHARE_EXCEEDED). Manager only.
 */
export function setTicketStatus(ctx: DomainContext, input: z.output<typeof setTicketStatusInput>): SessionView {
  const { sessionId, ticketIds, status, note } = input;
  return inTransaction(ctx, () => {
    const session = getSession(ctx.db, sessionId);
    if (!session) throw notFound('session', sessionId);
    const rows = sessionTickets(ctx, sessionId, ticketIds);
    const sold = rows.find((r) => r.status === 'sold');
    if (sold) throw new BoxOfficeError('SEAT_TAKEN', 'A sold ticket cannot be reserved or blocked; refund it first.', { ticketId: sold.id });
    const checkHeldShare = status === 'reserved' ? watchHeldShare(ctx, sessionId) : () => undefined;
    const now = ctx.clock();
    for (const id of ticketIds) {
      run(ctx.db, 'UPDATE tickets SET status = ?, note = ?, updated_at = ? WHERE id = ?', status, status === 'available' ? '' : note, now, id);
      run(ctx.db, 'DELETE FROM seat_holds WHERE ticket_id = ?', id);
    }
    checkHeldShare();
    reportInventory(ctx, rows.map((r) => r.tierId));
    reportTickets(ctx, ticketIds);
    audit(ctx, 'tickets.set_status', sessionId, { status, tickets: ticketIds.length, note });
    return loadSessionView(ctx, sessionId);
  });
}
