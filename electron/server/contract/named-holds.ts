import { createNamedHoldInput, namedHoldSeatsInput, namedHoldsOfSessionInput, releaseNamedHoldInput, updateNamedHoldInput } from '../../boxoffice/named-holds/schemas';
import type { NamedHoldView } from '../../boxoffice/named-holds/named-holds';
import { procedure, MANAGER, SELLERS } from './procedure';

/**
 * Named holds (媒体, 赞助商, 音控位): seats kept back from sale under a name, released by hand or at a set time
 * before curtain. A manager creates them and names the clerks who may hold under them and sell from them.
 */
export const namedHoldProcedures = {
  /** The session's named holds with their seats (the clerk's map shows their names). */
  'namedHolds.list': procedure<NamedHoldView[]>()({ roles: SELLERS, input: namedHoldsOfSessionInput }),
  'namedHolds.create': procedure<NamedHoldView>()({ roles: MANAGER, input: createNamedHoldInput }),
  'namedHolds.update': procedure<NamedHoldView>()({ roles: MANAGER, input: updateNamedHoldInput }),
  /** Seats into a hold: a manager, or a clerk the hold names. */
  'namedHolds.hold': procedure<NamedHoldView>()({ roles: SELLERS, input: namedHoldSeatsInput }),
  /** Seats of a hold back on sale (some, or all): a manager, or a clerk the hold names. */
  'namedHolds.release': procedure<NamedHoldView & { released: number }>()({ roles: SELLERS, input: releaseNamedHoldInput }),
};

export type { NamedHoldView };
