// What a platform switch does to the stored data: the live outbox is the current platform's only,
// so the previous platform's rows move to outbox_archive (labelled with it), and its codes are cleared.
// The domain (electron/boxoffice/go-live/) decides what is queued again; everything here runs inside its transaction.
import type { Db } from './open';
import type { OutboxRow } from './outbox/queue';
import { allRows, getRow, run } from './statements';

export type SwitchOutcome = 'discard-training' | 'keep-sales' | 'none';

/** An event of the archived outbox, to append again for the new platform (keep sales). */
export type ArchivedEvent = Pick<OutboxRow, 'recordId' | 'venueId' | 'hallId' | 'performanceId' | 'sessionId' | 'priceTierId' | 'orderId' | 'ticketId' | 'eventAt'> & {
  kind: 'order' | 'refund' | 'checking';
  /** As stored: events are frozen, so the same JSON goes out again. */
  payload: string;
  refs: { refKind: 'ticket' | 'price_tier'; refId: string }[];
};

/** Records the switch itself (the archives point at it). */
export function insertPlatformSwitch(
  db: Db,
  row: { id: string; at: number; from: string; to: string; outcome: SwitchOutcome; userId: string | null; summary: Record<string, unknown> },
): void {
  run(
    db,
    'INSERT INTO platform_switches (id, switched_at, from_platform, to_platform, outcome, user_id, summary) VALUES (?, ?, ?, ?, ?, ?, ?)',
    row.id,
    row.at,
    row.from,
    row.to,
    row.outcome,
    row.userId,
    JSON.stringify(row.summary),
  );
}

export function setSwitchSummary(db: Db, id: string, summary: Record<string, unknown>): void {
  run(db, 'UPDATE platform_switches SET summary = ? WHERE id = ?', JSON.stringify(summary), id);
}

/**
 * Moves the whole outbox to the archive under `platform` and empties it. Returns the events in their first order
 * (seq), with the tickets and tiers they concern, for a caller that keeps the sales.
 */
export function archiveOutbox(db: Db, switchId: string, platform: string, now: number): { archived: number; delivered: number; events: ArchivedEvent[] } {
  const archived = run(
    db,
    `INSERT INTO outbox_archive (switch_id, platform, seq, kind, record_id, coalesce_key, status, attempts, last_error_code, last_error_message, payload, event_at, created_at, delivered_at)
     SELECT ?, ?, seq, kind, record_id, coalesce_key, status, attempts, last_error_code, last_error_message, payload, event_at, created_at, delivered_at FROM outbox`,
    switchId,
    platform,
  ).changes;
  const delivered = getRow<{ n: number }>(db, "SELECT count(*) AS n FROM outbox WHERE status = 'delivered'")?.n ?? 0;
  const events = allRows<Omit<ArchivedEvent, 'refs'> & { seq: number; refs: string }>(
    db,
    `SELECT o.seq, o.kind, o.record_id AS recordId, o.venue_id AS venueId, o.hall_id AS hallId, o.performance_id AS performanceId,
       o.session_id AS sessionId, o.price_tier_id AS priceTierId, o.order_id AS orderId, o.ticket_id AS ticketId, o.payload, o.event_at AS eventAt,
       (SELECT json_group_array(json_object('refKind', r.ref_kind, 'refId', r.ref_id)) FROM outbox_refs r WHERE r.seq = o.seq) AS refs
     FROM outbox o WHERE o.coalesce_key IS NULL AND o.status <> 'discarded' ORDER BY o.seq`,
  ).map(({ seq: _seq, refs, ...event }) => ({ ...event, refs: JSON.parse(refs) as ArchivedEvent['refs'] }));
  // Undelivered rows cannot be deleted as they are (0050's guard): they are withdrawn first, in this same transaction.
  run(db, "UPDATE outbox SET status = 'discarded', last_error_code = 'SWITCHED', last_error_message = 'the box office switched platforms', updated_at = ? WHERE status IN ('pending', 'in_flight', 'dead')", now);
  run(db, 'DELETE FROM outbox_refs');
  run(db, 'DELETE FROM outbox');
  return { archived, delivered, events };
}

/** Appends an archived event again, pending, for the platform now current. */
export function requeueEvent(db: Db, event: ArchivedEvent, now: number): void {
  const seq = Number(
    run(
      db,
      `INSERT INTO outbox (kind, record_id, venue_id, hall_id, performance_id, session_id, price_tier_id, order_id, ticket_id, payload, event_at, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      event.kind,
      event.recordId,
      event.venueId,
      event.hallId,
      event.performanceId,
      event.sessionId,
      event.priceTierId,
      event.orderId,
      event.ticketId,
      event.payload,
      event.eventAt,
      now,
      now,
    ).lastInsertRowid,
  );
  for (const ref of event.refs) run(db, 'INSERT OR IGNORE INTO outbox_refs (seq, ref_kind, ref_id) VALUES (?, ?, ?)', seq, ref.refKind, ref.refId);
}

/** Clears every platform code (they belong to the platform that issued them), and the previous platform's type list. */
export function clearPlatformCodes(db: Db, now: number): { venues: number; halls: number; sessions: number } {
  return {
    venues: run(db, 'UPDATE venues SET platform_venue_code = NULL, platform_venue_code_by = NULL, updated_at = ? WHERE platform_venue_code IS NOT NULL', now).changes,
    halls: run(db, 'UPDATE halls SET platform_hall_code = NULL, platform_hall_code_by = NULL, updated_at = ? WHERE platform_hall_code IS NOT NULL', now).changes,
    sessions: run(db, 'UPDATE sessions SET platform_session_code = NULL, platform_session_code_by = NULL, updated_at = ? WHERE platform_session_code IS NOT NULL', now)
      .changes,
  };
}

export interface PlatformSwitchRow {
  id: string;
  switchedAt: number;
  fromPlatform: string;
  toPlatform: string;
  outcome: SwitchOutcome;
  summary: string;
}

/** The switches so far, newest first. */
export const listPlatformSwitches = (db: Db): PlatformSwitchRow[] =>
  allRows<PlatformSwitchRow>(
    db,
    'SELECT id, switched_at AS switchedAt, from_platform AS fromPlatform, to_platform AS toPlatform, outcome, summary FROM platform_switches ORDER BY switched_at DESC, id DESC',
  );
