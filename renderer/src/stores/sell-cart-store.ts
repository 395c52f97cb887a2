import { create } from 'zustand';
import { call } from '../api/client';
import type { OrderView, TicketMode, TicketType } from '../../../electron/server/contract';
import { MAX_TICKETS_PER_SALE, sellInput } from '../../../electron/server/contract/schemas';
import { buildSellInput, draftTotal, emptyPerson, realNameModeOf, seatedLines, unseatedLines, type CartLine, type PaymentDraft, type PersonDraft } from '../sell/sale/cart-logic';
import { cashProblem, saleProblems } from '../sell/sale/sale-problems';
import { parseYuan } from '../format';
import { useSellSeatsStore } from './sell-seats-store';
import { useSellPrintStore } from './sell-print-store';
import { useSellShiftStore } from './sell-shift-store';
import { useSellPricingStore } from './sell-pricing-store';
import { useSessionStore } from './session-store';

interface SellCartState {
  ticketType: TicketType;
  ticketMode: TicketMode;
  /** Unseated sessions: places per tier. */
  quantities: Record<string, number>;
  /** Holders by cart line key (real-name, one ID per ticket). */
  holders: Record<string, PersonDraft>;
  buyer: PersonDraft;
  payment: PaymentDraft;
  receivedText: string;
  submitting: boolean;
  error: unknown;
  /** A sale was attempted: every missing field now says so. */
  attempted: boolean;
  /** The order just sold, shown until the next sale starts. */
  done: OrderView | null;
  setTicketType: (ticketType: TicketType) => void;
  setTicketMode: (ticketMode: TicketMode) => void;
  setQuantity: (tierId: string, quantity: number) => void;
  setHolder: (key: string, patch: Partial<PersonDraft>) => void;
  setBuyer: (patch: Partial<PersonDraft>) => void;
  setMethod: (method: PaymentDraft['method']) => void;
  setReceived: (text: string) => void;
  setReference: (reference: string) => void;
  sell: () => Promise<OrderView | null>;
  /** Starts the next sale (after one was sold or cancelled). */
  next: () => void;
  clearError: () => void;
}

/** The lines of the sale being made, from the open session and this window's seats or quantities. */
export function currentLines(): CartLine[] {
  const { session, mine, reserved, seats } = useSellSeatsStore.getState();
  if (!session) return [];
  if (!session.hasSeat) return unseatedLines(useSellCartStore.getState().quantities, session.tiers);
  const byId = new Map(seats.map((seat) => [seat.ticketId, seat]));
  return seatedLines(mine, (id) => byId.get(id), session.tiers, new Set(reserved));
}

const fresh = () => ({
  ticketType: 'regular' as const,
  quantities: {},
  holders: {},
  buyer: emptyPerson(),
  payment: { method: 'cash' as const, receivedFen: null, reference: '' },
  receivedText: '',
  submitting: false,
  error: null,
  attempted: false,
});

/** The sale in progress at the window: ticket type and mode, holders, buyer, payment; and the sale itself. */
export const useSellCartStore = create<SellCartState>((set, get) => {
  const touched = () => useSellSeatsStore.getState().touch();
  return {
    ...fresh(),
    ticketMode: 'paper',
    done: null,
    setTicketType: (ticketType) => set({ ticketType }),
    setTicketMode: (ticketMode) => set({ ticketMode }),
    setQuantity: (tierId, quantity) => {
      const others = Object.entries(get().quantities).reduce((sum, [id, n]) => (id === tierId ? sum : sum + n), 0);
      const clamped = Math.max(0, Math.min(quantity, MAX_TICKETS_PER_SALE - others));
      set({ quantities: { ...get().quantities, [tierId]: clamped }, done: null });
    },
    setHolder: (key, patch) => {
      set({ holders: { ...get().holders, [key]: { ...(get().holders[key] ?? emptyPerson()), ...patch } } });
      touched();
    },
    setBuyer: (patch) => {
      set({ buyer: { ...get().buyer, ...patch } });
      touched();
    },
    setMethod: (method) => set({ payment: { ...get().payment, method } }),
    setReceived: (receivedText) => {
      set({ receivedText, payment: { ...get().payment, receivedFen: parseYuan(receivedText) } });
      touched();
    },
    setReference: (reference) => set({ payment: { ...get().payment, reference } }),

    sell: async () => {
      const { session, holdId } = useSellSeatsStore.getState();
      if (!session || get().submitting) return null;
      const lines = currentLines();
      const state = get();
      const draft = {
        sessionId: session.id,
        seated: session.hasSeat,
        realName: realNameModeOf(session.realNameMode),
        lines,
        holdId: session.hasSeat ? holdId : null,
        ticketType: state.ticketType,
        ticketMode: state.ticketMode,
        holders: state.holders,
        buyer: state.buyer,
        payment: state.payment,
        holdersOptional: session.large && state.ticketType !== 'regular',
        pricing: { rules: useSellPricingStore.getState().rules, draft: useSellPricingStore.getState().draft, manager: useSessionStore.getState().session?.user.role === 'manager' },
      };
      // What the core would refuse anyway is said beside the fields, before anything is sent.
      const input = buildSellInput(draft);
      const cash = cashProblem(draftTotal(draft), state.payment.method, state.receivedText, state.payment.receivedFen);
      if (lines.length === 0 || saleProblems(draft).length > 0 || cash !== null || !sellInput.safeParse(input).success) {
        set({ attempted: true, error: null });
        return null;
      }
      set({ submitting: true, error: null });
      try {
        const order = await call('sales.sell', input);
        set({ ...fresh(), done: order });
        useSellPricingStore.getState().reset();
        if (session.hasSeat) useSellSeatsStore.getState().sold();
        else void useSellSeatsStore.getState().reload();
        void useSellShiftStore.getState().load();
        if (order.ticketMode === 'paper') void useSellPrintStore.getState().printTickets(order.lines);
        return order;
      } catch (error) {
        set({ error, submitting: false });
        return null;
      }
    },

    next: () => {
      useSellPrintStore.getState().resetStatus();
      useSellPricingStore.getState().reset();
      set({ ...fresh(), done: null });
    },
    clearError: () => set({ error: null }),
  };
});
