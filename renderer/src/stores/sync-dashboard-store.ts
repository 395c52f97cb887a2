import { create } from 'zustand';
import { call } from '../api/client';
import type { DeadLetterView, OutputOf, ReconciliationView } from '../../../electron/server/contract';

interface SyncDashboardState {
  deadLetters: DeadLetterView[];
  reconciliation: ReconciliationView | null;
  /** Reads the dead letters and the reconciliation (the screen calls it again when the status's counts move). */
  load: () => Promise<void>;
  /** Sends a corrected dead letter again; reloads. */
  requeue: (seq: number) => Promise<OutputOf<'sync.requeue'>>;
  /** Gives up on a dead letter with the manager's reason; reloads. */
  discard: (seq: number, reason: string) => Promise<void>;
}

/** The sync dashboard's lists; the live status itself stays in the sync store every screen's badge reads. */
export const useSyncDashboardStore = create<SyncDashboardState>((set, get) => ({
  deadLetters: [],
  reconciliation: null,
  load: async () => {
    const [deadLetters, reconciliation] = await Promise.all([call('sync.deadLetters', { limit: 100 }), call('sync.reconciliation', { limit: 200 })]);
    set({ deadLetters, reconciliation });
  },
  requeue: async (seq) => {
    const result = await call('sync.requeue', { seq });
    await get().load();
    return result;
  },
  discard: async (seq, reason) => {
    await call('sync.discard', { seq, reason });
    await get().load();
  },
}));
