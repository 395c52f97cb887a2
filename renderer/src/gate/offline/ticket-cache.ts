// Pure (no DOM): the tickets a gate device holds to judge alone, and its judgement with the core's own rules.
import { admits, decide, type CachedSession, type CachedTicket, type GateCachePage, type IdShown } from '../../../../electron/server/contract/gate-offline';
import type { GateResult } from '../../../../electron/server/contract';
import { decideExit, insideOn } from '../../../../electron/server/contract/gate-exit';
import { concessionAge, type GateConcession } from '../../../../electron/server/contract/gate-concession';

/** The holder's document at the gate, as the device can compare it: its hash under each session's key. */
export type ShownId = { kind: 'none' } | { kind: 'byId' } | { kind: 'shown'; hashes: ReadonlyMap<string, string> };

// Tuple positions of a CachedTicket (see cache-page.ts).
const CODE = 0;
const SESSION = 1;
const REFUNDED = 2;
const FIRST_AT = 6;
const FIRST_GATE = 7;
const ENTRIES = 8;
const ID_HASH = 9;
const LAST_ENTRY_AT = 13;
const LAST_ENTRY_GATE = 14;
const LAST_EXIT_AT = 15;
const CONCESSION_NAME = 16;
const CONCESSION_PROOF = 17;
const CONCESSION_MIN_AGE = 18;
const CONCESSION_MAX_AGE = 19;

/** The concession the gate checks on a cached ticket (none in a cache stored before concessions: CACHE_FORMAT). */
function concessionOf(t: CachedTicket): GateConcession | null {
  const name = t[CONCESSION_NAME] ?? null;
  const proof = t[CONCESSION_PROOF] ?? null;
  return name === null || proof === null ? null : { name, proof, minAge: t[CONCESSION_MIN_AGE] ?? null, maxAge: t[CONCESSION_MAX_AGE] ?? null };
}

/** Whether a cached ticket is inside, by the core's rule (the last scan decides). */
function insideOf(t: CachedTicket) {
  const at = t[LAST_ENTRY_AT] ?? null;
  return insideOn(at === null ? null : { at, gateName: t[LAST_ENTRY_GATE] ?? '' }, t[LAST_EXIT_AT] ?? null);
}

/** The verdicts of the core's messages: the gate screen words its own from the verdict and facts. */
const MESSAGE = 'Judged offline from the device cache.';

export class TicketCache {
  readonly sessions = new Map<string, CachedSession>();
  private readonly byCode = new Map<string, CachedTicket>();
  /** Codes by session and ID hash: the same document's other tickets (一票一证), without a walk of the whole cache. */
  private readonly byIdHash = new Map<string, Set<string>>();
  /** Codes replaced by a reprint. */
  private readonly voided = new Set<string>();
  cursor = 0;
  /** The core's time of the last page applied (0: never refreshed). */
  refreshedAt = 0;

  get size(): number {
    return this.byCode.size;
  }

  /** Applies one page of changes (a reprint's old code leaves the cache and reads "replaced"). */
  apply(page: GateCachePage): void {
    this.sessions.clear();
    for (const session of page.sessions) this.sessions.set(session.id, session);
    for (const code of page.voidCodes) {
      this.byCode.delete(code);
      this.voided.add(code);
    }
    for (const ticket of page.tickets) this.put(ticket);
    this.cursor = page.cursor;
    this.refreshedAt = page.at;
  }

  put(ticket: CachedTicket): void {
    const previous = this.byCode.get(ticket[CODE]);
    const before = previous ? idKey(previous) : null;
    const after = idKey(ticket);
    if (before !== after) {
      if (before !== null) this.byIdHash.get(before)?.delete(ticket[CODE]);
      if (after !== null) {
        const codes = this.byIdHash.get(after) ?? new Set<string>();
        codes.add(ticket[CODE]);
        this.byIdHash.set(after, codes);
      }
    }
    this.byCode.set(ticket[CODE], ticket);
  }

  /** The earliest admission of another live ticket of the session held by the same document (as the core's sameIdEntry). */
  private sameIdEntry(ticket: CachedTicket): { at: number; gateName: string } | null {
    const key = idKey(ticket);
    let first: { at: number; gateName: string } | null = null;
    for (const code of (key === null ? undefined : this.byIdHash.get(key)) ?? []) {
      const other = this.byCode.get(code);
      if (!other || code === ticket[CODE] || other[REFUNDED] === 1 || other[FIRST_AT] === null) continue;
      if (!first || other[FIRST_AT] < first.at) first = { at: other[FIRST_AT], gateName: other[FIRST_GATE] ?? '' };
    }
    return first;
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
    for (const ticket of this.byCode.values()) {
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
    next[LAST_ENTRY_AT] = at;
    next[LAST_ENTRY_GATE] = gateName;
    this.put(next);
    return next;
  }

  /** Records an exit judged here, so the ticket may re-enter (when its session allows). Returns the new tuple. */
  exit(code: string, at: number): CachedTicket | undefined {
    const ticket = this.byCode.get(code);
    if (!ticket) return undefined;
    const next: CachedTicket = [...ticket];
    next[LAST_EXIT_AT] = at;
    this.put(next);
    return next;
  }

  /** The verdict for a code scanned at an exit gate, judged with the core's exit rules (exit-rules.ts) on the cached facts. */
  judgeExit(code: string, sessionIds: readonly string[], now: number): GateResult {
    const ticket = this.byCode.get(code);
    const session = ticket && this.sessions.get(ticket[SESSION]);
    if (!ticket || !session) return { verdict: this.voided.has(code) ? 'void' : 'unknown', admitted: false, message: MESSAGE };
    const lastExitAt = ticket[LAST_EXIT_AT] ?? null;
    const decision = decideExit(
      { sessionId: session.id, lineStatus: ticket[REFUNDED] === 1 ? 'refunded' : 'active', allowReentry: session.allowReentry, inside: insideOf(ticket) },
      sessionIds,
      lastExitAt,
    );
    // Going out shows no holder, as at the core.
    const facts = { ...ticketView(ticket, session), holderName: null, holderIdType: null, holderIdLast4: null, concession: null };
    const result: GateResult = { verdict: decision.verdict, admitted: decision.verdict === 'exit' || decision.verdict === 'exit_final', message: MESSAGE, ticket: facts };
    if (result.admitted) result.exitedAt = now;
    else if (decision.verdict === 'not_inside' && lastExitAt !== null) result.exitedAt = lastExitAt;
    return result;
  }

  /**
   * The verdict for a scanned code (normalized) at a gate admitting `sessionIds`, judged with the core's rules
   * (electron/boxoffice/gate/rules.ts) on the cached facts, and the checkingType an admission records. Records
   * nothing: the caller admits and queues. The cache holds this gate's sessions only: a ticket of another
   * session is unknown here (the core would name its session). `document`: the ID shown, for an `id_age`
   * concession's age (the device holds only hashes of its tickets' documents, so it takes the age from the one shown).
   */
  judge(
    code: string,
    sessionIds: readonly string[],
    now: number,
    id: ShownId,
    allowSameId = false,
    document: { idType: string; idNumber: string } | null = null,
  ): { result: GateResult; checkingType: 'code' | 'id_document' } {
    const ticket = this.byCode.get(code);
    const session = ticket && this.sessions.get(ticket[SESSION]);
    if (!ticket || !session) {
      const verdict = this.voided.has(code) ? 'void' : 'unknown';
      return { result: { verdict, admitted: false, message: MESSAGE }, checkingType: 'code' };
    }
    const facts = ticketView(ticket, session);
    // As the core (check-in.ts): the shown document's age counts only where it is the ticket's own holder's.
    const age = concessionAge(facts.concession, session.startsAt, session.oneIdPerTicket ? document : null);
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
        inside: insideOf(ticket),
        entryOpensAt: session.entryOpensAt,
        entryClosesAt: session.entryClosesAt,
        gateIdCheck: session.gateIdCheck,
        oneIdPerTicket: session.oneIdPerTicket,
        sameIdEntry: () => this.sameIdEntry(ticket),
        concessionAge: () => age,
      },
      sessionIds,
      now,
      idShown,
      allowSameId,
    );
    const result: GateResult = { verdict: decision.verdict, admitted: false, message: MESSAGE, ticket: facts };
    if (decision.verdict === 'already_used') result.firstEntry = decision.firstEntry;
    if (decision.verdict === 'same_id_used' || decision.verdict === 'same_id_warning') result.sameIdEntry = decision.sameIdEntry;
    if (decision.verdict === 'still_inside') result.inside = decision.lastEntry;
    if (decision.verdict === 'not_open' || decision.verdict === 'closed') result.window = decision.window;
    if (age && (decision.verdict === 'concession_age' || admits(decision))) result.concessionAge = age;
    if (decision.verdict === 'valid' || decision.verdict === 'reentry') {
      result.admitted = true;
      result.checkIn = { id: '', at: now, entryNo: ticket[ENTRIES] + 1 };
      return { result, checkingType: decision.checkingType };
    }
    return { result, checkingType: 'code' };
  }
}

/** The index key of a ticket's document: its session and ID hash (null without a comparable hash). */
const idKey = (t: CachedTicket): string | null => (t[ID_HASH] ? `${t[SESSION]}|${t[ID_HASH]}` : null);

/** What the verdict screen shows of a cached ticket (the core's GateResult ticket). */
function ticketView(t: CachedTicket, session: CachedSession): NonNullable<GateResult['ticket']> {
  return {
    // Ids the device does not hold: the screen shows neither.
    orderLineId: '',
    ticketId: '',
    sessionId: t[SESSION],
    sessionName: session.name,
    performanceName: session.performanceName,
    startsAt: session.startsAt,
    seatText: t[3],
    tierName: t[4],
    ticketType: t[5],
    holderName: t[10],
    holderIdType: t[11],
    holderIdLast4: t[12],
    concession: concessionOf(t),
  };
}
