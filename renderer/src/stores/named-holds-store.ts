import { create } from 'zustand';
import { call } from '../api/client';
import type { NamedHoldView } from '../../../electron/server/contract';

interface NamedHoldsState {
  sessionId: string | null;
  holds: NamedHoldView[];
  /** The hold each held seat is in, by ticket id. */
  byTicket: ReadonlyMap<string, NamedHoldView>;
  error: unknown;
  /** Loads (or reloads) the named holds of a session; a stale answer for another session is dropped. */
  load: (sessionId: string) => Promise<void>;
}

const index = (holds: readonly NamedHoldView[]) => new Map(holds.flatMap((hold) => hold.ticketIds.map((id) => [id, hold] as const)));

/** The named holds (媒体, 赞助商) of the session open at the window or in the manager's hold panel. */
export const useNamedHoldsStore = create<NamedHoldsState>((set, get) => ({
  sessionId: null,
  holds: [],
  byTicket: new Map(),
  error: null,
  load: async (sessionId) => {
    if (get().sessionId !== sessionId) set({ sessionId, holds: [], byTicket: new Map(), error: null });
    try {
      const holds = await call('namedHolds.list', { sessionId });
      if (get().sessionId === sessionId) set({ holds, byTicket: index(holds), error: null });
    } catch (error) {
      if (get().sessionId === sessionId) set({ error });
    }
  },
}));
