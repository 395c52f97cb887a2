// One ticket per ID document per session (large performances). The service check names the order that already
// holds the ID; the unique index order_lines_one_ticket_per_id (migration 0060) is the backstop under any race.
import { getLargeSession, liveTicketOfId } from '../../../db/large';
import type { DomainContext } from '../context';
import { BoxOfficeError } from '../errors';
import { normalizeIdNumber } from '../personal-data/id-document';
import { maskIdNumber } from '../personal-data/mask';
import type { PersonData } from '../personal-data/persons';
import { seatText } from '../format';

/** One ticket's ID document: its hash (null: no ID), where it came from in the input, and the person (for the masked number). */
export interface IdClaim {
  hash: string | null;
  field: string;
  person: PersonData | undefined;
}

const masked = (person: PersonData | undefined): string => (person?.idNumber ? maskIdNumber(normalizeIdNumber(person.idNumber)) : '');

/**
 * Refuses ONE_TICKET_PER_ID when a large session's ticket would share its holder's ID with another live ticket of
 * the session, or with another ticket of the same sale. `exceptOrderLineId`: the ticket being re-bound.
 */
export function assertOneTicketPerId(ctx: DomainContext, sessionId: string, claims: readonly IdClaim[], exceptOrderLineId: string | null = null): void {
  if (getLargeSession(ctx.db, sessionId)?.large !== 1) return;
  const seen = new Map<string, IdClaim>();
  for (const claim of claims) {
    if (claim.hash === null) continue;
    const twin = seen.get(claim.hash);
    if (twin) {
      throw new BoxOfficeError(
        'ONE_TICKET_PER_ID',
        `Large performance: one ID document may hold only one ticket per session, and ID ${masked(claim.person)} is given for two tickets of this sale.`,
        { rule: 'one_ticket_per_id', sessionId, field: claim.field, duplicateOf: twin.field, idNumber: masked(claim.person), heldBy: null },
      );
    }
    seen.set(claim.hash, claim);
    const held = liveTicketOfId(ctx.db, sessionId, claim.hash, exceptOrderLineId);
    if (held) {
      const seat = seatText(held);
      throw new BoxOfficeError(
        'ONE_TICKET_PER_ID',
        `Large performance: ID ${masked(claim.person)} already holds a ticket for this session (order ${held.orderNumber}, ${seat}); one ID document may hold only one ticket per session.`,
        {
          rule: 'one_ticket_per_id',
          sessionId,
          field: claim.field,
          idNumber: masked(claim.person),
          heldBy: { orderId: held.orderId, orderNumber: held.orderNumber, orderLineId: held.orderLineId, ticketId: held.ticketId, ticketType: held.ticketType, seatText: seat },
        },
      );
    }
  }
}
