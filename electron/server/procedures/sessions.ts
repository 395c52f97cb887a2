import type { sessionProcedures } from '../contract/sessions';
import { getSessionDetails, listSessions, seatMap } from '../../boxoffice/catalog/queries';
import { seatGeometry, seatStatus } from '../../boxoffice/catalog/seat-map-compact';
import { seatFeedPosition } from '../seats/seat-feed';
import type { Handlers } from './context';
import { domainContext } from './domain-context';

export const sessionHandlers: Handlers<keyof typeof sessionProcedures> = {
  'sessions.list': (input, ctx) => listSessions(domainContext(ctx), input),
  'sessions.get': (input, ctx) => getSessionDetails(domainContext(ctx), input),
  'sessions.seatMap': (input, ctx) => seatMap(domainContext(ctx), input),
  'sessions.seatGeometry': (input, ctx) => seatGeometry(domainContext(ctx), input),
  'sessions.seatStatus': (input, ctx) => {
    const dctx = domainContext(ctx);
    // Read together (nothing runs between them): the changes published after this read carry seq + 1 on.
    const status = seatStatus(dctx, input);
    return { ...status, ...seatFeedPosition(ctx, input.sessionId), session: getSessionDetails(dctx, input) };
  },
  'sessions.now': (_input, ctx) => ({ now: ctx.core.clock() }),
};
