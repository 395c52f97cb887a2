// Pure (no DOM): the tickets a gate device holds to judge alone, and its judgement with the core's own rules.
import { decide, type CachedSession, type CachedTicket, type GateCachePage, type IdShown } from '../../../../electron/server/contract/gate-offline';
import type { GateResult } from '../../../../electron/server/contract';

/** The holder's document at the gate, as the device can compare it: its hash under each session's key. */
export type ShownId = { kind: 'none' } | { kind: 'byId' } | { kind: 'shown'; hashes: ReadonlyMap<string, string> };

// Tuple positions of a CachedTicket (see cache-page.ts).
const CODE = 0;
const LINE = 1;
const SESSION = 2;
const REFUNDED = 3;
const FIRST_AT = 7;
const FIRST_GATE = 8;
const ENTRIES = 9;
const ID_HASH = 10;

/** The verdicts of the core's messages: the gate screen words its own from the verdict and facts. */
const MESSAGE = 'Judged offline from the device cache.';

export class TicketCache {
  readonly sessions = new Map<string, CachedSession>();
  /** By order line (the unit of the core's changes); `byCode` indexes the same tuples. */
  private readonly byLine = new Map<string, CachedTicket>();
  private readonly byCode = new Map<string, CachedTicket>();
  /** Codes replaced by a reprint. */
  private readonly voided = new Set<string>();
  cursor = 0;
  /** The core's time of the last page applied (0: never refreshed). */
  refreshedAt = 0;

  get size(): number {
    return this.byLine.size;
  }

  /** Applies one page of changes; returns the tuples it stored (to persist). */
  apply(page: GateCachePage): CachedTicket[] {
    this.sessions.clear();
    for (const session of page.sessions) this.sessions.set(session.id, session);
    for (const ticket of page.tickets) this.put(ticket);
    for (const code of page.voidCodes) this.voided.add(code);
    this.cursor = page.cursor;
    this.refreshedAt = page.at;
    return page.tickets;
  }

  put(ticket: CachedTicket): void {
    const previous = this.byLine.get(ticket[LINE]);
    if (previous && previous[CODE] !== ticket[CODE]) {
      this.byCode.delete(previous[CODE]);
      this.voided.add(previous[CODE]);
    }
    this.byLine.set(ticket[LINE], ticket);
    this.byCode.set(ticket[CODE], ticket);
  }

  markVoid(codes: Iterable<string>): void {
    for (const code of codes) this.voided.add(code);
  }

  get voidCodes(): string[] {
    return [...this.voided];
  }

  ticket(code: string): CachedTicket | undefined {
    return this.byCode.get(code);
  }

  /** The ticket of these sessions whose holder's document hash is one of `hashes` (by session): entry by ID alone. */
  findByIdHash(sessionIds: readonly string[], hashes: ReadonlyMap<string, string>): CachedTicket | undefined {
    let best: CachedTicket | undefined;
    for (const ticket of this.byLine.values()) {
      const hash = hashes.get(ticket[SESSION]);
      if (hash === undefined || ticket[ID_HASH] !== hash || ticket[REFUNDED] === 1 || !sessionIds.includes(ticket[SESSION])) continue;
      // As the core: the holder's next unused ticket first.
      if (!best || ticket[ENTRIES] < best[ENTRIES]) best = ticket;
    }
    return best;
  }

  /** Records an admission judged here, so the next scan of the ticket at this gate is "already used". Returns the new tuple. */
  admit(code: string, gateName: string, at: number): CachedTicket | undefined {
    const ticket = this.byCode.get(code);
    if (!ticket) return undefined;
    const next: CachedTicket = [...ticket];
    if (next[FIRST_AT] === null) {
      next[FIRST_AT] = at;
      next[FIRST_GATE] = gateName;
    }
    next[ENTRIES] = ticket[ENTRIES] + 1;
    this.put(next);
    return next;
  }

  /**
   * The verdict for a scanned code (normalized) at a gate admitting `sessionIds`, judged with the core's rules
   * (electron/boxoffice/gate/rules.ts) on the cached facts, and the checkingType an admission records. Records
   * nothing: the caller admits and queues. The cache holds this gate's sessions only: a ticket of another
   * session is unknown here (the core would name its session).
   */
  judge(code: string, sessionIds: readonly string[], now: number, id: ShownId): { result: GateResult; checkingType: 'code' | 'id_document' } {
    const ticket = this.byCode.get(code);
    const session = ticket && this.sessions.get(ticket[SESSION]);
    if (!ticket || !session) {
      const verdict = this.voided.has(code) ? 'void' : 'unknown';
      return { result: { verdict, admitted: false, message: MESSAGE }, checkingType: 'code' };
    }
    const facts = ticketView(ticket, session);
    const idShown: IdShown =
      id.kind === 'shown' ? { kind: 'shown', matches: () => ticket[ID_HASH] !== null && ticket[ID_HASH] !== '' && id.hashes.get(session.id) === ticket[ID_HASH] } : id;
    const decision = decide(
      {
        sessionId: session.id,
        sessionStatus: session.status,
        lineStatus: ticket[REFUNDED] === 1 ? 'refunded' : 'active',
        large: session.large,
        hasHolderId: ticket[ID_HASH] !== null,
        allowReentry: session.allowReentry,
        firstEntry: ticket[FIRST_AT] !== null ? { at: ticket[FIRST_AT], gateName: ticket[FIRST_GATE] ?? '' } : null,
        entryOpensAt: session.entryOpensAt,
        entryClosesAt: session.entryClosesAt,
        gateIdCheck: session.gateIdCheck,
      },
      sessionIds,
      now,
      idShown,
    );
    const result: GateResult = { verdict: decision.verdict, admitted: false, message: MESSAGE, ticket: facts };
    if (decision.verdict === 'already_used') result.firstEntry = decision.firstEntry;
    if (decision.verdict === 'not_open' || decision.verdict === 'closed') result.window = decision.window;
    if (decision.verdict === 'valid' || decision.verdict === 'reentry') {
      result.admitted = true;
      result.checkIn = { id: '', at: now, entryNo: ticket[ENTRIES] + 1 };
      return { result, checkingType: decision.checkingType };
    }
    return { result, checkingType: 'code' };
  }
}

/** What the verdict screen shows of a cached ticket (the core's GateResult ticket). */
function ticketView(t: CachedTicket, session: CachedSession): NonNullable<GateResult['ticket']> {
  return {
    orderLineId: t[LINE],
    ticketId: '',
    sessionId: t[SESSION],
    sessionName: session.name,
    performanceName: session.performanceName,
    startsAt: session.startsAt,
    seatText: t[4],
    tierName: t[5],
    ticketType: t[6],
    holderName: t[11],
    holderIdType: t[12],
  };
}
