import type { DomainContext } from '../../boxoffice/context';
import type { RequestContext } from './context';

/** The domain's view of a request: the database, the time, the personal-data cipher and who acts. */
export function domainContext(ctx: RequestContext): DomainContext {
  return { db: ctx.core.db, clock: ctx.core.clock, cipher: ctx.core.cipher, actor: ctx.actor };
}
