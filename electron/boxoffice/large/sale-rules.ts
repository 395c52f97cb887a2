// The large-performance rules of one sale, as called from sales/sell.ts inside its transaction.
import type { PerformanceRow, SessionRow } from '../../../db/catalog';
import type { DomainContext } from '../context';
import { BoxOfficeError } from '../errors';
import { chinaDateTime } from '../../china-time';
import type { PersonData } from '../personal-data/persons';
import type { TicketType } from '../sales/schemas';
import { watchHeldShare } from './held-share';
import { assertOneTicketPerId } from './one-per-id';
import { bindingDeadline } from './schemas';

export interface LargeSale {
  /** Complimentary and staff tickets may be issued before their holders are known (bound later, by the deadline). */
  holdersOptional: boolean;
  /** One ticket per ID document per session, against the session's live tickets and within the sale. */
  checkIds(hashes: readonly (string | null)[], people: readonly (PersonData | undefined)[], fields: readonly string[]): void;
  /** After the tickets are written: the sale did not hold back more than 15% of the approved audience. */
  checkHeldShare(): void;
}

const NOT_LARGE: LargeSale = { holdersOptional: false, checkIds: () => undefined, checkHeldShare: () => undefined };

/**
 * Call before the tickets are taken (the held count before the sale is the base of the 15% check). `performance` is
 * the session's, as the sale read it: whether it is large is its `large` (the sale's own read, not one more).
 */
export function largeSaleRules(ctx: DomainContext, session: SessionRow, performance: Pick<PerformanceRow, 'large'>, ticketType: TicketType): LargeSale {
  if (performance.large !== 1) return NOT_LARGE;
  const held = ticketType !== 'regular';
  const deadline = bindingDeadline(session.startsAt);
  if (held && ctx.clock() >= deadline) {
    throw new BoxOfficeError(
      'HELD_DEADLINE_PASSED',
      `Large performance: ${ticketType} tickets had to be issued and bound to named holders by ${chinaDateTime(deadline)} (24 hours before the start); sell regular tickets instead.`,
      { rule: 'held_binding_deadline', sessionId: session.id, deadline, ticketType },
    );
  }
  const checkHeldShare = held ? watchHeldShare(ctx, session.id) : () => undefined;
  return {
    holdersOptional: held,
    checkIds: (hashes, people, fields) =>
      assertOneTicketPerId(
        ctx,
        session.id,
        hashes.map((hash, i) => ({ hash, field: fields[i] ?? '', person: people[i] })),
      ),
    checkHeldShare,
  };
}
