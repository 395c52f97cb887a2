import type { gateProcedures } from '../contract/gate';
import { checkIn } from '../../boxoffice/gate/check-in';
import { checkInById } from '../../boxoffice/gate/by-id';
import { gateStats } from '../../boxoffice/gate/stats';
import { readGateHolderName, setGateHolderName } from '../../boxoffice/gate/holder-name';
import type { GateResult } from '../../boxoffice/gate/check-in';
import type { Handlers, RequestContext } from './context';
import { domainContext } from './domain-context';
import { announceAdmission } from './announce-admission';

/** Counters at every gate (and the manager's figures) move with each admission. */
function announce(ctx: RequestContext, gateName: string, result: GateResult): GateResult {
  if (result.admitted && result.ticket) announceAdmission(ctx.core, result.ticket.sessionId, gateName);
  return result;
}

export const gateHandlers: Handlers<keyof typeof gateProcedures> = {
  'gate.checkIn': (input, ctx) => announce(ctx, input.gateName, checkIn(domainContext(ctx), input)),
  'gate.checkInById': (input, ctx) => announce(ctx, input.gateName, checkInById(domainContext(ctx), input)),
  'gate.stats': (input, ctx) => gateStats(domainContext(ctx), input),
  'gate.holderName': (_input, ctx) => readGateHolderName(ctx.core.db),
  'gate.setHolderName': (input, ctx) => setGateHolderName(domainContext(ctx), input),
};
