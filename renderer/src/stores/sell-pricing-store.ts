import { create } from 'zustand';
import { call } from '../api/client';
import type { SessionPricingView } from '../../../electron/server/contract';
import { emptyPricing, fullPrice, type LineChoice, type ManualDraft, type PricingDraft } from '../sell/pricing/pricing-logic';
import { parseYuan } from '../format';

interface SellPricingState {
  /** The open session's price types and group discount. */
  rules: SessionPricingView | null;
  draft: PricingDraft;
  promoText: string;
  promoChecking: boolean;
  promoError: unknown;
  load: (sessionId: string) => Promise<void>;
  setChoice: (key: string, patch: Partial<LineChoice>) => void;
  setPromoText: (text: string) => void;
  /** Asks the core whether the code can be used now (its rule, or the refusal the sale would give). */
  applyPromo: (sessionId: string) => Promise<void>;
  removePromo: () => void;
  setManual: (patch: Partial<Omit<ManualDraft, 'amountFen'>> | null) => void;
  /** The next sale starts with the tiers' full prices. */
  reset: () => void;
}

const emptyManual = (): ManualDraft => ({ amountFen: null, amountText: '', reason: '', username: '', pin: '' });

/** The concessions and offers of the sale in progress at the window. */
export const useSellPricingStore = create<SellPricingState>((set, get) => ({
  rules: null,
  draft: emptyPricing(),
  promoText: '',
  promoChecking: false,
  promoError: null,
  load: async (sessionId) => {
    if (get().rules?.sessionId !== sessionId) set({ rules: null, draft: emptyPricing(), promoText: '', promoError: null });
    const rules = await call('pricing.session', { sessionId });
    set({ rules });
  },
  setChoice: (key, patch) => {
    const { draft } = get();
    const next = { ...(draft.choices[key] ?? fullPrice), ...patch };
    // A new price type asks for its own proof: a tick for another type does not carry over.
    if (patch.priceTypeId !== undefined) next.proofConfirmed = patch.proofConfirmed ?? false;
    set({ draft: { ...draft, choices: { ...draft.choices, [key]: next } } });
  },
  setPromoText: (promoText) => set({ promoText, promoError: null }),
  applyPromo: async (sessionId) => {
    const code = get().promoText.trim();
    if (code === '' || get().promoChecking) return;
    set({ promoChecking: true, promoError: null });
    try {
      const promo = await call('pricing.checkPromo', { sessionId, code });
      set({ draft: { ...get().draft, promo }, promoText: promo.code, promoChecking: false });
    } catch (error) {
      set({ promoError: error, promoChecking: false, draft: { ...get().draft, promo: null } });
    }
  },
  removePromo: () => set({ draft: { ...get().draft, promo: null }, promoText: '', promoError: null }),
  setManual: (patch) => {
    if (patch === null) {
      set({ draft: { ...get().draft, manual: null } });
      return;
    }
    const manual = { ...(get().draft.manual ?? emptyManual()), ...patch };
    if (patch.amountText !== undefined) manual.amountFen = parseYuan(patch.amountText);
    set({ draft: { ...get().draft, manual } });
  },
  reset: () => set({ draft: emptyPricing(), promoText: '', promoError: null, promoChecking: false }),
}));
