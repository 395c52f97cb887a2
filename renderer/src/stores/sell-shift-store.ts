import { create } from 'zustand';
import { ApiClientError, call } from '../api/client';
import type { ShiftReport } from '../../../electron/server/contract';

type ShiftPhase = 'unknown' | 'none' | 'open';

interface SellShiftState {
  phase: ShiftPhase;
  /** The X report of the open shift (a reading: it closes nothing). */
  current: ShiftReport | null;
  /** The Z report of the shift just closed, until a new one opens. */
  closed: ShiftReport | null;
  busy: boolean;
  error: unknown;
  load: () => Promise<void>;
  open: (floatFen: number) => Promise<boolean>;
  close: (countedCashFen: number, note: string) => Promise<ShiftReport | null>;
  clearError: () => void;
}

/** The clerk's shift: opened with a float, read with X reports, closed with the counted cash (Z report). */
export const useSellShiftStore = create<SellShiftState>((set) => ({
  phase: 'unknown',
  current: null,
  closed: null,
  busy: false,
  error: null,
  load: async () => {
    try {
      // The core has no "is my shift open" question: the X report of the open shift answers it.
      const current = await call('shifts.report', {});
      set({ phase: 'open', current, error: null });
    } catch (error) {
      if (error instanceof ApiClientError && error.code === 'NO_OPEN_SHIFT') set({ phase: 'none', current: null, error: null });
      else set({ error });
    }
  },
  open: async (floatFen) => {
    set({ busy: true, error: null });
    try {
      await call('shifts.open', { floatFen });
      const current = await call('shifts.report', {});
      set({ phase: 'open', current, closed: null });
      return true;
    } catch (error) {
      set({ error });
      return false;
    } finally {
      set({ busy: false });
    }
  },
  close: async (countedCashFen, note) => {
    set({ busy: true, error: null });
    try {
      const report = await call('shifts.close', { countedCashFen, note });
      set({ phase: 'none', current: null, closed: report });
      return report;
    } catch (error) {
      set({ error });
      return null;
    } finally {
      set({ busy: false });
    }
  },
  clearError: () => set({ error: null }),
}));
