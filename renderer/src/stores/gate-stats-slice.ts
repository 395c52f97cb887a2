import { call } from '../api/client';
import type { GateConflict, GateStats } from '../../../electron/server/contract';
import { coreNow, tracked } from './gate-link-slice';
import type { GateSlice } from './gate-store';
import { foldedRuns } from './folded-runs';

/** The chart's interval: the issue asks for entries per 5 minutes. */
export const BUCKET_MINUTES = 5;
// Thousands of admissions an hour at many gates, each gate's counters costing the core a query: during a rush
// they follow at most every two seconds (the first change after a quiet spell shows at once).
const MIN_GAP_MS = 2000;

export interface GateStatsSlice {
  stats: GateStats | null;
  /** Double entries and admissions after a refund found in offline uploads, newest first. */
  conflicts: GateConflict[];
  /** The core's time when the counters were read: the chart's "now". */
  statsAt: number | null;
  statsError: unknown;
  /** Reloads the counters; calls while one is running are folded into one more, a second later. */
  refreshStats: () => Promise<void>;
}

export const createGateStatsSlice: GateSlice<GateStatsSlice> = (set, get) => {
  const load = async () => {
    const { gateName, sessionIds } = get().setup;
    if (!gateName || sessionIds.length === 0) return;
    try {
      const [stats, conflicts] = await Promise.all([
        tracked(get, call('gate.stats', { gateName, sessionIds, bucketMinutes: BUCKET_MINUTES })),
        tracked(get, call('gate.conflicts', { sessionIds })),
      ]);
      // The setup may have changed while this was on its way.
      const now = get().setup;
      if (now.gateName === gateName && now.sessionIds.join() === sessionIds.join()) set({ stats, conflicts, statsAt: coreNow(get()), statsError: null });
    } catch (error) {
      set({ statsError: error });
    }
  };

  const refreshStats = foldedRuns(load, MIN_GAP_MS);

  return { stats: null, conflicts: [], statsAt: null, statsError: null, refreshStats };
};
