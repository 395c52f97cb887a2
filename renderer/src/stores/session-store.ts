import { create } from 'zustand';
import { call, onUnauthenticated } from '../api/client';
import type { SessionInfo, SystemInfo, ThisDeviceView } from '../../../electron/server/contract';

/** `pair`: a device on the venue network not (or no longer) paired; `first-run-elsewhere`: no manager yet, and this is not the core's PC. */
type Phase = 'loading' | 'unreachable' | 'first-run' | 'first-run-elsewhere' | 'pair' | 'login' | 'in';

interface SessionState {
  phase: Phase;
  session: SessionInfo | null;
  system: SystemInfo | null;
  /** This browser: the core's own PC, or a device on the venue network (its pairing, gate name). */
  here: ThisDeviceView | null;
  /** Asks the core who is logged in (or whether the box office needs its first manager). */
  boot: () => Promise<void>;
  login: (username: string, secret: string) => Promise<void>;
  /** Exchanges a manager's one-time code for this device's credential, then goes on to the login. */
  pair: (code: string) => Promise<void>;
  createFirstManager: (input: { username: string; displayName: string; secret: string }) => Promise<void>;
  logout: () => Promise<void>;
  /** The core said the login is gone: back to the login screen. */
  expired: () => void;
  /** Changes one's own PIN; the login goes on as the new one the core hands back. */
  changeOwnPin: (current: string, next: string) => Promise<void>;
}

const beforeLogout = new Set<() => Promise<void>>();

/**
 * Work to finish while the login still holds (a clerk's seats let go before the session ends, rather than
 * lapsing five minutes later). A failure does not stop the logout.
 */
export function onBeforeLogout(work: () => Promise<void>): () => void {
  beforeLogout.add(work);
  return () => beforeLogout.delete(work);
}

export const useSessionStore = create<SessionState>((set, get) => {
  const enter = async (session: SessionInfo) => {
    const system = await call('system.info', {});
    set({ phase: 'in', session, system });
  };
  return {
    phase: 'loading',
    session: null,
    system: null,
    here: null,
    async changeOwnPin(current, next) {
      set({ session: await call('auth.changeOwnPin', { current, next }) });
    },
    async boot() {
      set({ phase: 'loading' });
      try {
        const here = await call('devices.self', {});
        set({ here });
        const session = await call('auth.session', {});
        if (session) return await enter(session);
        const { needsFirstManager } = await call('setup.status', {});
        const phase = needsFirstManager ? (here.local ? 'first-run' : 'first-run-elsewhere') : here.local || here.device ? 'login' : 'pair';
        set({ phase, session: null });
      } catch {
        set({ phase: 'unreachable' });
      }
    },
    async login(username, secret) {
      await enter(await call('auth.login', { username, secret }));
    },
    async pair(code) {
      await call('devices.pair', { code });
      await get().boot();
    },
    async createFirstManager(input) {
      await enter(await call('setup.createFirstManager', input));
    },
    async logout() {
      try {
        await Promise.allSettled([...beforeLogout].map((work) => work()));
        await call('auth.logout', {});
      } finally {
        set({ phase: 'login', session: null, system: null });
      }
    },
    expired() {
      // Asked anew rather than assumed: the login may have ended because a manager revoked this device.
      if (get().phase === 'in') void get().boot();
    },
  };
});

onUnauthenticated(() => useSessionStore.getState().expired());
