import { create } from 'zustand';
import { call, onUnauthenticated } from '../api/client';
import type { SessionInfo, SystemInfo, ThisDeviceView } from '../../../electron/server/contract';
import { OfflineUnlock, type UnlockOutcome } from '../gate/offline/offline-unlock';

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
  /** The login was unlocked on this device while the core is out of reach: the gate screen only, judging from the cache. */
  offline: boolean;
  /** Whether a gate user may unlock here while the core is out of reach (logged in online on this device within a day). */
  offlineUnlockAvailable: () => boolean;
  /** Checks the PIN against this device's verifier (gate/offline/offline-unlock.ts) and opens the gate screen. */
  unlockOffline: (username: string, secret: string) => Promise<UnlockOutcome>;
}

/** The device's offline unlock, in this browser's storage (none where storage is refused: no offline unlock then). */
function offlineUnlock(): OfflineUnlock | null {
  try {
    return new OfflineUnlock(window.localStorage);
  } catch {
    return null;
  }
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

/** How often an offline-unlocked device asks whether the core is back (and whose login it still holds). */
const RECONNECT_MS = 5000;

export const useSessionStore = create<SessionState>((set, get) => {
  let reconnecting: number | null = null;
  const stopReconnecting = () => {
    if (reconnecting !== null) window.clearInterval(reconnecting);
    reconnecting = null;
  };
  // The core is back: the device's own login goes on if it is the same user's (its queue then uploads under it);
  // any other case asks for a real login, so nothing is uploaded in another user's name.
  const reconnect = async () => {
    const offlineUser = get().session?.user.id;
    let session: SessionInfo | null;
    try {
      session = await call('auth.session', {});
    } catch {
      return;
    }
    stopReconnecting();
    if (!get().offline) return;
    if (session && session.user.id === offlineUser) {
      set({ offline: false });
      await enter(session);
    } else {
      await get().boot();
    }
  };
  const enter = async (session: SessionInfo) => {
    const system = await call('system.info', {});
    set({ phase: 'in', session, system });
  };
  return {
    phase: 'loading',
    session: null,
    system: null,
    here: null,
    offline: false,
    async changeOwnPin(current, next) {
      set({ session: await call('auth.changeOwnPin', { current, next }) });
    },
    async boot() {
      stopReconnecting();
      set({ phase: 'loading', offline: false });
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
      const session = await call('auth.login', { username, secret });
      set({ offline: false });
      // A gate user's PIN verifier, for a restart while the core is out of reach; derived after the screen opens.
      // (No WebCrypto outside a secure context: remember() fails there, quietly; no offline unlock then.)
      if (session.user.role === 'gate') {
        void offlineUnlock()
          ?.remember({ userId: session.user.id, username: session.user.username, displayName: session.user.displayName }, secret)
          .catch(() => undefined);
      }
      await enter(session);
    },
    offlineUnlockAvailable: () => offlineUnlock()?.available() ?? false,
    async unlockOffline(username, secret) {
      const unlock = offlineUnlock();
      if (!unlock) return { kind: 'refused', guessesLeft: 0, waitUntil: 0 };
      const outcome = await unlock.unlock(username, secret);
      if (outcome.kind === 'unlocked') {
        const { user } = outcome;
        // The gate role only, whatever the user's role online: nothing else works without the core anyway.
        set({ phase: 'in', offline: true, system: null, session: { user: { id: user.userId, username: user.username, displayName: user.displayName, role: 'gate', active: true }, expiresAt: Date.now() + 3_600_000 } });
        stopReconnecting();
        reconnecting = window.setInterval(() => void reconnect(), RECONNECT_MS);
      }
      return outcome;
    },
    async pair(code) {
      await call('devices.pair', { code });
      await get().boot();
    },
    async createFirstManager(input) {
      await enter(await call('setup.createFirstManager', input));
    },
    async logout() {
      if (get().offline) {
        stopReconnecting();
        set({ phase: 'unreachable', session: null, offline: false });
        return;
      }
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
