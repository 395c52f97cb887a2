import type { SessionRow } from '../../../db/catalog';
import { BoxOfficeError } from '../errors';
import { chinaDateTime } from '../../china-time';

/** Refuses unless the session's tickets can be sold (or held) right now. */
export function assertSalesOpen(session: SessionRow, now: number): void {
  if (session.status === 'cancelled') throw new BoxOfficeError('SESSION_CANCELLED', 'This session was cancelled: nothing can be sold for it.', { sessionId: session.id });
  if (session.ticketsGeneratedAt === null) throw new BoxOfficeError('TICKETS_NOT_GENERATED', 'This session has no tickets yet: a manager must generate them first.', { sessionId: session.id });
  if (now < session.salesOpenAt) {
    throw new BoxOfficeError('SALES_NOT_OPEN', `Sales for this session open at ${chinaDateTime(session.salesOpenAt)}.`, { sessionId: session.id, salesOpenAt: session.salesOpenAt });
  }
  if (now >= session.salesCloseAt) {
    throw new BoxOfficeError('SALES_CLOSED', `Sales for this session closed at ${chinaDateTime(session.salesCloseAt)}.`, { sessionId: session.id, salesCloseAt: session.salesCloseAt });
  }
}
