import { create } from 'zustand';
import { call } from '../api/client';
import type { SessionListItem } from '../../../electron/server/contract';
import { DAY, PICKER_DAYS } from '../sell/sessions/day';
import { startOfChinaDay } from '../../../electron/china-time';

interface SellSessionsState {
  sessions: SessionListItem[];
  loading: boolean;
  error: unknown;
  /** Server time minus this PC's time: sales windows and hold timers follow the core's clock. */
  clockOffset: number;
  loadedAt: number | null;
  filter: string;
  load: () => Promise<void>;
  setFilter: (filter: string) => void;
}

/** The session picker: today's and the next 30 days' sessions with their tiers' availability and sales state. */
export const useSellSessionsStore = create<SellSessionsState>((set) => ({
  sessions: [],
  loading: false,
  error: null,
  clockOffset: 0,
  loadedAt: null,
  filter: '',
  load: async () => {
    set({ loading: true });
    try {
      const asked = Date.now();
      const { now } = await call('sessions.now', {});
      // The core read its clock about halfway through the round trip.
      const midway = (asked + Date.now()) / 2;
      const from = startOfChinaDay(now);
      const sessions = await call('sessions.list', { from, to: from + PICKER_DAYS * DAY });
      set({ sessions, error: null, clockOffset: now - midway, loadedAt: now });
    } catch (error) {
      set({ error });
    } finally {
      set({ loading: false });
    }
  },
  setFilter: (filter) => set({ filter }),
}));

/** The core's clock as this window best knows it. */
export const serverNow = () => Date.now() + useSellSessionsStore.getState().clockOffset;
