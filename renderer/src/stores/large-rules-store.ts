import { create } from 'zustand';
import { call } from '../api/client';
import type { LargeReport, PerformanceRulesView, RefundStep, SetLargeModeInput, UnboundHeldList } from '../../../electron/server/contract';

interface LargeRulesState {
  performanceId: string | null;
  rules: PerformanceRulesView | null;
  unbound: UnboundHeldList | null;
  report: LargeReport | null;
  loadError: unknown;
  /** Opens one performance's rules panel: its rules, the unbound-held countdown and the large report. */
  open: (performanceId: string) => Promise<void>;
  refresh: () => Promise<void>;
  close: () => void;
  /** Each write returns the new rules; the countdown and report follow. Refusals are thrown to the form. */
  setMode: (mode: SetLargeModeInput['mode'], reason: string) => Promise<void>;
  setAudience: (sessionId: string, approvedAudience: number | null) => Promise<void>;
  setSchedule: (steps: RefundStep[]) => Promise<void>;
}

/** The manager's large-performance panel inside a performance: mode, approved audiences, refund fees, countdown, report. */
export const useLargeRulesStore = create<LargeRulesState>((set, get) => {
  const load = async (performanceId: string) => {
    const [rules, unbound, report] = await Promise.all([
      call('large.rules', { performanceId }),
      call('held.unbound', {}),
      call('large.report', { performanceId }),
    ]);
    // A panel closed or switched to another performance meanwhile keeps its own figures.
    if (get().performanceId === performanceId) set({ rules, unbound, report, loadError: null });
  };
  const reload = async () => {
    const { performanceId } = get();
    if (performanceId) await load(performanceId);
  };
  return {
    performanceId: null,
    rules: null,
    unbound: null,
    report: null,
    loadError: null,
    open: async (performanceId) => {
      set({ performanceId, rules: null, unbound: null, report: null, loadError: null });
      try {
        await load(performanceId);
      } catch (error) {
        set({ loadError: error });
      }
    },
    refresh: async () => {
      try {
        await reload();
      } catch (error) {
        set({ loadError: error });
      }
    },
    close: () => set({ performanceId: null, rules: null, unbound: null, report: null, loadError: null }),
    setMode: async (mode, reason) => {
      const { performanceId } = get();
      if (!performanceId) return;
      await call('large.setMode', { performanceId, mode, reason });
      await reload();
    },
    setAudience: async (sessionId, approvedAudience) => {
      await call('large.setApprovedAudience', { sessionId, approvedAudience });
      await reload();
    },
    setSchedule: async (steps) => {
      const { performanceId } = get();
      if (!performanceId) return;
      await call('refunds.setSchedule', { performanceId, steps });
      await reload();
    },
  };
});
