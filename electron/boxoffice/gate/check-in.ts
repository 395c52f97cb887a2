import { newId } from '../../../db/ids';
import { getRow, run } from '../../../db/statements';
import { appendEvent } from '../../../db/outbox/write';
import type { PayloadValue } from '../../../db/outbox/payloads';
import type { DomainContext } from '../context';
import { normalizeTicketCode, seatText } from '../format';
import { chinaDateTime } from '../../china-time';
import { idDocumentHash } from '../personal-data/persons';
import { gateHolderName } from './holder-name';
import { getPerson } from '../../../db/persons';
import { inTransaction } from '../service';
import type { Scan, ScanBatch } from './schemas';
import { VERDICTS, type Verdict } from './verdicts';
import { gateConcession, sameIdEntry, scannedTicketByCode, type ScannedTicket } from './scanned-ticket';
import { concessionAge, type ConcessionAge, type GateConcession } from './concession';
import { decide, type GateDecision, type GateTicketFacts, type IdShown } from './rules';
import { insideOn } from './exit-rules';

export { SCANNED_TICKET, type ScannedTicket } from './scanned-ticket';

/** What the gate screen shows for a scan: the verdict, its reason, and the facts behind it. */
export interface GateResult {
  verdict: Verdict;
  admitted: boolean;
  message: string;
  ticket?: {
    orderLineId: string;
    ticketId: string;
    sessionId: string;
    sessionName: string;
    performanceName: string;
    startsAt: number;
    seatText: string;
    tierName: string;
    ticketType: 'regular' | 'complimentary' | 'staff';
    holderName: string | null;
    /** The document the holder bought with (to ask for it at a real-name gate). */
    holderIdType: string | null;
    /** Its last 4 characters, to compare with the card by eye (the number itself never leaves the core). */
    holderIdLast4: string | null;
    /** A concession whose proof the gate checks (学生证, the age on the ID): shown beside the verdict. */
    concession: GateConcession | null;
  };
  /** An `id_age` concession with a document shown: the age it gives on the session's date, and whether it fits. */
  concessionAge?: ConcessionAge;
  /** already_used: when and where it was first admitted. */
  firstEntry?: { at: number; gateName: string };
  /** same_id_warning / same_id_used: when and where the same document entered with another ticket. */
  sameIdEntry?: { at: number; gateName: string };
  /** still_inside: the entry it is inside on; not_inside: its last exit, if any (exit-rules.ts). */
  inside?: { at: number; gateName: string };
  exitedAt?: number;
  /** not_open / closed: the session's entry window. */
  window?: { opensAt: number; closesAt: number };
  checkIn?: { id: string; at: number; entryNo: number };
}


function describe(ctx: DomainContext, t: ScannedTicket): NonNullable<GateResult['ticket']> {
  const person = t.personId === null ? undefined : getPerson(ctx.db, t.personId);
  return {
    orderLineId: t.orderLineId,
    ticketId: t.ticketId,
    sessionId: t.sessionId,
    sessionName: t.sessionName,
    performanceName: t.performanceName,
    startsAt: t.startsAt,
    seatText: seatText(t),
    tierName: t.tierName,
    ticketType: t.ticketType,
    holderName: person ? gateHolderName(ctx.db)(ctx.cipher.decrypt(person.nameEnc, 'name')) : null,
    holderIdType: t.personIdType,
    holderIdLast4: person?.idNumberEnc ? ctx.cipher.decrypt(person.idNumberEnc, 'id_number').slice(-4) : null,
    concession: gateConcession(t),
  };
}

export interface GateRequest {
  gateName: string;
  sessionIds: readonly string[];
  entry: 'device' | 'manual';
  /** What to log for a refusal: the code as scanned, or a marker for an ID-only entry (never the ID number). */
  scanned: string;
  /** The ID shown at the gate, if any. */
  id?: { idType: string | undefined; idNumber: string };
  /** Entry by ID document alone: the ticket was found by that ID, so it matches by construction. */
  byId?: boolean;
  /** The gate saw that this document already entered with another ticket, and admits anyway (not large performances). */
  allowSameId?: boolean;
}

export function result(verdict: Verdict, extra: Omit<GateResult, 'verdict' | 'admitted' | 'message'> = {}, message: string = VERDICTS[verdict].message): GateResult {
  return { verdict, admitted: VERDICTS[verdict].admits, message, ...extra };
}

/** An ID number typed into the ticket field (18 or 15 digits, or a passport's letter and 8 digits), not a ticket code. */
const LOOKS_LIKE_ID = /^(\d{17}[\dX]|\d{15}|[A-Z]\d{8})$/;

/**
 * What a refusal keeps of the scanned text: the text itself (cut to 64), unless it looks like an ID number, which
 * is kept only as a keyed hash (`id#…`): still comparable with the same number typed again, never readable.
 */
export function scannedForLog(ctx: DomainContext, scanned: string): string {
  const compact = scanned.replace(/[\s-]/g, '').toUpperCase();
  return LOOKS_LIKE_ID.test(compact) ? `id#${ctx.cipher.hash(compact, 'id_document')}` : scanned.slice(0, 64);
}

export function logRefusal(ctx: DomainContext, request: GateRequest, verdict: Verdict, ticket?: ScannedTicket): void {
  run(
    ctx.db,
    'INSERT INTO rejected_scans (scanned_at, code, verdict, gate_name, user_id, session_id, order_line_id) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ctx.clock(), scannedForLog(ctx, request.scanned), verdict, request.gateName, ctx.actor.userId, ticket?.sessionId ?? null, ticket?.orderLineId ?? null,
  );
}

/** The rules' view of a scanned ticket row; `shown`: the document shown at the gate (its age for an `id_age` concession). */
export function ticketFacts(ctx: DomainContext, t: ScannedTicket, shown: { idType: string; idNumber: string } | null = null): GateTicketFacts {
  return {
    sessionId: t.sessionId,
    sessionStatus: t.sessionStatus,
    lineStatus: t.lineStatus,
    large: t.large === 1,
    hasHolderId: t.idHmac !== null,
    allowReentry: t.allowReentry === 1,
    firstEntry: t.firstAt !== null && t.firstGate !== null ? { at: t.firstAt, gateName: t.firstGate } : null,
    inside: insideOn(t.lastEntryAt !== null ? { at: t.lastEntryAt, gateName: t.lastEntryGate ?? '' } : null, t.lastExitAt),
    entryOpensAt: t.entryOpensAt,
    entryClosesAt: t.entryClosesAt,
    gateIdCheck: t.gateIdCheck === 1,
    oneIdPerTicket: t.realNameMode === 'per_ticket',
    sameIdEntry: () => sameIdEntry(ctx.db, t),
    concessionAge: () => concessionAge(gateConcession(t), t.startsAt, shown),
  };
}

/** Inside a transaction: records an admission decided by the rules (and its outbox event when it is the first entry). */
export function recordAdmission(
  ctx: DomainContext,
  t: ScannedTicket,
  admission: { gateName: string; at: number; checkingType: PayloadValue<'checkingType'>; authType: PayloadValue<'authType'> },
  options: { report: boolean } = { report: true },
): { id: string; at: number; entryNo: number } {
  const { at, checkingType, authType } = admission;
  const entryNo = t.entries + 1;
  const id = newId('chk_');
  run(
    ctx.db,
    `INSERT INTO check_ins (id, order_line_id, ticket_id, session_id, gate_name, user_id, checked_at, checking_type, auth_type, entry_no)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    id, t.orderLineId, t.ticketId, t.sessionId, admission.gateName, ctx.actor.userId, at, checkingType, authType, entryNo,
  );
  // The platform hears of the first entry only; re-entries are the venue's own business.
  if (entryNo === 1 && options.report) {
    appendEvent(
      ctx.db,
      'checking',
      id,
      { checkInId: id, ticketId: t.ticketId, sessionId: t.sessionId, priceId: t.priceTierId, checkingTime: at, checkingType, authType },
      { scope: { sessionId: t.sessionId, priceTierId: t.priceTierId, ticketId: t.ticketId, orderId: t.orderId }, eventAt: at, now: ctx.clock() },
    );
  }
  return { id, at, entryNo };
}

/** Inside a transaction: judges one ticket at this gate, records the admission (and its outbox event) or the refusal. */
export function judge(ctx: DomainContext, request: GateRequest, t: ScannedTicket): GateResult {
  const now = ctx.clock();
  const shown = request.id;
  const id: IdShown = request.byId
    ? { kind: 'byId' }
    : shown
      ? { kind: 'shown', matches: () => idDocumentHash(ctx.cipher, shown.idType ?? t.personIdType ?? '', shown.idNumber) === t.idHmac }
      : { kind: 'none' };
  // The document's age for an id_age concession: the one shown, or on entry by ID alone the one the ticket was found
  // by; only where that document is the ticket's own holder's (一票一证). With one ID per order it is the buyer's,
  // who may bring in the family's 老年 ticket: the band then asks the gate to look at the senior's card.
  const document = shown && t.realNameMode === 'per_ticket' ? { idType: shown.idType ?? t.personIdType ?? '', idNumber: shown.idNumber } : null;
  const facts = ticketFacts(ctx, t, document);
  const decision = decide(facts, request.sessionIds, now, id, request.allowSameId === true);
  const age = facts.concessionAge();
  switch (decision.verdict) {
    case 'valid':
    case 'reentry': {
      const authType: PayloadValue<'authType'> = request.entry === 'device' ? 'device' : 'manual';
      const checkIn = recordAdmission(ctx, t, { gateName: request.gateName, at: now, checkingType: decision.checkingType, authType });
      return result(decision.verdict, { ticket: describe(ctx, t), checkIn, ...(age && { concessionAge: age }) });
    }
    // Not a refusal: the gate asks for the document, or whether to admit a document seen already, and sends the scan again.
    case 'id_required':
      return result('id_required', { ticket: describe(ctx, t) });
    case 'same_id_warning':
      return result('same_id_warning', { ticket: describe(ctx, t), sameIdEntry: decision.sameIdEntry });
    default:
      logRefusal(ctx, request, decision.verdict, t);
      return result(decision.verdict, { ticket: describe(ctx, t), ...refusalFacts(decision) }, refusalMessage(decision, t));
  }
}

function refusalFacts(decision: GateDecision): Omit<GateResult, 'verdict' | 'admitted' | 'message'> {
  if (decision.verdict === 'already_used') return { firstEntry: decision.firstEntry };
  if (decision.verdict === 'same_id_used') return { sameIdEntry: decision.sameIdEntry };
  if (decision.verdict === 'still_inside') return { inside: decision.lastEntry };
  if (decision.verdict === 'concession_age') return { concessionAge: decision.concessionAge };
  if (decision.verdict === 'not_open' || decision.verdict === 'closed') return { window: decision.window };
  return {};
}

// The core's English sentence for logs and API clients (the gate screen words its own from the facts).
function refusalMessage(decision: GateDecision, t: ScannedTicket): string | undefined {
  switch (decision.verdict) {
    case 'wrong_session':
      return `This ticket is for ${t.performanceName} ${t.sessionName}, ${chinaDateTime(t.startsAt)}.`;
    case 'already_used':
      return `This ticket was already used at ${chinaDateTime(decision.firstEntry.at)} at ${decision.firstEntry.gateName}.`;
    case 'same_id_used':
      return `Large performance: this ID document entered at ${chinaDateTime(decision.sameIdEntry.at)} at ${decision.sameIdEntry.gateName} with another ticket.`;
    case 'still_inside':
      return `This ticket is inside since ${chinaDateTime(decision.lastEntry.at)} (${decision.lastEntry.gateName}): it must go out through an exit first.`;
    case 'concession_age': {
      const c = gateConcession(t);
      return `${c?.name ?? 'Concession'} ticket: the ID document gives age ${decision.concessionAge.age} on the session's date${c?.minAge != null ? `, at least ${c.minAge} required` : ''}${c?.maxAge != null ? `, under ${c.maxAge} required` : ''}.`;
    }
    case 'not_open':
      return `Entry opens at ${chinaDateTime(decision.window.opensAt)}.`;
    case 'closed':
      return `Entry closed at ${chinaDateTime(decision.window.closesAt)}.`;
    default:
      return undefined;
  }
}

function judgeScan(ctx: DomainContext, scan: Scan): GateResult {
  const code = normalizeTicketCode(scan.code);
  const request: GateRequest = {
    gateName: scan.gateName,
    sessionIds: scan.sessionIds,
    entry: scan.entry,
    scanned: code,
    allowSameId: scan.allowSameId === true,
    ...(scan.idNumber !== undefined && { id: { idType: scan.idType, idNumber: scan.idNumber } }),
  };
  const ticket = scannedTicketByCode(ctx.db, code);
  if (ticket) return judge(ctx, request, ticket);
  const voided = getRow<{ orderLineId: string }>(ctx.db, 'SELECT order_line_id AS orderLineId FROM void_ticket_codes WHERE code = ?', code);
  const verdict: Verdict = voided ? 'void' : 'unknown';
  logRefusal(ctx, request, verdict);
  return result(verdict);
}

/**
 * Judges a scanned ticket code at a gate and admits it, or says why not: valid; already used (first time and
 * gate); unknown; replaced (void); wrong session (the session it is for); cancelled; refunded; entry not open or
 * closed; ID required or ID mismatch for a real-name performance. Every refusal is logged; an admission is one
 * transaction with its outbox event (`checking`, with checkingType and authType).
 */
export function checkIn(ctx: DomainContext, scan: Scan): GateResult {
  return inTransaction(ctx, () => judgeScan(ctx, scan));
}

/**
 * Several scans judged in order in one transaction (group commit): for a server that gathers the scans of many
 * gates arriving within a millisecond. Each gets its own verdict, exactly as if judged one by one.
 */
export function checkInBatch(ctx: DomainContext, { scans }: ScanBatch): GateResult[] {
  return inTransaction(ctx, () => scans.map((scan) => judgeScan(ctx, scan)));
}
