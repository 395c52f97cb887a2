// The facts behind the sync worker's dependency rules (electron/reporter/sync/dependencies.ts). Each answers with
// the row a record must wait for ({seq, status}: pending, in flight or dead), or undefined when nothing holds it
// back, so the worker can both decide and explain ("held by dead letter #12"). Every query goes through an index
// of 0050 (outbox_key, outbox_event_once, outbox_refs_ref): they run for every waiting row of every pass.
import type { Db } from '../open';
import { getRow } from '../statements';
import { stateKey } from './write';

/** An outbox row that another is waiting for. */
export interface Blocker {
  seq: number;
  status: 'pending' | 'in_flight' | 'dead';
}

const UNDELIVERED = "('pending', 'in_flight', 'dead')";

/**
 * A state the platform must have received once before records that refer to it (a tier's inventory, a
 * ticket's availability): nothing holds back once one row of the key was delivered, or when none was ever queued.
 */
function firstStateBlocker(db: Db, key: string): Blocker | undefined {
  const row = getRow<{ seq: number; status: string }>(
    db,
    `SELECT seq, status FROM outbox WHERE coalesce_key = ? AND status <> 'discarded' ORDER BY status = 'delivered' DESC, seq LIMIT 1`,
    key,
  );
  return row && row.status !== 'delivered' ? (row as Blocker) : undefined;
}

/** The price tier's inventory, until the platform has received it once. */
export const tierBlocker = (db: Db, tierId: string): Blocker | undefined => firstStateBlocker(db, stateKey('inventory', tierId));

/** The ticket's availability, until the platform has received it once. */
export const ticketBlocker = (db: Db, ticketId: string): Blocker | undefined => firstStateBlocker(db, stateKey('ticket', ticketId));

/** The order event itself, until delivered (a discarded order holds nothing back: the platform will answer). */
export function orderBlocker(db: Db, orderId: string): Blocker | undefined {
  return getRow<Blocker>(db, `SELECT seq, status FROM outbox WHERE kind = 'order' AND record_id = ? AND coalesce_key IS NULL AND status IN ${UNDELIVERED}`, orderId);
}

/** An earlier order or refund of any of these tickets that has not arrived: a resale waits for the refund before it. */
export function earlierTicketEventBlocker(db: Db, ticketIds: readonly string[], beforeSeq: number): Blocker | undefined {
  return getRow<Blocker>(
    db,
    `SELECT o.seq, o.status FROM outbox_refs r JOIN outbox o ON o.seq = r.seq
     WHERE r.ref_kind = 'ticket' AND r.ref_id IN (SELECT value FROM json_each(?)) AND r.seq < ?
       AND o.kind IN ('order', 'refund') AND o.status IN ${UNDELIVERED}
     ORDER BY o.seq LIMIT 1`,
    JSON.stringify(ticketIds),
    beforeSeq,
  );
}

/** An earlier (or an in-flight) registration of the same venue: a second hall must not register the venue twice. */
export function earlierVenueSaveBlocker(db: Db, venueId: string, beforeSeq: number): Blocker | undefined {
  // Registrations are keyed by hall: look through the venue's halls' keys.
  return getRow<Blocker>(
    db,
    `SELECT o.seq, o.status FROM halls h JOIN outbox o ON o.coalesce_key = 'venue.save:' || h.id
     WHERE h.venue_id = ? AND o.status IN ${UNDELIVERED} AND (o.seq < ? OR o.status = 'in_flight') AND o.seq <> ?
     ORDER BY o.seq LIMIT 1`,
    venueId,
    beforeSeq,
    // never the row itself: a registration refused while on the wire would otherwise wait for itself, for ever
    beforeSeq,
  );
}

/** The hall's registration, while it has no code. */
export function hallRegistrationBlocker(db: Db, hallId: string): Blocker | undefined {
  return getRow<Blocker>(db, `SELECT seq, status FROM outbox WHERE coalesce_key = ? AND status IN ${UNDELIVERED} ORDER BY seq LIMIT 1`, stateKey('venue.save', hallId));
}

/** A code request of the performance that includes this session and has not been answered yet. */
export function codeRequestBlocker(db: Db, performanceId: string, sessionId: string): Blocker | undefined {
  return getRow<Blocker>(
    db,
    `SELECT o.seq, o.status FROM outbox o, json_each(o.payload, '$.sessionList') s
     WHERE o.coalesce_key = ? AND o.status IN ${UNDELIVERED} AND json_extract(s.value, '$.sessionId') = ?
     ORDER BY o.seq LIMIT 1`,
    stateKey('performance.code', performanceId),
    sessionId,
  );
}

/** A performance update not yet delivered (a later code request would carry the new details and be refused before it). */
export function performanceUpdateBlocker(db: Db, performanceId: string): Blocker | undefined {
  return getRow<Blocker>(db, `SELECT seq, status FROM outbox WHERE coalesce_key = ? AND status IN ${UNDELIVERED} ORDER BY seq LIMIT 1`, stateKey('performance.update', performanceId));
}
