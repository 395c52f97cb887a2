// The real-name rules of a sale: who must be named, and how many tickets one ID document may hold.
import type { PerformanceRow, SessionRow } from '../../../db/catalog';
import { ticketsHeldById } from '../../../db/sales';
import type { DomainContext } from '../context';
import { BoxOfficeError } from '../errors';
import { idDocumentHash, type PersonData } from '../personal-data/persons';
import { maskIdNumber } from '../personal-data/mask';
import { normalizeIdNumber } from '../personal-data/id-document';
import type { TakenTicket } from './take-tickets';

const hasId = (person: PersonData | undefined): person is PersonData & { idType: string; idNumber: string } =>
  person?.idType !== undefined && person.idNumber !== undefined;

/**
 * The ID document each ticket counts against: the holder's (one ID per ticket) or the buyer's (one ID per order);
 * none when the performance is not real-name. Refuses REAL_NAME_REQUIRED for a missing name or document, unless
 * `holdersOptional` (held tickets of a large performance, bound to their holders later).
 */
export function ticketIdHashes(
  ctx: DomainContext,
  performance: PerformanceRow,
  tickets: readonly TakenTicket[],
  buyer: PersonData | undefined,
  holdersOptional = false,
): (string | null)[] {
  switch (performance.realNameMode) {
    case 'none':
      return tickets.map(() => null);
    case 'per_order': {
      if (!hasId(buyer)) throw new BoxOfficeError('REAL_NAME_REQUIRED', 'This performance is sold by real name: enter the buyer’s name and ID document.', { field: 'buyer', mode: 'per_order' });
      const hash = idDocumentHash(ctx.cipher, buyer.idType, buyer.idNumber);
      return tickets.map(() => hash);
    }
    case 'per_ticket':
      return tickets.map((ticket, i) => {
        if (!hasId(ticket.holder)) {
          if (holdersOptional) return null;
          throw new BoxOfficeError('REAL_NAME_REQUIRED', `This performance needs one ID per ticket: enter the name and ID document of ticket ${i + 1}'s holder.`, { field: ticket.field, mode: 'per_ticket', ticket: i + 1 });
        }
        return idDocumentHash(ctx.cipher, ticket.holder.idType, ticket.holder.idNumber);
      });
  }
}

/** Purchase limits per ID document, per session and per performance, counting this sale's tickets with those already sold. */
export function checkPurchaseLimits(
  ctx: DomainContext,
  performance: PerformanceRow,
  session: SessionRow,
  hashes: readonly (string | null)[],
  people: readonly (PersonData | undefined)[],
): void {
  const requested = new Map<string, { count: number; person: PersonData | undefined }>();
  hashes.forEach((hash, i) => {
    if (hash === null) return;
    const entry = requested.get(hash) ?? { count: 0, person: people[i] };
    entry.count++;
    requested.set(hash, entry);
  });
  const scopes = [
    { scope: 'session' as const, id: session.id, limit: performance.limitPerIdSession, what: 'this session' },
    { scope: 'performance' as const, id: performance.id, limit: performance.limitPerIdPerformance, what: 'this performance' },
  ];
  for (const { scope, id, limit, what } of scopes) {
    if (limit === null) continue;
    for (const [hash, { count, person }] of requested) {
      const held = ticketsHeldById(ctx.db, scope, id, hash);
      if (held.count + count > limit) {
        const masked = person?.idNumber ? maskIdNumber(normalizeIdNumber(person.idNumber)) : '';
        throw new BoxOfficeError(
          'PURCHASE_LIMIT',
          scope === 'session' && limit === 1
            ? `One ticket per ID document per session: ID ${masked} ${held.count > 0 ? 'already holds a ticket for this session' : `is given for ${count} tickets of this sale`}.`
            : `ID ${masked} may hold at most ${limit} ticket(s) for ${what}; it already holds ${held.count} and this sale adds ${count}.`,
          { scope, limit, alreadyHeld: held.count, requested: count, idNumber: masked, heldByOrders: held.orderIds },
        );
      }
    }
  }
}
