import { checkInByIdInput, checkInInput, gateStatsInput } from '../../boxoffice/gate/schemas';
import type { GateResult } from '../../boxoffice/gate/check-in';
import type { GateStats } from '../../boxoffice/gate/stats';
import { procedure, GATE } from './procedure';

export const gateProcedures = {
  /** Judges one scanned or typed ticket code and, when valid, admits it: the verdict with its reason. */
  'gate.checkIn': procedure<GateResult>()({ roles: GATE, input: checkInInput }),
  /** Real-name entry by ID document alone: the holder's next unused ticket for these sessions. */
  'gate.checkInById': procedure<GateResult>()({ roles: GATE, input: checkInByIdInput }),
  /** Admitted here and at all gates, expected, and entries per interval per gate. */
  'gate.stats': procedure<GateStats>()({ roles: GATE, input: gateStatsInput }),
};

export type { GateResult, GateStats };
export type { Verdict } from '../../boxoffice/gate/verdicts';
