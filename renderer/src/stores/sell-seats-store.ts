import { create } from 'zustand';
import { call } from '../api/client';
import type { EventMap, SessionListItem } from '../../../electron/server/contract';
import { MAX_TICKETS_PER_SALE } from '../../../electron/server/contract/schemas';
import type { MapSeat, SeatState } from '../sell/seat-map/types';
import { withMine } from '../sell/sale/map-data';
import { coreStateOf, deltaFits, type CoreSeats } from '../sell/sale/compact-map';
import { fetchCompactMap } from '../sell/sale/session-seats';
import { newHoldId, saveHold, savedHold } from '../sell/sale/hold-storage';
import { seatText } from '../sell/sale/cart-logic';
import { serverNow } from './sell-sessions-store';
import { afterReload, mayIssueReserved } from '../sell/sale/reserved-picks';
import { addFound, afterExpiry, emptySelection, heldOf, pickSeats, toggleSeat, without, type Selection, type SelectionNotice, type SelectionStep } from '../sell/sale/seat-selection';
import { createRequestQueue, reloadDelay } from '../sell/sale/request-queue';
import { onBeforeLogout, useSessionStore } from './session-store';
import { useNamedHoldsStore } from './named-holds-store';

export type SeatNotice = SelectionNotice | { kind: 'error'; error: unknown } | { kind: 'lost'; seats: string[] } | { kind: 'expired' } | { kind: 'found'; seats: string[] };

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
  /** Seats of this session changed, or the link was lost: reload soon, once for a burst of changes. */
  scheduleReload: () => void;
  /** The core's delta for seats of a session: applied in place when it is the next one, else the status is fetched again. */
  applyChanges: (event: EventMap['seats.changed']) => void;
  toggle: (seat: MapSeat) => void;
  pickMany: (seats: readonly MapSeat[]) => void;
  /** Best `count` seats together in a tier (null: any price), `accessible` of them wheelchair places. */
  best: (tierId: string | null, count: number, accessible?: number) => Promise<void>;
  extend: () => Promise<void>;
  /** The clerk is busy with this sale (typing holders): keep the seats if the hold is running out. */
  touch: () => void;
  expire: () => void;
  cancel: () => Promise<void>;
  sold: () => void;
  leave: () => Promise<void>;
  dismissNotice: () => void;
}

const EXTEND_WHEN_LEFT_MS = 150_000;

/**
 * The seat map of the open session and this window's hold. The selection itself is a pure model
 * (`sell/sale/seat-selection.ts`); this store keeps the core's view of the seats, runs the holds and releases a
 * step asks for through one request queue (so the core sees them in the clerk's order), and reloads the map when
 * other windows change seats. A click shows the seat picked at once and the hold follows in the background.
 * Seats held here are released on cancel, on leaving, and lapse on the core after five minutes (the hold is
 * renewed while the clerk works on the sale).
 */
export const useSellSeatsStore = create<SellSeatsState>((set, get) => {
  /** The core's view of the seats (this window's own seats as the core last reported them). */
  let base: MapSeat[] = [];
  let position = new Map<string, number>();
  /** Where this window's status stands in the session's feed of changes; null until the first status. */
  let feedAt: { feed: string; seq: number } | null = null;
  /** Deltas that arrived while a status was on its way: applied after it, from its position on. */
  let buffered: EventMap['seats.changed'][] | null = null;
  /** Seats other holds keep, and when each lapses (the core's clock): they show free again by themselves. */
  let heldUntil = new Map<string, number>();
  let lapseTimer: ReturnType<typeof setTimeout> | undefined;
  let sessionTimer: ReturnType<typeof setTimeout> | undefined;
  let selection: Selection = emptySelection;
  const requests = createRequestQueue();
  let reloadTimer: ReturnType<typeof setTimeout> | undefined;
  let reloadWantedSince: number | null = null;
  let reloading = false;
  let reloadAgain = false;
  let lastExtend = 0;

  const publish = (next: Selection, extra: Partial<SellSeatsState> = {}) => {
    selection = next;
    const { sessionId, holdId } = get();
    set({ mine: [...next.mine], reserved: next.mine.filter((id) => next.reserved.has(id)), seats: withMine(base, new Set(next.mine), position), ...extra });
    // Only held seats come back after a reload; reserved picks are not the core's to remember.
    if (sessionId) saveHold({ sessionId, holdId, ticketIds: heldOf(next) });
  };

  const rules = () => ({
    open: get().session?.salesState === 'open',
    mayPickReserved: mayIssueReserved(useSessionStore.getState().session?.user.role),
    reservedHold: (ticketId: string) => useNamedHoldsStore.getState().byTicket.get(ticketId),
    max: MAX_TICKETS_PER_SALE,
  });

  const setBase = (core: CoreSeats) => {
    base = core.seats;
    position = new Map(base.map((seat, i) => [seat.ticketId, i]));
    heldUntil = core.heldUntil;
    scheduleLapse();
  };

  /** Fetches the session's status (and its hall's geometry when this window has not got that version yet). */
  const fetchMap = async (sessionId: string) => {
    buffered = [];
    try {
      return { ...(await fetchCompactMap(sessionId)), pending: buffered };
    } finally {
      buffered = null;
    }
  };

  /** Holds of other windows lapse on the core without a word: show their seats free when they do. */
  const scheduleLapse = () => {
    clearTimeout(lapseTimer);
    let next = Infinity;
    for (const until of heldUntil.values()) next = Math.min(next, until);
    if (next === Infinity) return;
    lapseTimer = setTimeout(() => {
      const now = serverNow();
      let changed = false;
      for (const [id, until] of heldUntil) {
        if (until > now) continue;
        heldUntil.delete(id);
        const i = position.get(id);
        const seat = i === undefined ? undefined : base[i];
        if (i !== undefined && seat?.state === 'held') {
          base[i] = { ...seat, state: 'available' };
          changed = true;
        }
      }
      if (changed) publish(selection);
      scheduleLapse();
    }, Math.max(0, next - serverNow()) + 50);
  };

  /** The tiers' counts follow the seats a little later, once for a burst of changes. */
  const refreshSession = (sessionId: string) => {
    clearTimeout(sessionTimer);
    sessionTimer = setTimeout(() => {
      call('sessions.get', { sessionId }).then(
        (session) => {
          if (get().sessionId === sessionId) set({ session });
        },
        () => undefined, // the next change or reload tries again
      );
    }, 400);
  };

  /** Applies one delta that follows the status this window has; returns the seats of this sale it took away. */
  const applyDelta = (event: EventMap['seats.changed']): void => {
    if (!feedAt || !event.changes || event.seq === undefined) return;
    feedAt = { feed: feedAt.feed, seq: event.seq };
    const me = useSessionStore.getState().session?.user.id ?? null;
    const states = new Map<string, SeatState>();
    for (const change of event.changes) {
      const i = position.get(change.ticketId);
      const seat = i === undefined ? undefined : base[i];
      if (i === undefined || !seat) continue;
      const core = coreStateOf(change, me);
      states.set(change.ticketId, core);
      const shown = core === 'held_by_me' ? 'held' : core;
      if (seat.state !== shown) base[i] = { ...seat, state: shown };
      if (change.heldUntil !== null && core === 'held') heldUntil.set(change.ticketId, change.heldUntil);
      else heldUntil.delete(change.ticketId);
    }
    settle(states, null);
  };

  /**
   * After new core states: the seats of this sale the core now shows sold or held elsewhere leave it (said to the
   * clerk); reserved picks put back on sale stay, to be held like any other.
   */
  const settle = (states: ReadonlyMap<string, SeatState>, session: SessionListItem | null) => {
    const { lost, unreserved } = afterReload(selection.mine, selection.reserved, (id) => states.get(id));
    const lostLabels = lost.flatMap((id) => {
      const seat = base[position.get(id) ?? -1];
      return seat ? [seatText(seat)] : [];
    });
    const kept = without(selection, lost);
    const next: Selection = { mine: kept.mine, reserved: new Set([...kept.reserved].filter((id) => !unreserved.includes(id))) };
    publish(next, { ...(session ? { session, loadError: null } : {}), ...(lost.length > 0 ? { notice: { kind: 'lost', seats: lostLabels } } : {}) });
    hold(unreserved);
    scheduleLapse();
  };

  /** Deltas that came while the status was on its way: the ones after it apply; a gap means fetching again. */
  const catchUp = (pending: readonly EventMap['seats.changed'][]) => {
    for (const event of pending) {
      if (!feedAt) return;
      const fits = deltaFits(feedAt, event);
      if (fits === 'apply') applyDelta(event);
      else if (fits === 'refetch') {
        get().scheduleReload();
        return;
      }
    }
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
    publish(without(selection, ticketIds), { notice: { kind: 'error', error } });
    void get().reload();
  };

  const hold = (ticketIds: string[]) => {
    const { sessionId, holdId } = get();
    if (!sessionId || ticketIds.length === 0) return;
    requests.run(() => call('holds.hold', { sessionId, ticketIds, holdId })).then(
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
    requests.run(() => call('holds.release', ticketIds ? { holdId, ticketIds } : { holdId })).catch(() => {
      // A release that fails only leaves seats held until the hold lapses on the core (five minutes).
    });

  /** Shows a step of the selection and sends the holds and releases it asks for. */
  const apply = (step: SelectionStep) => {
    markAvailable(step.release);
    publish(step.selection, { notice: step.notice });
    if (step.release.length > 0) void release(get().holdId, step.release);
    hold(step.hold);
  };

  const dropAll = (extra: Partial<SellSeatsState> = {}) => {
    const released = heldOf(selection);
    const { holdId } = get();
    markAvailable(released);
    set({ holdId: newHoldId(), expiresAt: null });
    publish(emptySelection, extra);
    return { released, holdId };
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
      feedAt = null;
      selection = emptySelection;
      const restored = savedHold(sessionId);
      set({ sessionId, session: null, seats: [], mine: [], reserved: [], holdId: restored?.holdId ?? newHoldId(), expiresAt: null, loading: true, loadError: null, notice: null });
      try {
        const map = await fetchMap(sessionId);
        if (get().sessionId !== sessionId) return;
        setBase(map.core);
        feedAt = { feed: map.status.feed, seq: map.status.seq };
        // Seats this window held before a reload are still held by this clerk: take them back into the sale.
        const stillMine = new Set(map.core.seats.filter((_, i) => map.core.coreStates[i] === 'held_by_me').map((seat) => seat.ticketId));
        const adopted = restored?.ticketIds.filter((id) => stillMine.has(id)) ?? [];
        // Session and seats in one update: the map's first frame is the whole hall, not an empty one.
        publish(addFound(emptySelection, adopted), { session: map.status.session, loading: false });
        catchUp(map.pending);
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
        const map = await fetchMap(sessionId);
        if (get().sessionId !== sessionId) return;
        setBase(map.core);
        feedAt = { feed: map.status.feed, seq: map.status.seq };
        // A seat of this sale that the core now shows sold or held elsewhere was lost (the hold lapsed meanwhile, or
        // another manager issued the reserved seat).
        settle(new Map(map.core.seats.map((seat, i) => [seat.ticketId, map.core.coreStates[i] ?? seat.state])), map.status.session);
        catchUp(map.pending);
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
      clearTimeout(reloadTimer);
      reloadTimer = setTimeout(() => {
        reloadWantedSince = null;
        void get().reload();
      }, reloadDelay(now, reloadWantedSince, requests.lastSettledAt));
    },

    applyChanges: (event) => {
      const { sessionId } = get();
      if (event.sessionId !== sessionId || !sessionId) return;
      if (buffered) {
        buffered.push(event);
        return;
      }
      if (!feedAt) return;
      const fits = deltaFits(feedAt, event);
      if (fits === 'stale') return;
      if (fits === 'refetch') {
        get().scheduleReload();
        return;
      }
      applyDelta(event);
      refreshSession(sessionId);
    },

    toggle: (seat) => apply(toggleSeat(selection, seat, rules())),

    pickMany: (seats) => apply(pickSeats(selection, seats, rules())),

    best: async (tierId, count, accessible = 0) => {
      const { sessionId, holdId } = get();
      if (!sessionId) return;
      if (selection.mine.length + count > MAX_TICKETS_PER_SALE) {
        set({ notice: { kind: 'max' } });
        return;
      }
      try {
        const found = await requests.run(() => call('holds.bestAvailable', { sessionId, ...(tierId ? { priceTierId: tierId } : {}), count, accessible, holdId }));
        if (get().holdId !== holdId) return;
        lastExtend = Date.now();
        publish(
          addFound(selection, found.seats.map((seat) => seat.ticketId)),
          { expiresAt: localExpiry(found.hold.expiresAt), notice: { kind: 'found', seats: found.seats.map(seatText) } },
        );
      } catch (error) {
        set({ notice: { kind: 'error', error } });
      }
    },

    extend: async () => {
      const { sessionId, holdId } = get();
      const held = heldOf(selection);
      if (!sessionId || held.length === 0) return;
      lastExtend = Date.now();
      try {
        const view = await requests.run(() => call('holds.hold', { sessionId, ticketIds: held, holdId }));
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
      const { expiresAt, holdId } = get();
      if (expiresAt === null || Date.now() < expiresAt) return;
      const { selection: kept, lapsed } = afterExpiry(selection);
      markAvailable(lapsed);
      set({ holdId: newHoldId(), expiresAt: null });
      publish(kept, { notice: { kind: 'expired' } });
      void release(holdId);
      void get().reload();
    },

    cancel: async () => {
      const { released, holdId } = dropAll({ notice: null });
      if (released.length > 0) await release(holdId);
    },

    sold: () => {
      // Shown sold at once; the reload that follows confirms it.
      for (const id of selection.mine) {
        const i = position.get(id);
        const seat = i === undefined ? undefined : base[i];
        if (i !== undefined && seat) base[i] = { ...seat, state: 'sold' };
      }
      set({ holdId: newHoldId(), expiresAt: null, notice: null });
      publish(emptySelection);
      void get().reload();
    },

    leave: async () => {
      const { released, holdId } = dropAll();
      base = [];
      position = new Map();
      feedAt = null;
      heldUntil = new Map();
      clearTimeout(lapseTimer);
      clearTimeout(sessionTimer);
      set({ sessionId: null, session: null, seats: [], notice: null, loadError: null });
      saveHold(null);
      if (released.length > 0) await release(holdId);
    },

    dismissNotice: () => set({ notice: null }),
  };
});

// Logging out lets this window's seats go at once, for the next window to sell.
onBeforeLogout(() => useSellSeatsStore.getState().leave());
