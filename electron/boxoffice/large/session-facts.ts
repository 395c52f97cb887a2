// What every session picker needs to know of the large-performance rules (sessions.list and sessions.get carry it).
import { getLargeSession } from '../../../db/large';
import type { DomainContext } from '../context';
import { bindingDeadline } from './schemas';

export interface SessionLargeFacts {
  /** The large-performance rules are in force: one ID per ticket, one ticket per ID, ID checked at the gate, 85/15. */
  large: boolean;
  approvedAudience: number | null;
  /** Large sessions only: held tickets must be bound to named holders before this instant. */
  heldBindingDeadline: number | null;
}

export function sessionLargeFacts(ctx: DomainContext, sessionId: string): SessionLargeFacts {
  const row = getLargeSession(ctx.db, sessionId);
  const large = row?.large === 1;
  return { large, approvedAudience: row?.approvedAudience ?? null, heldBindingDeadline: row && large ? bindingDeadline(row.startsAt) : null };
}
