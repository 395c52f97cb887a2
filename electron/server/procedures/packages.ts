import type { packageProcedures } from '../contract/packages';
import { listPackages, savePackage } from '../../boxoffice/packages/packages';
import { proposePackageSeats } from '../../boxoffice/packages/propose';
import { sellPackage } from '../../boxoffice/packages/sell-package';
import { publishSeatChanges } from '../seats/seat-feed';
import type { Handlers, RequestContext } from './context';
import { domainContext } from './domain-context';

/** Other windows' seat maps of every session the package touched. */
function publishBySession(ctx: RequestContext, seats: readonly { sessionId: string; ticketId: string | null }[]): void {
  const bySession = new Map<string, string[]>();
  for (const seat of seats) if (seat.ticketId !== null) bySession.set(seat.sessionId, [...(bySession.get(seat.sessionId) ?? []), seat.ticketId]);
  for (const [sessionId, ticketIds] of bySession) publishSeatChanges(ctx, sessionId, ticketIds);
}

export const packageHandlers: Handlers<keyof typeof packageProcedures> = {
  'packages.list': (input, ctx) => listPackages(domainContext(ctx), input),
  'packages.save': (input, ctx) => savePackage(domainContext(ctx), input),
  'packages.proposeSeats': (input, ctx) => {
    const proposal = proposePackageSeats(domainContext(ctx), input);
    publishBySession(ctx, proposal.sets.flatMap((set) => set.seats));
    return proposal;
  },
  'packages.sell': (input, ctx) => {
    const order = sellPackage(domainContext(ctx), input);
    publishBySession(ctx, order.lines.map((l) => ({ sessionId: l.sessionId, ticketId: l.ticketId })));
    return order;
  },
};
