// Browser-safe (no imports but the verdicts): the gate's one set of rules. The core judges every online scan with
// it (check-in.ts) and a gate device judges from its cache with the same function while its link is down, so the
// two can never disagree about what a ticket may do.
import type { Verdict } from './verdicts';
import { stillInside, type Passage } from './exit-rules';
import type { ConcessionAge } from './concession';

/** What the rules need to know of a ticket and its session, whoever holds the facts (the core's row or a device's cache). */
export interface GateTicketFacts {
  sessionId: string;
  sessionStatus: 'normal' | 'cancelled';
  lineStatus: 'active' | 'refunded';
  /** A large performance: a held ticket without a bound holder's ID may not enter. */
  large: boolean;
  /** The ticket counts against an ID document (its holder's or buyer's). */
  hasHolderId: boolean;
  allowReentry: boolean;
  /** The first admission, if any. */
  firstEntry: { at: number; gateName: string } | null;
  /** The entry the ticket is inside on (its last entry, with no exit after it): see exit-rules.ts. */
  inside: Passage | null;
  entryOpensAt: number;
  entryClosesAt: number;
  /** The performance checks the holder's ID at the gate. */
  gateIdCheck: boolean;
  /** One ticket, one ID document (一票一证, per-ticket real name): a document enters a session once. */
  oneIdPerTicket: boolean;
  /** Another ticket of this session with the same holder's document, already admitted (the earliest such). Asked only when needed. */
  sameIdEntry: () => { at: number; gateName: string } | null;
  /** An `id_age` concession (老年, 儿童): the age the document shown at the gate gives, and whether it fits (concession.ts). Null: no such ticket, or no document with a birth date. */
  concessionAge: () => ConcessionAge | null;
}

/** The holder's document at the gate: entry by ID alone (the ticket was found by it), shown and compared, or not shown. */
export type IdShown = { kind: 'byId' } | { kind: 'shown'; matches: () => boolean } | { kind: 'none' };

export type GateDecision =
  | { verdict: 'wrong_session' | 'cancelled' | 'refunded' | 'holder_unbound' | 'id_required' | 'id_mismatch' }
  | { verdict: 'already_used'; firstEntry: { at: number; gateName: string } }
  | { verdict: 'same_id_used' | 'same_id_warning'; sameIdEntry: { at: number; gateName: string } }
  | { verdict: 'still_inside'; lastEntry: Passage }
  | { verdict: 'concession_age'; concessionAge: ConcessionAge }
  | { verdict: 'not_open' | 'closed'; window: { opensAt: number; closesAt: number } }
  | { verdict: 'valid' | 'reentry'; checkingType: 'code' | 'id_document' };

/**
 * The verdict for one ticket at a gate admitting `sessionIds`, at `now`. Pure: the caller records what it decides.
 * `allowSameId`: the gate saw the warning that this document already entered with another ticket, and admits anyway.
 */
export function decide(t: GateTicketFacts, sessionIds: readonly string[], now: number, id: IdShown, allowSameId = false): GateDecision {
  if (!sessionIds.includes(t.sessionId)) return { verdict: 'wrong_session' };
  if (t.sessionStatus === 'cancelled') return { verdict: 'cancelled' };
  if (t.lineStatus === 'refunded') return { verdict: 'refunded' };
  if (t.large && !t.hasHolderId) return { verdict: 'holder_unbound' };
  if (t.firstEntry && !t.allowReentry) return { verdict: 'already_used', firstEntry: t.firstEntry };
  const inside = stillInside(t);
  if (inside) return inside;
  const window = { opensAt: t.entryOpensAt, closesAt: t.entryClosesAt };
  if (now < t.entryOpensAt) return { verdict: 'not_open', window };
  if (now >= t.entryClosesAt) return { verdict: 'closed', window };
  let checkingType: 'code' | 'id_document' = id.kind === 'byId' ? 'id_document' : 'code';
  if (t.gateIdCheck && t.hasHolderId && id.kind !== 'byId') {
    if (id.kind === 'none') return { verdict: 'id_required' };
    if (!id.matches()) return { verdict: 'id_mismatch' };
    checkingType = 'id_document';
  }
  // A 老年 or 儿童 ticket whose holder's document, shown here, gives an age outside the price type: the ticket was
  // sold at a concession this person may not have (the box office takes the difference).
  const age = t.concessionAge();
  if (age && !age.fits) return { verdict: 'concession_age', concessionAge: age };
  // The same person with a second ticket: a large performance refuses (one entry per document is the law there);
  // any other one-ticket-one-ID performance warns and lets the gate decide (a ticket sold twice to one name by mistake).
  if (t.gateIdCheck && t.oneIdPerTicket && t.hasHolderId && !t.firstEntry) {
    const other = t.sameIdEntry();
    if (other && t.large) return { verdict: 'same_id_used', sameIdEntry: other };
    if (other && !allowSameId) return { verdict: 'same_id_warning', sameIdEntry: other };
  }
  return { verdict: t.firstEntry ? 'reentry' : 'valid', checkingType };
}

/** Whether a decision admits (the verdict table says so too; kept here so a device needs only this file). */
export const admits = (decision: GateDecision): decision is Extract<GateDecision, { verdict: 'valid' | 'reentry' }> =>
  decision.verdict === 'valid' || decision.verdict === 'reentry';

export type DecidedVerdict = GateDecision['verdict'] & Verdict;
