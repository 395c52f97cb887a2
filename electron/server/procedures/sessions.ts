import type { sessionProcedures } from '../contract/sessions';
import { getSessionDetails, listSessions, seatMap } from '../../boxoffice/catalog/queries';
import type { Handlers } from './context';
import { domainContext } from './domain-context';

export const sessionHandlers: Handlers<keyof typeof sessionProcedures> = {
  'sessions.list': (input, ctx) => listSessions(domainContext(ctx), input),
  'sessions.get': (input, ctx) => getSessionDetails(domainContext(ctx), input),
  'sessions.seatMap': (input, ctx) => seatMap(domainContext(ctx), input),
  'sessions.now': (_input, ctx) => ({ now: ctx.core.clock() }),
};
