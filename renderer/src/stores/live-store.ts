import { create } from 'zustand';

/** Whether the core's event stream is connected (drives the live badge). */
export const useLiveStore = create<{ live: boolean; setLive: (live: boolean) => void }>((set) => ({
  live: false,
  setLive: (live) => set({ live }),
}));
