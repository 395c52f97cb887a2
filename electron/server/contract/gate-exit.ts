import { checkOutInput, gatePresenceInput, uploadOfflineExitsInput } from '../../boxoffice/gate/exit-schemas';
import type { GateResult } from '../../boxoffice/gate/check-in';
import type { OfflineExitOutcome } from '../../boxoffice/gate/exit';
import type { SessionPresence } from '../../boxoffice/gate/presence';
import { procedure, GATE } from './procedure';

/** Exit gates and re-entry (issue 20): a ticket going out, exits judged offline, and who is inside per session. */
export const gateExitProcedures = {
  /** Judges a ticket at an exit gate and records it going out (exit, or exit_final when the session allows no re-entry). */
  'gate.checkOut': procedure<GateResult>()({ roles: GATE, input: checkOutInput }),
  /** Exits judged offline by a gate device, stored exactly once each by their client id. */
  'gate.uploadOfflineExits': procedure<{ clientId: string; outcome: OfflineExitOutcome; duplicate: boolean }[]>()({ roles: GATE, input: uploadOfflineExitsInput }),
  /** Per session: entered, inside now, gone out (the gate's counters and the manager's gate report). */
  'gate.presence': procedure<SessionPresence[]>()({ roles: GATE, input: gatePresenceInput }),
};

export type { SessionPresence, OfflineExitOutcome };
// The exit rules, for the device to judge exits and re-entries from its cache exactly as the core does.
export { decideExit, insideOn, type ExitDecision, type Passage } from '../../boxoffice/gate/exit-rules';
