// The dependency rules: whether a pending row may be sent now, or what it waits for.
import type { Db } from '../../../db/open';
import {
  codeRequestBlocker,
  earlierTicketEventBlocker,
  earlierVenueSaveBlocker,
  hallRegistrationBlocker,
  orderBlocker,
  performanceUpdateBlocker,
  ticketBlocker,
  tierBlocker,
  type Blocker,
} from '../../../db/outbox/blockers';
import type { OutboxPayload } from '../../../db/outbox/payloads';
import { getOutboxRow, outboxRefs } from '../../../db/outbox/queue';
import { isKnownPerformanceType } from '../../../db/catalog';
import type { QueuedRow } from '../../../db/outbox/scan';
import { performanceKnown, performanceOfSession } from '../../../db/platform-codes';
import type { CodeBook } from './codes';

/** Why a row is held back. */
export type WaitReason =
  /** A venue or hall must be registered first (its code is not known). */
  | 'hall_code'
  /** An earlier registration of the same venue is under way: one venue, registered once. */
  | 'venue_registration'
  /** The performance's new details must arrive before more session codes are asked with them. */
  | 'performance_update'
  /** The platform does not know the performance yet (its session codes are still to come). */
  | 'performance_code'
  /** Nothing about a session before its session code. */
  | 'session_code'
  /** A price tier's inventory before tickets and orders of that tier. */
  | 'tier_inventory'
  /** A ticket's availability before the order that sells it. */
  | 'ticket_state'
  /** An earlier order or refund of the same seat (a resale waits for the refund before it). */
  | 'earlier_ticket_event'
  /** An order before its refunds and its check-ins. */
  | 'order'
  /** An older state of the same record is on the wire; the newer one follows it. */
  | 'same_record'
  /** The performance's type is not in the platform's type list: held until a manager picks one (never sent to be refused). */
  | 'performance_type';

/** What a row waits for: the reason, the id it concerns, and the blocking row when there is one. */
export interface Wait {
  reason: WaitReason;
  subject: string;
  blocker?: Blocker;
}

/**
 * Judges pending rows against the dependency rules. Facts that cannot become false again (a delivered order,
 * a tier the platform has received) are remembered for good; a row found waiting is remembered for one pass.
 */
export class DependencyJudge {
  private readonly settled = new Set<string>();
  private readonly waiting = new Map<string, Wait | null>();
  /** Sessions the platform said it does not know although they have a local code: held while a code request is pending. */
  readonly suspectSessions = new Set<string>();
  /**
   * The tickets and tiers of the event rows judged so far, by the planner's row object: an order is judged once per
   * pass and again each time a ticket list it waits for is delivered, and its refs (written with it, never
   * changed) were read again each time.
   */
  private readonly refs = new WeakMap<QueuedRow, { tickets: string[]; priceTiers: string[] }>();

  constructor(
    private readonly db: Db,
    private readonly codes: CodeBook,
    private readonly inFlightKeys: ReadonlySet<string>,
  ) {}

  /** Starts a new look at the queue: facts that were false may have become true. */
  newPass(): void {
    this.waiting.clear();
  }

  /** Remembers what a delivery settled. */
  settle(fact: 'order' | 'tier' | 'ticket', id: string): void {
    this.settled.add(`${fact}:${id}`);
    this.waiting.delete(`${fact}:${id}`);
  }

  /** Null when the row may be sent now; otherwise what it waits for. */
  judge(row: QueuedRow): Wait | null {
    if (row.coalesceKey !== null && this.inFlightKeys.has(row.coalesceKey)) return { reason: 'same_record', subject: row.recordId };
    switch (row.kind) {
      case 'venue.save':
        return this.venueSave(row);
      case 'performance.code':
        return this.performanceCode(row);
      case 'performance.update':
        return (
          this.typeWait(row) ?? (row.performanceId !== null && !performanceKnown(this.db, row.performanceId) ? { reason: 'performance_code', subject: row.performanceId } : null)
        );
      case 'session.update':
        return this.session(row.sessionId) ?? (row.hallId !== null && this.codes.hall(row.hallId) === null ? this.hallWait(row.hallId) : null);
      case 'inventory':
        return this.session(row.sessionId);
      case 'ticket':
        return this.session(row.sessionId) ?? this.fact('tier', row.priceTierId, tierBlocker, 'tier_inventory');
      case 'order':
        return this.session(row.sessionId) ?? this.order(row);
      case 'refund':
      case 'checking':
        return this.session(row.sessionId) ?? this.fact('order', row.orderId, orderBlocker, 'order');
    }
  }

  private venueSave(row: QueuedRow): Wait | null {
    if (row.venueId === null || this.codes.venue(row.venueId) !== null) return null;
    const blocker = earlierVenueSaveBlocker(this.db, row.venueId, row.seq);
    return blocker ? { reason: 'venue_registration', subject: row.venueId, blocker } : null;
  }

  /** A performance record carrying a type the platform does not list (checked on every pass: a manager may re-type it any time). */
  private typeWait(row: QueuedRow): Wait | null {
    const request = getOutboxRow(this.db, row.seq);
    const typeId = (request?.payload as OutboxPayload<'performance.update'> | undefined)?.typeId;
    return typeId !== undefined && !isKnownPerformanceType(this.db, typeId) ? { reason: 'performance_type', subject: row.performanceId ?? row.recordId } : null;
  }

  private performanceCode(row: QueuedRow): Wait | null {
    const typeWait = this.typeWait(row);
    if (typeWait) return typeWait;
    const request = getOutboxRow(this.db, row.seq);
    if (!request) return null;
    for (const session of (request.payload as OutboxPayload<'performance.code'>).sessionList) {
      if (this.codes.hall(session.hallId) === null) return this.hallWait(session.hallId);
    }
    if (row.performanceId !== null && performanceKnown(this.db, row.performanceId)) {
      const blocker = performanceUpdateBlocker(this.db, row.performanceId);
      if (blocker) return { reason: 'performance_update', subject: row.performanceId, blocker };
    }
    return null;
  }

  private hallWait(hallId: string): Wait {
    const blocker = hallRegistrationBlocker(this.db, hallId);
    return blocker ? { reason: 'hall_code', subject: hallId, blocker } : { reason: 'hall_code', subject: hallId };
  }

  private session(sessionId: string | null): Wait | null {
    if (sessionId === null) return null;
    if (this.codes.session(sessionId) === null) return { reason: 'session_code', subject: sessionId };
    if (!this.suspectSessions.has(sessionId)) return null;
    const performanceId = performanceOfSession(this.db, sessionId);
    const blocker = performanceId === undefined ? undefined : codeRequestBlocker(this.db, performanceId, sessionId);
    if (blocker) return { reason: 'session_code', subject: sessionId, blocker };
    this.suspectSessions.delete(sessionId);
    return null;
  }

  private order(row: QueuedRow): Wait | null {
    let refs = this.refs.get(row);
    if (!refs) {
      refs = outboxRefs(this.db, row.seq);
      this.refs.set(row, refs);
    }
    for (const tierId of refs.priceTiers) {
      const wait = this.fact('tier', tierId, tierBlocker, 'tier_inventory');
      if (wait) return wait;
    }
    for (const ticketId of refs.tickets) {
      const wait = this.fact('ticket', ticketId, ticketBlocker, 'ticket_state');
      if (wait) return wait;
    }
    const earlier = refs.tickets.length ? earlierTicketEventBlocker(this.db, refs.tickets, row.seq) : undefined;
    return earlier ? { reason: 'earlier_ticket_event', subject: row.recordId, blocker: earlier } : null;
  }

  private fact(fact: 'order' | 'tier' | 'ticket', id: string | null, find: (db: Db, id: string) => Blocker | undefined, reason: WaitReason): Wait | null {
    if (id === null) return null;
    const key = `${fact}:${id}`;
    if (this.settled.has(key)) return null;
    const seen = this.waiting.get(key);
    if (seen !== undefined) return seen;
    const blocker = find(this.db, id);
    if (!blocker) {
      this.settled.add(key);
      return null;
    }
    const wait: Wait = { reason, subject: id, blocker };
    this.waiting.set(key, wait);
    return wait;
  }
}
