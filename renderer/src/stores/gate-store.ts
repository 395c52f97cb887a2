import { create, type StateCreator } from 'zustand';
import { createGateSetupSlice, type GateSetupSlice } from './gate-setup-slice';
import { createGateScanSlice, type GateScanSlice } from './gate-scan-slice';
import { createGateStatsSlice, type GateStatsSlice } from './gate-stats-slice';
import { createGateLinkSlice, type GateLinkSlice } from './gate-link-slice';
import { createGateOfflineSlice, type GateOfflineSlice } from './gate-offline-slice';

/** The gate screen's one store: its setup, the scan in hand, the counters, the link to the core and the offline cache. */
export type GateState = GateSetupSlice & GateScanSlice & GateStatsSlice & GateLinkSlice & GateOfflineSlice;
export type GateSlice<T> = StateCreator<GateState, [], [], T>;

export const useGateStore = create<GateState>()((...args) => ({
  ...createGateSetupSlice(...args),
  ...createGateScanSlice(...args),
  ...createGateStatsSlice(...args),
  ...createGateLinkSlice(...args),
  ...createGateOfflineSlice(...args),
}));
