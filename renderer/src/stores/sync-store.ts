import { create } from 'zustand';
import { call } from '../api/client';
import { onEvent } from '../api/event-hub';
import type { SyncProgressView, SyncStatusView } from '../../../electron/server/contract';

interface SyncState {
  status: SyncStatusView | null;
  /** When this window received `status` (its own clock): countdowns run from it, whatever the core's clock says. */
  receivedAt: number;
  progress: SyncProgressView | null;
  /** Reads the status once (the frame at login, and after a reconnect); events keep it fresh after. */
  refresh: () => Promise<void>;
  /** Manager: "sync now"; progress arrives as events. */
  syncNow: () => Promise<void>;
  /** Manager: stop waiting for the running "sync now" (nothing is dropped). */
  cancelSyncNow: () => Promise<void>;
}

/** The reporting status every screen's badge shows, kept current by the core's `sync.status` pushes. */
export const useSyncStore = create<SyncState>((set) => ({
  status: null,
  receivedAt: 0,
  progress: null,
  refresh: async () => {
    set({ status: await call('sync.status', {}), receivedAt: Date.now() });
  },
  syncNow: async () => {
    const started = await call('sync.now', {});
    // A quick sync may end before its answer arrives: the `sync.progress` pushes of this run are newer, keep them.
    set((state) => (state.progress?.startedAt === started.startedAt ? {} : { progress: started }));
  },
  cancelSyncNow: async () => {
    const ended = await call('sync.cancel', {});
    if (ended) set({ progress: ended });
  },
}));

onEvent('sync.status', (status) => useSyncStore.setState({ status, receivedAt: Date.now() }));
onEvent('sync.progress', (progress) => useSyncStore.setState({ progress }));
// A reconnect may have missed pushes: read the status again.
onEvent('hello', () => {
  void useSyncStore.getState().refresh().catch(() => undefined);
});
