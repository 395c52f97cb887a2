import type { gateOfflineProcedures } from '../contract/gate-offline';
import { gateCachePage } from '../../boxoffice/gate/offline/cache-page';
import { uploadOfflineScans } from '../../boxoffice/gate/offline/upload';
import { gateConflicts } from '../../boxoffice/gate/offline/conflicts';
import type { Handlers } from './context';
import { domainContext } from './domain-context';
import { announceAdmission } from './announce-admission';

export const gateOfflineHandlers: Handlers<keyof typeof gateOfflineProcedures> = {
  'gate.cache': (input, ctx) => gateCachePage(domainContext(ctx), input),
  'gate.uploadOffline': (input, ctx) => {
    const results = uploadOfflineScans(domainContext(ctx), input);
    // Counters at every gate move with the admissions the upload recorded.
    for (const sessionId of new Set(results.flatMap((r) => (r.admittedSessionId === undefined ? [] : [r.admittedSessionId])))) {
      announceAdmission(ctx.core, sessionId, input.gateName);
    }
    return results;
  },
  'gate.conflicts': (input, ctx) => gateConflicts(domainContext(ctx), input),
};
