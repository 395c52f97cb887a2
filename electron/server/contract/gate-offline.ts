import { gateCacheInput, gateConflictsInput, offlineUploadInput } from '../../boxoffice/gate/offline/schemas';
import type { CachedSession, CachedTicket, GateCachePage } from '../../boxoffice/gate/offline/cache-page';
import type { OfflineOutcome, OfflineUploadResult } from '../../boxoffice/gate/offline/upload';
import type { GateConflict } from '../../boxoffice/gate/offline/conflicts';
import { procedure, GATE } from './procedure';

/** A gate device that judges alone while its link is down: its cache, its upload, and the conflicts found. */
export const gateOfflineProcedures = {
  /** The changes of these sessions after the device's cursor: what it needs to judge alone. */
  'gate.cache': procedure<GateCachePage>()({ roles: GATE, input: gateCacheInput }),
  /** Scans judged offline, stored exactly once each by their client id. */
  'gate.uploadOffline': procedure<OfflineUploadResult[]>()({ roles: GATE, input: offlineUploadInput }),
  /** Double entries and admissions after a refund, flagged for the manager. */
  'gate.conflicts': procedure<GateConflict[]>()({ roles: GATE, input: gateConflictsInput }),
};

export type { CachedSession, CachedTicket, GateCachePage, OfflineOutcome, OfflineUploadResult, GateConflict };
// The gate's one set of rules, for the device to judge from its cache exactly as the core does.
export { admits, decide, type GateTicketFacts, type GateDecision, type IdShown } from '../../boxoffice/gate/rules';
// The cached tuple's layout version (a device re-reads a cache stored in an older one).
export { CACHE_FORMAT } from '../../boxoffice/gate/offline/schemas';
// Codes read exactly as the core reads them (O for 0, I and L for 1, no dashes).
export { normalizeTicketCode } from '../../boxoffice/format';
// A name read from an ID card, masked on screen as the core masks holders' names.
export { maskName } from '../../boxoffice/personal-data/mask';
