// The order the platform needs (issue 5, "Dependencies"), as one question the worker asks of each due row:
// what, if anything, must be delivered first? Rows only wait on rows about the same venue, session, tier,
// order or ticket, so one stuck record never holds back unrelated ones.
import type { Db } from '../open';
import { getRow } from '../statements';
import type { OutboxRow } from './queue';

const exists = (db: Db, sql: string, ...params: unknown[]) => getRow<{ x: number }>(db, `SELECT EXISTS (${sql}) AS x`, ...params)?.x === 1;

/** Why the row must wait (a sentence for the sync screen), or null when it can be sent now. */
export function waitingOn(db: Db, row: OutboxRow): string | null {
  switch (row.kind) {
    case 'venue.save':
      // a second hall of an unregistered venue waits for the registration that will create the venue code
      return exists(
        db,
        `SELECT 1 FROM outbox o JOIN venues v ON v.id = o.venue_id WHERE o.kind = 'venue.save' AND o.venue_id = ? AND o.seq < ?
           AND o.status IN ('pending', 'in_flight', 'dead') AND v.platform_venue_code IS NULL`,
        row.venueId,
        row.seq,
      )
        ? 'waiting for the registration of its venue'
        : null;
    case 'performance.code':
      return exists(
        db,
        `SELECT 1 FROM json_each(?, '$.sessionList') s JOIN halls h ON h.id = json_extract(s.value, '$.hallId') WHERE h.platform_hall_code IS NULL`,
        JSON.stringify(row.payload),
      )
        ? 'waiting for the registration of a hall'
        : null;
    case 'performance.update':
      return exists(db, 'SELECT 1 FROM sessions WHERE performance_id = ? AND platform_session_code IS NOT NULL', row.performanceId)
        ? null
        : 'waiting for the session codes of the performance';
    default:
      break;
  }
  if (row.sessionId !== null && !exists(db, 'SELECT 1 FROM sessions WHERE id = ? AND platform_session_code IS NOT NULL', row.sessionId)) {
    return 'waiting for the session code';
  }
  const tierReported = (tierId: string | null) =>
    tierId === null || exists(db, "SELECT 1 FROM outbox WHERE coalesce_key = ? AND status = 'delivered'", `inventory:${tierId}`);
  const orderDelivered = () => exists(db, "SELECT 1 FROM outbox WHERE kind = 'order' AND record_id = ? AND coalesce_key IS NULL AND status = 'delivered'", row.orderId);
  switch (row.kind) {
    case 'ticket':
      return tierReported(row.priceTierId) ? null : 'waiting for the inventory of its price tier';
    case 'order':
      if (exists(db, "SELECT 1 FROM outbox_refs r WHERE r.seq = ? AND r.ref_kind = 'price_tier' AND NOT EXISTS (SELECT 1 FROM outbox WHERE coalesce_key = 'inventory:' || r.ref_id AND status = 'delivered')", row.seq)) {
        return 'waiting for the inventory of its price tiers';
      }
      // a seat sold again after a refund: the refund goes first
      return exists(
        db,
        `SELECT 1 FROM outbox_refs mine JOIN outbox_refs theirs ON theirs.ref_kind = 'ticket' AND theirs.ref_id = mine.ref_id AND theirs.seq < mine.seq
           JOIN outbox o ON o.seq = theirs.seq AND o.kind = 'refund' AND o.status <> 'delivered'
         WHERE mine.seq = ? AND mine.ref_kind = 'ticket'`,
        row.seq,
      )
        ? 'waiting for the refund of one of its seats'
        : null;
    case 'refund':
      return orderDelivered() ? null : 'waiting for its order';
    case 'checking':
      return orderDelivered() ? null : 'waiting for the order of its ticket';
    default:
      return null;
  }
}
