import { newId } from '../../../db/ids';
import { getRow, run } from '../../../db/statements';
import type { DomainContext } from '../context';
import { normalizeTicketCode, seatText } from '../format';
import { chinaDateTime } from '../../china-time';
import { inTransaction } from '../service';
import { logRefusal, result, ticketFacts, type GateRequest, type GateResult } from './check-in';
import { decideExit } from './exit-rules';
import { insideAt, lastExitAt } from './inside-at';
import { scannedTicketByCode, type ScannedTicket } from './scanned-ticket';
import type { ExitScan, UploadOfflineExitsInput } from './exit-schemas';
import type { Verdict } from './verdicts';

/** Inside a transaction: records a ticket going out. Not reported: the platform hears of the first admission only. */
export function recordExit(ctx: DomainContext, t: ScannedTicket, exit: { gateName: string; at: number; clientId?: string }): { id: string; at: number } {
  const id = newId('gex_');
  run(
    ctx.db,
    'INSERT INTO gate_exits (id, order_line_id, session_id, gate_name, user_id, exited_at, client_id) VALUES (?, ?, ?, ?, ?, ?, ?)',
    id, t.orderLineId, t.sessionId, exit.gateName, ctx.actor.userId, exit.at, exit.clientId ?? null,
  );
  return { id, at: exit.at };
}

function describeExit(t: ScannedTicket): NonNullable<GateResult['ticket']> {
  // The exit gate shows the seat and session only: no holder's name or document going out.
  return {
    orderLineId: t.orderLineId, ticketId: t.ticketId, sessionId: t.sessionId, sessionName: t.sessionName, performanceName: t.performanceName,
    startsAt: t.startsAt, seatText: seatText(t), tierName: t.tierName, ticketType: t.ticketType,
    holderName: null, holderIdType: null, holderIdLast4: null, concession: null,
  };
}

/**
 * Judges a ticket scanned at an exit gate (exit-rules.ts) and records it going out: `exit` when the session allows
 * re-entry, `exit_final` when it does not (the gate tells the holder). Refused in words: another session's ticket,
 * a refunded one, or one not inside (never entered, or already out). Refusals are logged like an entry gate's.
 */
export function checkOut(ctx: DomainContext, scan: ExitScan): GateResult {
  const code = normalizeTicketCode(scan.code);
  const request: GateRequest = { gateName: scan.gateName, sessionIds: scan.sessionIds, entry: scan.entry, scanned: code };
  return inTransaction(ctx, () => {
    const t = scannedTicketByCode(ctx.db, code);
    if (!t) {
      const voided = getRow<{ n: number }>(ctx.db, 'SELECT 1 AS n FROM void_ticket_codes WHERE code = ?', code);
      const verdict: Verdict = voided ? 'void' : 'unknown';
      logRefusal(ctx, request, verdict);
      return result(verdict);
    }
    const decision = decideExit(ticketFacts(ctx, t), scan.sessionIds, t.lastExitAt);
    if (decision.verdict === 'exit' || decision.verdict === 'exit_final') {
      const exit = recordExit(ctx, t, { gateName: scan.gateName, at: ctx.clock() });
      return result(decision.verdict, { ticket: describeExit(t), exitedAt: exit.at });
    }
    logRefusal(ctx, request, decision.verdict, t);
    if (decision.verdict === 'not_inside') {
      const message = decision.lastExitAt === null ? 'This ticket has not entered: there is no exit to record.' : `This ticket already went out at ${chinaDateTime(decision.lastExitAt)}.`;
      return result('not_inside', { ticket: describeExit(t), ...(decision.lastExitAt !== null && { exitedAt: decision.lastExitAt }) }, message);
    }
    return result(decision.verdict, { ticket: describeExit(t) });
  });
}

export type OfflineExitOutcome = 'exited' | 'not_inside' | 'refunded' | 'unknown';

type OfflineExit = UploadOfflineExitsInput['exits'][number];

/** One offline exit not seen before, judged at its own time: recorded, flagged, or kept in the log only. */
function storeExit(ctx: DomainContext, gateName: string, exit: OfflineExit): { outcome: OfflineExitOutcome; exitId: string | null } {
  const t = scannedTicketByCode(ctx.db, normalizeTicketCode(exit.code));
  if (!t) return { outcome: 'unknown', exitId: null };
  const facts = { ...ticketFacts(ctx, t), inside: insideAt(ctx.db, t.orderLineId, exit.exitedAt) };
  const decision = decideExit(facts, [t.sessionId], null);
  if (decision.verdict === 'exit' || decision.verdict === 'exit_final') {
    return { outcome: 'exited', exitId: recordExit(ctx, t, { gateName, at: exit.exitedAt, clientId: exit.clientId }).id };
  }
  if (decision.verdict !== 'not_inside') return { outcome: 'refunded', exitId: null };
  // The device let someone out on a ticket the core knows was not inside then: never entered (someone came in
  // without a scan), or already out (two people on one ticket). The person is out either way; the manager sees it.
  const before = lastExitAt(ctx.db, t.orderLineId, exit.exitedAt);
  run(
    ctx.db,
    `INSERT INTO gate_conflicts (id, kind, session_id, order_line_id, first_gate, first_at, second_gate, second_at, client_id, detected_at)
     VALUES (?, 'exit_not_inside', ?, ?, ?, ?, ?, ?, ?, ?)`,
    newId('gcf_'), t.sessionId, t.orderLineId, before?.gateName ?? null, before?.at ?? exit.exitedAt, gateName, exit.exitedAt, exit.clientId, ctx.clock(),
  );
  return { outcome: 'not_inside', exitId: null };
}

/**
 * Exits a gate device judged while offline, stored once each by the device's client id (a retried upload changes
 * nothing), each judged at the time the device judged it against every entry and exit the core holds by then (a
 * device uploads its entries and exits in the order it scanned them). Inside then: the exit is recorded at its
 * time. Not inside then: a conflict (`exit_not_inside`). The platform hears of no exit either way (only the first
 * admission is reported).
 */
export function uploadOfflineExits(ctx: DomainContext, input: UploadOfflineExitsInput): { clientId: string; outcome: OfflineExitOutcome; duplicate: boolean }[] {
  return inTransaction(ctx, () =>
    input.exits.map((exit) => {
      const seen = getRow<{ outcome: OfflineExitOutcome }>(ctx.db, 'SELECT outcome FROM gate_offline_exits WHERE client_id = ?', exit.clientId);
      if (seen) return { clientId: exit.clientId, outcome: seen.outcome, duplicate: true };
      // Stored before this log existed (migration 0210): recorded, so exited.
      if (getRow(ctx.db, 'SELECT 1 AS n FROM gate_exits WHERE client_id = ?', exit.clientId)) return { clientId: exit.clientId, outcome: 'exited' as const, duplicate: true };
      const stored = storeExit(ctx, input.gateName, exit);
      run(
        ctx.db,
        'INSERT INTO gate_offline_exits (client_id, gate_name, user_id, code, exited_at, outcome, exit_id, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
        exit.clientId, input.gateName, ctx.actor.userId, exit.code.slice(0, 64), exit.exitedAt, stored.outcome, stored.exitId, ctx.clock(),
      );
      return { clientId: exit.clientId, outcome: stored.outcome, duplicate: false };
    }),
  );
}
