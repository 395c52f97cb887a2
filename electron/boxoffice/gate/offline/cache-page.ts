import { allRows } from '../../../../db/statements';
import { getPerson } from '../../../../db/persons';
import type { DomainContext } from '../../context';
import { gateHolderName } from '../holder-name';
import { inTransaction } from '../../service';
import { seatText } from '../../format';
import { gateConcession, SCANNED_TICKET, type ScannedTicket } from '../scanned-ticket';
import type { GateProof } from '../concession';
import { deviceIdHash, sessionHashKey } from './device-hash';
import type { GateCacheInput } from './schemas';

/** A session as a gate device needs it to judge alone. */
export interface CachedSession {
  id: string;
  name: string;
  performanceName: string;
  startsAt: number;
  status: 'normal' | 'cancelled';
  entryOpensAt: number;
  entryClosesAt: number;
  allowReentry: boolean;
  gateIdCheck: boolean;
  /** 一票一证: a document enters a session once (the device looks for its other tickets by their ID hash). */
  oneIdPerTicket: boolean;
  large: boolean;
  /** The key of the ID hashes of this session's tickets (null when the gate checks no ID here). */
  hashKey: string | null;
}

/**
 * One ticket in a device's cache, as a tuple to keep 100,000 of them small on a phone: code, session,
 * refunded (1) or live (0), seat text, tier, ticket type, first admission (time, gate), entries so far, the ID
 * hash under the session's key ('' when the ticket counts against a document but this gate checks none; null with
 * no document), the holder's masked name, the holder's document type and its last 4 characters,
 * then its last entry (time, gate) and last exit, then the concession the gate checks (price type name, proof, age
 * bounds: concession.ts). The last ones are optional: a cache stored before exits or concessions lacks them, and
 * reads as "no exit, no concession" until the device reads its sessions again (`CACHE_FORMAT`).
 */
export type CachedTicket = [
  code: string,
  sessionId: string,
  refunded: 0 | 1,
  seatText: string,
  tierName: string,
  ticketType: 'regular' | 'complimentary' | 'staff',
  firstAt: number | null,
  firstGate: string | null,
  entries: number,
  idHash: string | null,
  holderName: string | null,
  idType: string | null,
  idLast4: string | null,
  // the last entry (time, gate) and the last exit: whether the ticket is inside (exit-rules.ts)
  lastEntryAt?: number | null,
  lastEntryGate?: string | null,
  lastExitAt?: number | null,
  // the concession the gate checks (null: none)
  concessionName?: string | null,
  concessionProof?: GateProof | null,
  concessionMinAge?: number | null,
  concessionMaxAge?: number | null,
];


export interface GateCachePage {
  /** The cursor to ask after next; equal to `after` when nothing changed. */
  cursor: number;
  /** More changes wait beyond this page: ask again at once. */
  more: boolean;
  /** The sessions' current facts (few; always whole). */
  sessions: CachedSession[];
  /** Tickets changed after `after`, each in its newest state. */
  tickets: CachedTicket[];
  /** Codes of the changed tickets replaced by a reprint: the device drops them and says "replaced", as the core does. */
  voidCodes: string[];
  /** The core's time of this page: the device's cache age counts from it. */
  at: number;
}

interface SessionRow {
  id: string;
  name: string;
  performanceName: string;
  startsAt: number;
  status: 'normal' | 'cancelled';
  entryOpensAt: number;
  entryClosesAt: number;
  allowReentry: 0 | 1;
  gateIdCheck: 0 | 1;
  realNameMode: string;
  large: 0 | 1;
}

function cachedTicket(ctx: DomainContext, code: string, t: ScannedTicket, hashKey: string | null, holderName: (name: string) => string): CachedTicket {
  const person = t.personId === null ? undefined : getPerson(ctx.db, t.personId);
  const idNumber = person?.idNumberEnc ? ctx.cipher.decrypt(person.idNumberEnc, 'id_number') : null;
  const idHash = hashKey !== null && idNumber !== null && person?.idType ? deviceIdHash(hashKey, person.idType, idNumber) : null;
  return [
    code,
    t.sessionId,
    t.lineStatus === 'refunded' ? 1 : 0,
    seatText(t),
    t.tierName,
    t.ticketType,
    t.firstAt,
    t.firstGate,
    t.entries,
    // A ticket that counts against a document but whose gate checks none still needs "has a holder" (large rule).
    idHash ?? (t.idHmac !== null ? '' : null),
    person ? holderName(ctx.cipher.decrypt(person.nameEnc, 'name')) : null,
    t.personIdType,
    idNumber === null ? null : idNumber.slice(-4),
    t.lastEntryAt,
    t.lastEntryGate,
    t.lastExitAt,
    ...concessionFields(t),
  ];
}

function concessionFields(t: ScannedTicket): [string | null, GateProof | null, number | null, number | null] {
  const c = gateConcession(t);
  return c === null ? [null, null, null, null] : [c.name, c.proof, c.minAge, c.maxAge];
}

/**
 * What changed in these sessions after the device's cursor, for its offline cache: the sessions' facts (always)
 * and each changed ticket in its newest state, up to `limit` changes a page.
 */
export function gateCachePage(ctx: DomainContext, input: GateCacheInput): GateCachePage {
  const sessions = JSON.stringify(input.sessionIds);
  return inTransaction(ctx, () => {
    const rows = allRows<SessionRow>(
      ctx.db,
      `SELECT s.id, s.name, p.name AS performanceName, s.starts_at AS startsAt, s.status, s.entry_opens_at AS entryOpensAt,
         s.entry_closes_at AS entryClosesAt, s.allow_reentry AS allowReentry, p.gate_id_check AS gateIdCheck, p.real_name_mode AS realNameMode, p.large
       FROM sessions s JOIN performances p ON p.id = s.performance_id WHERE s.id IN (SELECT value FROM json_each(?))`,
      sessions,
    );
    const keys = new Map(rows.map((s) => [s.id, s.gateIdCheck === 1 ? sessionHashKey(ctx.db, s.id) : null]));
    const changes = allRows<{ seq: number; lineId: string }>(
      ctx.db,
      'SELECT seq, order_line_id AS lineId FROM gate_changes WHERE session_id IN (SELECT value FROM json_each(?)) AND seq > ? ORDER BY seq LIMIT ?',
      sessions, input.after, input.limit,
    );
    const lineIds = [...new Set(changes.map((c) => c.lineId))];
    const lines = allRows<ScannedTicket>(ctx.db, `${SCANNED_TICKET} WHERE l.id IN (SELECT value FROM json_each(?))`, JSON.stringify(lineIds));
    const codes = new Map(
      allRows<{ id: string; code: string }>(ctx.db, 'SELECT id, ticket_code AS code FROM order_lines WHERE id IN (SELECT value FROM json_each(?))', JSON.stringify(lineIds)).map((l) => [l.id, l.code]),
    );
    const holderName = gateHolderName(ctx.db);
    const tickets = lines.map((t) => cachedTicket(ctx, codes.get(t.orderLineId) ?? '', t, keys.get(t.sessionId) ?? null, holderName));
    const voidCodes = allRows<{ code: string }>(ctx.db, 'SELECT code FROM void_ticket_codes WHERE order_line_id IN (SELECT value FROM json_each(?))', JSON.stringify(lineIds)).map((v) => v.code);
    const last = changes.at(-1)?.seq ?? input.after;
    return {
      cursor: last,
      more: changes.length === input.limit,
      sessions: rows.map((s) => ({
        id: s.id,
        name: s.name,
        performanceName: s.performanceName,
        startsAt: s.startsAt,
        status: s.status,
        entryOpensAt: s.entryOpensAt,
        entryClosesAt: s.entryClosesAt,
        allowReentry: s.allowReentry === 1,
        gateIdCheck: s.gateIdCheck === 1,
        oneIdPerTicket: s.realNameMode === 'per_ticket',
        large: s.large === 1,
        hashKey: keys.get(s.id) ?? null,
      })),
      tickets,
      voidCodes,
      at: ctx.clock(),
    };
  });
}
