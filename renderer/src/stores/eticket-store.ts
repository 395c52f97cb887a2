import { create } from 'zustand';
import { call } from '../api/client';
import type { ETicketDeliveriesView } from '../../../electron/server/contract';

interface ETicketState {
  /** The deliveries of the order on screen (one at a time: the sale just made, or the order opened). */
  view: ETicketDeliveriesView | null;
  busy: boolean;
  error: unknown;
  /** The clerk's last resend went in: said until the next one. */
  resent: number | null;
  load: (orderId: string) => Promise<void>;
  resend: (orderId: string) => Promise<void>;
  clear: () => void;
}

/** E-ticket SMS deliveries of one order: their state per ticket, and the clerk's resend. */
export const useETicketStore = create<ETicketState>()((set, get) => ({
  view: null,
  busy: false,
  error: null,
  resent: null,
  load: async (orderId) => {
    try {
      const view = await call('eticket.deliveries', { orderId });
      set({ view, error: null });
    } catch (error) {
      // A refresh that failed keeps what was shown; the error says why.
      if (get().view?.orderId !== orderId) set({ view: null });
      set({ error });
    }
  },
  resend: async (orderId) => {
    set({ busy: true, error: null });
    try {
      const view = await call('eticket.resend', { orderId });
      set({ view, busy: false, resent: view.lines.filter((l) => l.status === 'queued').length });
    } catch (error) {
      set({ error, busy: false });
    }
  },
  clear: () => set({ view: null, error: null, resent: null, busy: false }),
}));
