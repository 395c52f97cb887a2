import type { gateExitProcedures } from '../contract/gate-exit';
import { checkOut, uploadOfflineExits } from '../../boxoffice/gate/exit';
import { gatePresence } from '../../boxoffice/gate/presence';
import type { Handlers } from './context';
import { domainContext } from './domain-context';
import { announceAdmission } from './announce-admission';

export const gateExitHandlers: Handlers<keyof typeof gateExitProcedures> = {
  'gate.checkOut': (input, ctx) => {
    const result = checkOut(domainContext(ctx), input);
    // The inside counts of every gate move with an exit, as they do with an admission.
    if (result.admitted && result.ticket) announceAdmission(ctx.core, result.ticket.sessionId, input.gateName);
    return result;
  },
  'gate.uploadOfflineExits': (input, ctx) => uploadOfflineExits(domainContext(ctx), input),
  'gate.presence': (input, ctx) => gatePresence(domainContext(ctx), input),
};
