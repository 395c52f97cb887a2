import type { namedHoldProcedures } from '../contract/named-holds';
import { createNamedHold, holdSeatsUnderName, listNamedHolds, releaseNamedHold, updateNamedHold, type NamedHoldView } from '../../boxoffice/named-holds/named-holds';
import type { Handlers, RequestContext } from './context';
import { domainContext } from './domain-context';
import { pokeNamedHoldReleases } from '../named-holds/release-timer';

/** Seats changed (open maps reload) and a release time may be sooner (the timer looks again). */
function changed<T extends NamedHoldView>(ctx: RequestContext, view: T): T {
  ctx.core.events.publish('seats.changed', { sessionId: view.sessionId });
  pokeNamedHoldReleases(ctx.core);
  return view;
}

export const namedHoldHandlers: Handlers<keyof typeof namedHoldProcedures> = {
  'namedHolds.list': (input, ctx) => listNamedHolds(domainContext(ctx), input),
  'namedHolds.create': (input, ctx) => changed(ctx, createNamedHold(domainContext(ctx), input)),
  'namedHolds.update': (input, ctx) => changed(ctx, updateNamedHold(domainContext(ctx), input)),
  'namedHolds.hold': (input, ctx) => changed(ctx, holdSeatsUnderName(domainContext(ctx), input)),
  'namedHolds.release': (input, ctx) => changed(ctx, releaseNamedHold(domainContext(ctx), input)),
};
