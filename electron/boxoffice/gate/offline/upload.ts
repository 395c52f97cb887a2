import { newId } from '../../../../db/ids';
import { getRow, run } from '../../../../db/statements';
import type { DomainContext } from '../../context';
import { normalizeTicketCode } from '../../format';
import { inTransaction } from '../../service';
import { recordAdmission } from '../check-in';
import { insideAt } from '../inside-at';
import { keepEarlierAdmission } from './first-admission';
import { scannedTicketByCode, type ScannedTicket } from '../scanned-ticket';
import { VERDICTS } from '../verdicts';
import type { OfflineScan, OfflineUploadInput } from './schemas';

export type OfflineOutcome = 'admitted' | 'refused' | 'double_entry' | 'refunded_admitted' | 'unknown';

export interface OfflineUploadResult {
  clientId: string;
  outcome: OfflineOutcome;
  /** Already stored by an earlier upload: nothing was written this time. */
  duplicate: boolean;
  /** The session of a recorded admission (the counters of its gates move). */
  admittedSessionId?: string;
}

interface Upload {
  deviceId: string;
  gateName: string;
}

/** `second`: the admission flagged (the later one); `platformHasSecond`: the platform already holds it, not the first. */
function conflict(
  ctx: DomainContext,
  kind: 'double_entry' | 'refunded_admitted',
  t: ScannedTicket,
  first: { gate: string | null; at: number },
  second: { gate: string; at: number },
  scan: OfflineScan,
  platformHasSecond = false,
) {
  run(
    ctx.db,
    `INSERT INTO gate_conflicts (id, kind, session_id, order_line_id, first_gate, first_at, second_gate, second_at, client_id, detected_at, platform_has_second)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    newId('gcf_'), kind, t.sessionId, t.orderLineId, first.gate, first.at, second.gate, second.at, scan.clientId, ctx.clock(), platformHasSecond ? 1 : 0,
  );
}

/** One scan, not seen before: what the device decided, recorded as the core would have, or flagged. */
function store(ctx: DomainContext, upload: Upload, scan: OfflineScan): { outcome: OfflineOutcome; checkInId: string | null; sessionId?: string } {
  const t = scannedTicketByCode(ctx.db, normalizeTicketCode(scan.code));
  if (!VERDICTS[scan.verdict].admits) {
    run(
      ctx.db,
      'INSERT INTO rejected_scans (scanned_at, code, verdict, gate_name, user_id, session_id, order_line_id) VALUES (?, ?, ?, ?, ?, ?, ?)',
      scan.scannedAt, scan.code.slice(0, 64), scan.verdict, upload.gateName, ctx.actor.userId, t?.sessionId ?? null, t?.orderLineId ?? null,
    );
    return { outcome: 'refused', checkInId: null };
  }
  // A device admits only what its cache held: a code the core does not know is kept in the upload log, nothing more.
  if (!t) return { outcome: 'unknown', checkInId: null };
  // Conflicts first: the person is inside either way, and the manager must see it.
  if (t.lineStatus === 'refunded') {
    const refundedAt = getRow<{ at: number }>(ctx.db, 'SELECT refunded_at AS at FROM order_lines WHERE id = ?', t.orderLineId)?.at ?? scan.scannedAt;
    conflict(ctx, 'refunded_admitted', t, { gate: null, at: refundedAt }, { gate: upload.gateName, at: scan.scannedAt }, scan);
    return { outcome: 'refunded_admitted', checkInId: null };
  }
  const admission = { gateName: upload.gateName, at: scan.scannedAt, checkingType: scan.checkingType, authType: scan.entry };
  // Admitted again while the core knows it was inside at that moment (no exit between its last entry and the scan): a
  // passback, even where re-entry is allowed. Judged at the scan's own time (inside-at.ts), so a re-entry after an
  // exit uploaded just before it is a re-entry, whatever the gates did later.
  const insideThen = t.firstAt === null || t.allowReentry === 0 ? null : insideAt(ctx.db, t.orderLineId, scan.scannedAt);
  if (t.firstAt !== null && (t.allowReentry === 0 || insideThen !== null)) {
    // The first by time is the admission kept, not the first to arrive (first-admission.ts: what the platform gets).
    if (t.allowReentry === 0 && scan.scannedAt < t.firstAt) {
      const kept = keepEarlierAdmission(ctx, t, admission);
      conflict(ctx, 'double_entry', t, { gate: upload.gateName, at: scan.scannedAt }, { gate: kept.displaced.gateName, at: kept.displaced.at }, scan, kept.platformHasSecond);
      return { outcome: 'admitted', checkInId: kept.checkInId, sessionId: t.sessionId };
    }
    const kept = insideThen ?? { gateName: t.firstGate, at: t.firstAt };
    conflict(ctx, 'double_entry', t, { gate: kept.gateName, at: kept.at }, { gate: upload.gateName, at: scan.scannedAt }, scan);
    return { outcome: 'double_entry', checkInId: null };
  }
  const checkIn = recordAdmission(ctx, t, admission);
  return { outcome: 'admitted', checkInId: checkIn.id, sessionId: t.sessionId };
}

/**
 * Scans a gate device judged while its link was down, in the order it judged them, stored exactly once each by
 * the device's client id (a retried upload changes nothing). Admissions become check-ins at their original time
 * (the first entry goes to the platform through the outbox); refusals join the refusal log; a ticket admitted
 * again elsewhere, or admitted after its refund, is flagged as a conflict beside the one admission kept: the
 * earliest by time, even when it arrives last.
 */
export function uploadOfflineScans(ctx: DomainContext, input: OfflineUploadInput): OfflineUploadResult[] {
  return inTransaction(ctx, () =>
    input.scans.map((scan) => {
      const seen = getRow<{ outcome: OfflineOutcome }>(ctx.db, 'SELECT outcome FROM gate_offline_scans WHERE client_id = ?', scan.clientId);
      if (seen) return { clientId: scan.clientId, outcome: seen.outcome, duplicate: true };
      // The log row first: the conflict row refers to it.
      run(
        ctx.db,
        `INSERT INTO gate_offline_scans (client_id, device_id, gate_name, user_id, code, scanned_at, offline_verdict, outcome, check_in_id, received_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, 'unknown', NULL, ?)`,
        scan.clientId, input.deviceId, input.gateName, ctx.actor.userId, scan.code.slice(0, 64), scan.scannedAt, scan.verdict, ctx.clock(),
      );
      const stored = store(ctx, input, scan);
      run(ctx.db, 'UPDATE gate_offline_scans SET outcome = ?, check_in_id = ? WHERE client_id = ?', stored.outcome, stored.checkInId, scan.clientId);
      return { clientId: scan.clientId, outcome: stored.outcome, duplicate: false, ...(stored.sessionId !== undefined && { admittedSessionId: stored.sessionId }) };
    }),
  );
}
