import { create } from 'zustand';
import { call } from '../api/client';
import type { OrderSummary, OrderView, PersonInput, RefundResult, TicketContent } from '../../../electron/server/contract';
import { findQueries, type FindChoice } from '../sell/orders/find-query';
import { useSellPrintStore } from './sell-print-store';
import { useSellShiftStore } from './sell-shift-store';

export type OrderNotice =
  | { kind: 'refunded'; result: RefundResult }
  | { kind: 'reprinted'; count: number }
  | { kind: 'exchanged'; count: number }
  | { kind: 'bound'; seatText: string; name: string };

/** A manager's lower fee for a whole refund, with the reason (audited). */
export interface FeeOverride {
  feeFen: number;
  reason: string;
}

interface SellOrdersState {
  by: FindChoice;
  value: string;
  results: OrderSummary[] | null;
  /** The last orders of this clerk's shift: what 查询订单 shows before anything is searched. */
  recent: OrderSummary[] | null;
  order: OrderView | null;
  /** Order lines ticked for a refund, a reprint or an exchange. */
  selected: string[];
  busy: boolean;
  error: unknown;
  notice: OrderNotice | null;
  setBy: (by: FindChoice) => void;
  setValue: (value: string) => void;
  search: () => Promise<void>;
  loadRecent: () => Promise<void>;
  open: (orderId: string) => Promise<void>;
  closeOrder: () => void;
  toggleLine: (orderLineId: string) => void;
  setSelected: (orderLineIds: string[]) => void;
  /** `expectedFeeFen`: the quoted fee shown to the buyer; the core refuses FEE_CHANGED when a step passed since. */
  refund: (reason: string, expectedFeeFen: number, feeOverride?: FeeOverride) => Promise<boolean>;
  /** A named holder for a complimentary or staff ticket of a large performance. */
  bindHolder: (orderLineId: string, holder: PersonInput) => Promise<boolean>;
  reprint: (reason: string, voidPrevious: boolean) => Promise<boolean>;
  exchange: () => Promise<boolean>;
  clearMessages: () => void;
}

/** Finding an order at the window, and what is done to it: refund, reprint, exchange an e-ticket for paper. */
export const useSellOrdersStore = create<SellOrdersState>((set, get) => {
  /** Runs a change to the open order, then shows the order as it now is. */
  const act = async <T>(work: (order: OrderView) => Promise<T>, after: (result: T) => OrderNotice): Promise<boolean> => {
    const { order } = get();
    if (!order || get().busy) return false;
    set({ busy: true, error: null, notice: null });
    try {
      const result = await work(order);
      const fresh = await call('orders.get', { orderId: order.id });
      set({ order: fresh, selected: [], notice: after(result) });
      return true;
    } catch (error) {
      set({ error });
      return false;
    } finally {
      set({ busy: false });
    }
  };
  const print = (tickets: TicketContent[]) => void useSellPrintStore.getState().printTickets(tickets);

  return {
    by: 'auto',
    value: '',
    results: null,
    recent: null,
    order: null,
    selected: [],
    busy: false,
    error: null,
    notice: null,
    setBy: (by) => set({ by }),
    // A cleared field shows the shift's recent orders again.
    setValue: (value) => set(value.trim() === '' ? { value, results: null } : { value }),
    loadRecent: async () => {
      try {
        set({ recent: await call('orders.recent', {}) });
      } catch {
        // Recent orders are a convenience: the search works without them.
      }
    },
    search: async () => {
      const queries = findQueries(get().by, get().value);
      set({ busy: true, error: null, notice: null });
      try {
        const found = await Promise.all(queries.map((query) => call('orders.find', query)));
        const unique = new Map(found.flat().map((order) => [order.id, order]));
        const results = [...unique.values()].sort((a, b) => b.createdAt - a.createdAt);
        set({ results, order: null, selected: [] });
        // One match is the usual case (a scanned ticket): open it straight away.
        const only = results.length === 1 ? results[0] : undefined;
        if (only) await get().open(only.id);
      } catch (error) {
        set({ error });
      } finally {
        set({ busy: false });
      }
    },
    open: async (orderId) => {
      set({ busy: true, error: null });
      try {
        set({ order: await call('orders.get', { orderId }), selected: [] });
      } catch (error) {
        set({ error });
      } finally {
        set({ busy: false });
      }
    },
    closeOrder: () => set({ order: null, selected: [], notice: null, error: null }),
    toggleLine: (id) => set({ selected: get().selected.includes(id) ? get().selected.filter((s) => s !== id) : [...get().selected, id] }),
    setSelected: (selected) => set({ selected }),
    refund: (reason, expectedFeeFen, feeOverride) =>
      act(
        async (order) => {
          const input = { orderId: order.id, orderLineIds: get().selected, reason, expectedFeeFen, ...(feeOverride ? { feeOverride } : {}) };
          const result = await call('refunds.refund', input);
          void useSellShiftStore.getState().load();
          return result;
        },
        (result) => ({ kind: 'refunded', result }),
      ),
    reprint: (reason, voidPrevious) =>
      act(
        async () => {
          const tickets = await call('tickets.reprint', { orderLineIds: get().selected, reason, voidPrevious });
          print(tickets);
          return tickets.length;
        },
        (count) => ({ kind: 'reprinted', count }),
      ),
    exchange: () =>
      act(
        async () => {
          const tickets = await call('tickets.exchange', { orderLineIds: get().selected });
          print(tickets);
          return tickets.length;
        },
        (count) => ({ kind: 'exchanged', count }),
      ),
    bindHolder: (orderLineId, holder) =>
      act(
        async (order) => {
          await call('held.bindHolder', { orderLineId, holder });
          return order.lines.find((line) => line.orderLineId === orderLineId)?.seatText ?? '';
        },
        (seatText) => ({ kind: 'bound', seatText, name: holder.name }),
      ),
    clearMessages: () => set({ error: null, notice: null }),
  };
});
