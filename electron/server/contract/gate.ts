import { z } from 'zod';
import { checkInByIdInput, checkInInput, gateHolderNameInput, gateStatsInput, type GateHolderNameSetting } from '../../boxoffice/gate/schemas';
import type { GateResult } from '../../boxoffice/gate/check-in';
import type { GateStats } from '../../boxoffice/gate/stats';
import { procedure, GATE, MANAGER } from './procedure';

export const gateProcedures = {
  /** Judges one scanned or typed ticket code and, when valid, admits it: the verdict with its reason. */
  'gate.checkIn': procedure<GateResult>()({ roles: GATE, input: checkInInput }),
  /** Real-name entry by ID document alone: the holder's next unused ticket for these sessions. */
  'gate.checkInById': procedure<GateResult>()({ roles: GATE, input: checkInByIdInput }),
  /** Admitted here and at all gates, expected, and entries per interval per gate. */
  'gate.stats': procedure<GateStats>()({ roles: GATE, input: gateStatsInput }),
  /** Whether gate verdicts name holders in full (default: masked). */
  'gate.holderName': procedure<GateHolderNameSetting>()({ roles: MANAGER, input: z.object({}) }),
  /** Sets it (audited); gate devices re-read the tickets of sessions still admitting. */
  'gate.setHolderName': procedure<GateHolderNameSetting>()({ roles: MANAGER, input: gateHolderNameInput }),
};

export type { GateResult, GateStats, GateHolderNameSetting };
export type { Verdict } from '../../boxoffice/gate/verdicts';
