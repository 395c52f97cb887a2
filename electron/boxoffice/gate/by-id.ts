import type { z } from 'zod';
import { getRow } from '../../../db/statements';
import type { DomainContext } from '../context';
import { idDocumentHash } from '../personal-data/persons';
import { inTransaction } from '../service';
import { judge, logRefusal, result, SCANNED_TICKET, type GateRequest, type GateResult, type ScannedTicket } from './check-in';
import type { checkInByIdInput } from './schemas';

/**
 * Entry by ID document alone (checkingType 2), for real-name tickets: the holder's next unused ticket of the
 * gate's sessions is judged and admitted like a scanned one. No ticket for that document: `unknown`.
 */
export function checkInById(ctx: DomainContext, scan: z.output<typeof checkInByIdInput>): GateResult {
  const request: GateRequest = { gateName: scan.gateName, sessionIds: scan.sessionIds, entry: scan.entry, scanned: `ID document (${scan.idType})`, id: { idType: scan.idType, idNumber: scan.idNumber }, byId: true, allowSameId: scan.allowSameId === true };
  const hash = idDocumentHash(ctx.cipher, scan.idType, scan.idNumber);
  return inTransaction(ctx, () => {
    const ticket = getRow<ScannedTicket>(
      ctx.db,
      `${SCANNED_TICKET} WHERE l.id_hmac = ? AND l.session_id IN (SELECT value FROM json_each(?)) AND l.status = 'active' ORDER BY entries, l.rowid LIMIT 1`,
      hash,
      JSON.stringify(scan.sessionIds),
    );
    if (ticket) return judge(ctx, request, ticket);
    logRefusal(ctx, request, 'unknown');
    return result('unknown', {}, 'No live ticket of these sessions is bound to this ID document.');
  });
}
