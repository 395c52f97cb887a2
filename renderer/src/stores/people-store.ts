import { create } from 'zustand';
import { call } from '../api/client';
import type { UserSummary } from '../../../electron/server/contract';

interface PeopleState {
  users: UserSummary[];
  loading: boolean;
  load: () => Promise<void>;
  create: (input: { username: string; displayName: string; role: UserSummary['role']; secret: string }) => Promise<UserSummary>;
  resetSecret: (userId: string, secret: string) => Promise<void>;
  setActive: (userId: string, active: boolean) => Promise<void>;
  /** Lifts the login locks someone's wrong PINs put on a user. */
  unlockLogin: (userId: string) => Promise<void>;
}

export const usePeopleStore = create<PeopleState>((set, get) => ({
  users: [],
  loading: false,
  async load() {
    set({ loading: true });
    try {
      set({ users: await call('users.list', {}) });
    } finally {
      set({ loading: false });
    }
  },
  async create(input) {
    const user = await call('users.create', input);
    await get().load();
    return user;
  },
  async resetSecret(userId, secret) {
    await call('users.resetSecret', { userId, secret });
  },
  async setActive(userId, active) {
    await call('users.setActive', { userId, active });
    await get().load();
  },
  async unlockLogin(userId) {
    await call('users.unlockLogin', { userId });
  },
}));
