// A ticket admitted twice while gates were offline keeps the FIRST admission by time, whichever reached the core
// first. The standard's check-in report (POST /report/checking) is an event with no update nor withdrawal, and the
// platform hears of one admission per ticket, so what the platform gets depends on how far the stored one went:
//
// | stored admission's outbox row | what happens                                                                  |
// |--------------------------------|-------------------------------------------------------------------------------|
// | pending, or dead (never taken) | withdrawn (`discarded`, WITHDRAWN); the earlier admission is reported instead |
// | in flight or delivered         | kept: the platform may hold it and a second report would count the ticket    |
// |                                | twice; the conflict records `platformHasSecond` for the manager              |
//
// Locally the earlier admission is the ticket's check-in either way (counters, "already used at", the gate report).
import { getRow, run } from '../../../../db/statements';
import type { PayloadValue } from '../../../../db/outbox/payloads';
import type { DomainContext } from '../../context';
import { recordAdmission } from '../check-in';
import type { ScannedTicket } from '../scanned-ticket';

export interface EarlierAdmission {
  gateName: string;
  at: number;
  checkingType: PayloadValue<'checkingType'>;
  authType: PayloadValue<'authType'>;
}

interface StoredAdmission {
  id: string;
  gateName: string;
  at: number;
  userId: string | null;
}

/**
 * Inside a transaction: `t`'s stored first admission is later than `earlier`; the earlier one becomes the ticket's
 * admission. Returns the new check-in's id, the admission it displaced (to be flagged), and whether the platform
 * keeps the displaced one.
 */
export function keepEarlierAdmission(
  ctx: DomainContext,
  t: ScannedTicket,
  earlier: EarlierAdmission,
): { checkInId: string; displaced: StoredAdmission; platformHasSecond: boolean } {
  const displaced = getRow<StoredAdmission>(
    ctx.db,
    'SELECT id, gate_name AS gateName, checked_at AS at, user_id AS userId FROM check_ins WHERE order_line_id = ? AND entry_no = 1',
    t.orderLineId,
  );
  if (!displaced) throw new Error(`ticket ${t.orderLineId} has no stored admission to displace`);
  // `coalesce_key IS NULL` (true of every event) lets SQLite use outbox_event_once, a partial index; without it
  // each displacement scanned the whole outbox.
  const event = getRow<{ status: string }>(ctx.db, "SELECT status FROM outbox WHERE kind = 'checking' AND record_id = ? AND coalesce_key IS NULL", displaced.id);
  const platformHasSecond = event !== undefined && (event.status === 'in_flight' || event.status === 'delivered');
  if (event && !platformHasSecond) {
    run(
      ctx.db,
      `UPDATE outbox SET status = 'discarded', last_error_code = 'WITHDRAWN', last_error_message = ?, updated_at = ?
       WHERE kind = 'checking' AND record_id = ? AND coalesce_key IS NULL AND status IN ('pending', 'dead')`,
      'an earlier admission of the same ticket arrived from an offline gate: that one is reported instead',
      ctx.clock(),
      displaced.id,
    );
  }
  // The displaced admission lives on in the conflict row (its gate and time) and in its offline scan, if it was one.
  run(ctx.db, "UPDATE gate_offline_scans SET outcome = 'double_entry', check_in_id = NULL WHERE check_in_id = ?", displaced.id);
  run(ctx.db, 'DELETE FROM check_ins WHERE id = ?', displaced.id);
  // Counted from nothing again (the displaced row is gone): entry 1, reported unless the platform has the other.
  const checkIn = recordAdmission(ctx, { ...t, entries: 0 }, earlier, { report: !platformHasSecond });
  return { checkInId: checkIn.id, displaced, platformHasSecond };
}
