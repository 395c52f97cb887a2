import { create } from 'zustand';
import { call } from '../api/client';
import type { SeatMapSeat, SessionListItem } from '../../../electron/server/contract';
import { MAX_TICKETS_PER_SALE } from '../../../electron/server/contract/schemas';
import type { MapSeat, SeatState } from '../sell/seat-map/types';
import { mapSeats, withMine } from '../sell/sale/map-data';
import { newHoldId, saveHold, savedHold } from '../sell/sale/hold-storage';
import { seatText } from '../sell/sale/cart-logic';
import { serverNow } from './sell-sessions-store';
import { afterReload, mayIssueReserved } from '../sell/sale/reserved-picks';
import { onBeforeLogout, useSessionStore } from './session-store';

export type SeatNotice =
  | { kind: 'error'; error: unknown }
  | { kind: 'lost'; seats: string[] }
  | { kind: 'expired' }
  | { kind: 'unavailable'; seat: string; state: SeatState }
  /** A clerk clicked a seat the box office reserved: only a manager issues those. */
  | { kind: 'reservedManagerOnly'; seat: string }
  | { kind: 'found'; seats: string[] }
  | { kind: 'max' };

interface SellSeatsState {
  sessionId: string | null;
  /** The open session, refreshed with every reload (its tiers' availability). */
  session: SessionListItem | null;
  /** What the map draws: the core's states with this window's selection as `held_by_me`. */
  seats: MapSeat[];
  /** This window's seats (ticket ids), in the order they were picked: held ones, and a manager's reserved picks. */
  mine: string[];
  /** The seats of `mine` the box office reserved: picked without a hold, issued with `allowReserved`. */
  reserved: string[];
  holdId: string;
  /** When the hold lapses, on this PC's clock; null without seats. */
  expiresAt: number | null;
  loading: boolean;
  loadError: unknown;
  notice: SeatNotice | null;
  open: (sessionId: string) => Promise<void>;
  reload: () => Promise<void>;
  /** Another window changed seats of this session: reload soon, once for a burst of changes. */
  scheduleReload: () => void;
  toggle: (seat: MapSeat) => void;
  pickMany: (seats: readonly MapSeat[]) => void;
  best: (tierId: string, count: number) => Promise<void>;
  extend: () => Promise<void>;
  /** The clerk is busy with this sale (typing holders): keep the seats if the hold is running out. */
  touch: () => void;
  expire: () => void;
  cancel: () => Promise<void>;
  sold: () => void;
  leave: () => Promise<void>;
  dismissNotice: () => void;
}

const RELOAD_DEBOUNCE_MS = 200;
/** Right after this window's own hold or release, its echo is mostly our own change: wait longer, so a clerk clicking seats is not slowed by a reload per click. */
const RELOAD_AFTER_OWN_MS = 900;
/** Whatever happens, another window's change shows within this. */
const RELOAD_MAX_WAIT_MS = 2000;
const EXTEND_WHEN_LEFT_MS = 150_000;

/**
 * The seat map of the open session and this window's hold. A click shows the seat picked at once and the
 * hold follows in the background; hold and release requests run one after the other, so the core sees them
 * in the clerk's order. Seats held here are released on cancel, on leaving, and lapse on the core after
 * five minutes (the hold is renewed while the clerk works on the sale).
 */
export const useSellSeatsStore = create<SellSeatsState>((set, get) => {
  /** The core's view of the seats (this window's own seats as the core last reported them). */
  let base: MapSeat[] = [];
  let position = new Map<string, number>();
  let queue: Promise<unknown> = Promise.resolve();
  let reloadTimer: ReturnType<typeof setTimeout> | undefined;
  let reloadWantedSince: number | null = null;
  let lastOwnChange = 0;
  let reloading = false;
  let reloadAgain = false;
  let lastExtend = 0;
  /** Reserved seats picked into this sale (a manager's): no hold is asked or released for them. */
  const reservedPicks = new Set<string>();

  const enqueue = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task).finally(() => {
      lastOwnChange = Date.now();
    });
    queue = run.catch(() => undefined);
    return run;
  };

  const publish = (mine: string[], extra: Partial<SellSeatsState> = {}) => {
    const { sessionId, holdId } = get();
    for (const id of reservedPicks) if (!mine.includes(id)) reservedPicks.delete(id);
    const held = mine.filter((id) => !reservedPicks.has(id));
    set({ mine, reserved: mine.filter((id) => reservedPicks.has(id)), seats: withMine(base, new Set(mine)), ...extra });
    // Only held seats come back after a reload; reserved picks are not the core's to remember.
    if (sessionId) saveHold({ sessionId, holdId, ticketIds: held });
  };

  const heldOf = (mine: readonly string[]) => mine.filter((id) => !reservedPicks.has(id));
  const mayPickReserved = () => mayIssueReserved(useSessionStore.getState().session?.user.role);

  const setBase = (seats: readonly SeatMapSeat[]) => {
    base = mapSeats(seats);
    position = new Map(base.map((seat, i) => [seat.ticketId, i]));
  };

  const markAvailable = (ticketIds: readonly string[]) => {
    for (const id of ticketIds) {
      const i = position.get(id);
      const seat = i === undefined ? undefined : base[i];
      if (i !== undefined && seat && (seat.state === 'held' || seat.state === 'held_by_me')) base[i] = { ...seat, state: 'available' };
    }
  };

  const localExpiry = (serverExpiresAt: number) => Date.now() + (serverExpiresAt - serverNow());

  const refuse = (ticketIds: readonly string[], error: unknown) => {
    publish(
      get().mine.filter((id) => !ticketIds.includes(id)),
      { notice: { kind: 'error', error } },
    );
    void get().reload();
  };

  const hold = (ticketIds: string[]) => {
    const { sessionId, holdId } = get();
    if (!sessionId || ticketIds.length === 0) return;
    enqueue(() => call('holds.hold', { sessionId, ticketIds, holdId })).then(
      (view) => {
        lastExtend = Date.now();
        if (get().holdId === holdId) set({ expiresAt: localExpiry(view.expiresAt) });
      },
      (error: unknown) => {
        if (get().holdId === holdId) refuse(ticketIds, error);
      },
    );
  };

  const release = (holdId: string, ticketIds?: string[]) =>
    enqueue(() => call('holds.release', ticketIds ? { holdId, ticketIds } : { holdId })).catch(() => {
      // A release that fails only leaves seats held until the hold lapses on the core (five minutes).
    });

  const dropAll = (extra: Partial<SellSeatsState> = {}) => {
    const { mine, holdId } = get();
    const released = heldOf(mine);
    markAvailable(released);
    const next = newHoldId();
    set({ holdId: next, expiresAt: null });
    publish([], extra);
    return { released, holdId };
  };

  const blocked = (): boolean => {
    const session = get().session;
    if (session?.salesState === 'open') return false;
    return true;
  };

  return {
    sessionId: null,
    session: null,
    seats: [],
    mine: [],
    reserved: [],
    holdId: newHoldId(),
    expiresAt: null,
    loading: false,
    loadError: null,
    notice: null,

    open: async (sessionId) => {
      if (get().sessionId === sessionId) {
        if (get().session) return get().reload();
        if (get().loading) return; // already on its way (React may mount the screen twice)
      } else if (get().sessionId) {
        await get().leave();
      }
      base = [];
      position = new Map();
      reservedPicks.clear();
      const restored = savedHold(sessionId);
      set({ sessionId, session: null, seats: [], mine: [], reserved: [], holdId: restored?.holdId ?? newHoldId(), expiresAt: null, loading: true, loadError: null, notice: null });
      try {
        const map = await call('sessions.seatMap', { sessionId });
        if (get().sessionId !== sessionId) return;
        setBase(map.seats);
        // Seats this window held before a reload are still held by this clerk: take them back into the sale.
        const stillMine = new Set(map.seats.filter((seat) => seat.state === 'held_by_me').map((seat) => seat.ticketId));
        const adopted = restored?.ticketIds.filter((id) => stillMine.has(id)) ?? [];
        // Session and seats in one update: the map's first frame is the whole hall, not an empty one.
        publish(adopted, { session: map.session, loading: false });
        if (adopted.length > 0) void get().extend();
      } catch (error) {
        if (get().sessionId === sessionId) set({ loadError: error, loading: false });
      }
    },

    reload: async () => {
      const { sessionId } = get();
      if (!sessionId) return;
      if (reloading) {
        reloadAgain = true;
        return;
      }
      reloading = true;
      try {
        const map = await call('sessions.seatMap', { sessionId });
        if (get().sessionId !== sessionId) return;
        setBase(map.seats);
        const state = new Map(map.seats.map((seat) => [seat.ticketId, seat.state]));
        const { mine } = get();
        // A seat of this sale that the core now shows sold or held elsewhere was lost (the hold lapsed meanwhile, or
        // another manager issued the reserved seat); a reserved pick put back on sale stays, to be held like any other.
        const { lost, unreserved } = afterReload(mine, reservedPicks, (id) => state.get(id));
        for (const id of unreserved) reservedPicks.delete(id);
        const lostLabels = lost.flatMap((id) => {
          const seat = base[position.get(id) ?? -1];
          return seat ? [seatText(seat)] : [];
        });
        publish(
          mine.filter((id) => !lost.includes(id)),
          { session: map.session, loadError: null, ...(lost.length > 0 ? { notice: { kind: 'lost', seats: lostLabels } } : {}) },
        );
        hold(unreserved);
      } catch (error) {
        set({ loadError: error });
      } finally {
        reloading = false;
        if (reloadAgain) {
          reloadAgain = false;
          get().scheduleReload();
        }
      }
    },

    scheduleReload: () => {
      const now = Date.now();
      reloadWantedSince ??= now;
      const wait = now - lastOwnChange < RELOAD_AFTER_OWN_MS ? RELOAD_AFTER_OWN_MS : RELOAD_DEBOUNCE_MS;
      clearTimeout(reloadTimer);
      reloadTimer = setTimeout(
        () => {
          reloadWantedSince = null;
          void get().reload();
        },
        Math.max(0, Math.min(wait, reloadWantedSince + RELOAD_MAX_WAIT_MS - now)),
      );
    },

    toggle: (seat) => {
      const { mine } = get();
      if (mine.includes(seat.ticketId)) {
        const wasReserved = reservedPicks.has(seat.ticketId);
        if (!wasReserved) markAvailable([seat.ticketId]);
        publish(mine.filter((id) => id !== seat.ticketId), { notice: null });
        if (!wasReserved) void release(get().holdId, [seat.ticketId]);
        return;
      }
      if (seat.state === 'reserved' && !blocked()) {
        if (!mayPickReserved()) {
          set({ notice: { kind: 'reservedManagerOnly', seat: seatText(seat) } });
          return;
        }
        if (mine.length >= MAX_TICKETS_PER_SALE) {
          set({ notice: { kind: 'max' } });
          return;
        }
        // No hold: the holds refuse reserved seats, and no clerk's window can take them meanwhile.
        reservedPicks.add(seat.ticketId);
        publish([...mine, seat.ticketId], { notice: null });
        return;
      }
      if (seat.state !== 'available' || blocked()) {
        set({ notice: { kind: 'unavailable', seat: seatText(seat), state: seat.state } });
        return;
      }
      if (mine.length >= MAX_TICKETS_PER_SALE) {
        set({ notice: { kind: 'max' } });
        return;
      }
      publish([...mine, seat.ticketId], { notice: null });
      hold([seat.ticketId]);
    },

    pickMany: (seats) => {
      if (blocked()) return;
      const { mine } = get();
      const room = MAX_TICKETS_PER_SALE - mine.length;
      const withReserved = mayPickReserved();
      const pickable = seats.filter((seat) => (seat.state === 'available' || (withReserved && seat.state === 'reserved')) && !mine.includes(seat.ticketId));
      const wanted = pickable.map((seat) => seat.ticketId);
      const picked = wanted.slice(0, Math.max(0, room));
      if (picked.length === 0) {
        if (wanted.length > 0) set({ notice: { kind: 'max' } });
        return;
      }
      const reservedNow = new Set(pickable.filter((seat) => seat.state === 'reserved').map((seat) => seat.ticketId));
      for (const id of picked) if (reservedNow.has(id)) reservedPicks.add(id);
      publish([...mine, ...picked], { notice: picked.length < wanted.length ? { kind: 'max' } : null });
      hold(picked.filter((id) => !reservedNow.has(id)));
    },

    best: async (tierId, count) => {
      const { sessionId, holdId } = get();
      if (!sessionId) return;
      if (get().mine.length + count > MAX_TICKETS_PER_SALE) {
        set({ notice: { kind: 'max' } });
        return;
      }
      try {
        const found = await enqueue(() => call('holds.bestAvailable', { sessionId, priceTierId: tierId, count, holdId }));
        if (get().holdId !== holdId) return;
        lastExtend = Date.now();
        const added = found.seats.map((seat) => seat.ticketId).filter((id) => !get().mine.includes(id));
        publish([...get().mine, ...added], { expiresAt: localExpiry(found.hold.expiresAt), notice: { kind: 'found', seats: found.seats.map(seatText) } });
      } catch (error) {
        set({ notice: { kind: 'error', error } });
      }
    },

    extend: async () => {
      const { sessionId, holdId } = get();
      const held = heldOf(get().mine);
      if (!sessionId || held.length === 0) return;
      lastExtend = Date.now();
      try {
        const view = await enqueue(() => call('holds.hold', { sessionId, ticketIds: held, holdId }));
        if (get().holdId === holdId) set({ expiresAt: localExpiry(view.expiresAt) });
      } catch (error) {
        if (get().holdId === holdId) set({ notice: { kind: 'error', error } });
        void get().reload();
      }
    },

    touch: () => {
      const { expiresAt, mine } = get();
      if (mine.length === 0 || expiresAt === null) return;
      if (expiresAt - Date.now() < EXTEND_WHEN_LEFT_MS && Date.now() - lastExtend > 20_000) void get().extend();
    },

    expire: () => {
      const { expiresAt } = get();
      if (expiresAt === null || Date.now() < expiresAt) return;
      // Reserved picks were never held: they stay in the sale.
      const kept = get().mine.filter((id) => reservedPicks.has(id));
      const { holdId } = dropAll({ notice: { kind: 'expired' } });
      for (const id of kept) reservedPicks.add(id);
      publish(kept);
      void release(holdId);
      void get().reload();
    },

    cancel: async () => {
      const { released, holdId } = dropAll({ notice: null });
      if (released.length > 0) await release(holdId);
    },

    sold: () => {
      // Shown sold at once; the reload that follows confirms it.
      for (const id of get().mine) {
        const i = position.get(id);
        const seat = i === undefined ? undefined : base[i];
        if (i !== undefined && seat) base[i] = { ...seat, state: 'sold' };
      }
      set({ holdId: newHoldId(), expiresAt: null, notice: null });
      publish([]);
      void get().reload();
    },

    leave: async () => {
      const { released, holdId } = dropAll();
      base = [];
      position = new Map();
      set({ sessionId: null, session: null, seats: [], notice: null, loadError: null });
      saveHold(null);
      if (released.length > 0) await release(holdId);
    },

    dismissNotice: () => set({ notice: null }),
  };
});

// Logging out lets this window's seats go at once, for the next window to sell.
onBeforeLogout(() => useSellSeatsStore.getState().leave());
