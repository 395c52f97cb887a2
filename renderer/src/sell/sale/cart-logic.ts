import type { IdType, PaymentMethod, PersonInput, PriceTierView, SellInput, SessionPricingView, TicketMode, TicketType } from '../../../../electron/server/contract';
import { normalizeIdNumber, seatText } from '../../../../electron/server/contract/schemas';
import type { MapSeat } from '../seat-map/types';
import { lineInput, needsHolderId, offersInput, priceCart, type PricingDraft } from '../pricing/pricing-logic';

/** A buyer or holder as typed: every field a string, nothing dropped until the sale is built. */
export interface PersonDraft {
  name: string;
  idType: IdType;
  idNumber: string;
  phone: string;
}

export const emptyPerson = (): PersonDraft => ({ name: '', idType: 'resident_id', idNumber: '', phone: '' });

/** One ticket of the sale being made: a held seat, or one place of an unseated tier. */
export interface CartLine {
  /** The seat's ticketId, or `<tierId>#<n>` for the n-th place of an unseated tier: holders are keyed by it. */
  key: string;
  ticketId: string | null;
  tierId: string;
  tierName: string;
  priceFen: number;
  /** 1层 中区 5排 12号; empty for an unseated place. */
  seatText: string;
  /** A seat the box office reserved, picked by a manager to issue (no hold; the sale sends `allowReserved`). */
  reserved?: boolean;
}

export { seatText };

/** The clerk's held seats in the order they were picked; `reserved` are the reserved seats among them (a manager's picks). */
export function seatedLines(
  mine: readonly string[],
  seatOf: (ticketId: string) => MapSeat | undefined,
  tiers: readonly PriceTierView[],
  reserved: ReadonlySet<string> = new Set(),
): CartLine[] {
  const tierById = new Map(tiers.map((tier) => [tier.id, tier]));
  return mine.flatMap((ticketId) => {
    const seat = seatOf(ticketId);
    const tier = seat && tierById.get(seat.priceTierId);
    if (!seat || !tier) return [];
    const line: CartLine = { key: ticketId, ticketId, tierId: tier.id, tierName: tier.name, priceFen: tier.priceFen, seatText: seatText(seat) };
    return [reserved.has(ticketId) ? { ...line, reserved: true } : line];
  });
}

/** Places of an unseated session, tier by tier, in the tiers' order. */
export function unseatedLines(quantities: Readonly<Record<string, number>>, tiers: readonly PriceTierView[]): CartLine[] {
  return tiers.flatMap((tier) =>
    Array.from({ length: quantities[tier.id] ?? 0 }, (_, n) => ({ key: `${tier.id}#${n}`, ticketId: null, tierId: tier.id, tierName: tier.name, priceFen: tier.priceFen, seatText: '' })),
  );
}

/** What the buyer pays: complimentary and staff tickets cost nothing (the domain's rule). */
export function totalFen(lines: readonly CartLine[], ticketType: TicketType): number {
  return ticketType === 'regular' ? lines.reduce((sum, line) => sum + line.priceFen, 0) : 0;
}

/** A draft as the API's person, or undefined when nothing was typed; the ID only when asked for. */
export function toPerson(draft: PersonDraft, withId: boolean): PersonInput | undefined {
  const name = draft.name.trim();
  const idNumber = draft.idNumber.trim();
  const phone = draft.phone.trim();
  if (!name && !idNumber && !phone) return undefined;
  return {
    name,
    ...(withId || idNumber ? { idType: draft.idType, idNumber } : {}),
    ...(phone ? { phone } : {}),
  };
}

export type RealNameMode = 'none' | 'per_order' | 'per_ticket';

export const realNameModeOf = (mode: string): RealNameMode => (mode === 'per_order' || mode === 'per_ticket' ? mode : 'none');

/** The lines whose holder uses the same document as an earlier line's: the key → the earlier line's number (1-based). */
export function duplicateIds(lines: readonly CartLine[], holders: Readonly<Record<string, PersonDraft>>): Map<string, number> {
  const seen = new Map<string, number>();
  const duplicates = new Map<string, number>();
  lines.forEach((line, i) => {
    const holder = holders[line.key];
    if (!holder?.idNumber.trim()) return;
    const id = `${holder.idType}:${normalizeIdNumber(holder.idNumber)}`;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, i + 1);
    else duplicates.set(line.key, first);
  });
  return duplicates;
}

export interface PaymentDraft {
  method: Exclude<PaymentMethod, 'none'>;
  receivedFen: number | null;
  reference: string;
}

export interface SaleDraft {
  sessionId: string;
  seated: boolean;
  realName: RealNameMode;
  lines: readonly CartLine[];
  holdId: string | null;
  ticketType: TicketType;
  ticketMode: TicketMode;
  holders: Readonly<Record<string, PersonDraft>>;
  buyer: PersonDraft;
  payment: PaymentDraft;
  /** Complimentary and staff tickets of a large session: holders may be bound later (held.bindHolder), by the deadline. */
  holdersOptional?: boolean;
  /** Concessions and offers (sell/pricing/): the session's rules, the clerk's choices, whether a manager sells. */
  pricing?: { rules: SessionPricingView | null; draft: PricingDraft; manager: boolean };
}

/** What the buyer pays for a draft: under its concessions and offers when it has any. */
export const draftTotal = (draft: Pick<SaleDraft, 'lines' | 'ticketType' | 'pricing'>): number =>
  draft.pricing ? priceCart(draft.lines, draft.ticketType, draft.pricing.rules, draft.pricing.draft).pricing.totalFen : totalFen(draft.lines, draft.ticketType);

/** Change due for cash, or null when not enough (or nothing) was typed. */
export function changeDue(total: number, receivedFen: number | null): number | null {
  return receivedFen === null || receivedFen < total ? null : receivedFen - total;
}

/** The `sales.sell` input for a draft; the core checks it again (and the limits) inside its transaction. */
export function buildSellInput(draft: SaleDraft): SellInput {
  const total = draftTotal(draft);
  const choiceOf = (line: CartLine) => draft.pricing?.draft.choices[line.key];
  // An age-based concession names its holder with the ID that shows the age, whatever the real-name mode.
  const named = (line: CartLine) => draft.realName === 'per_ticket' || needsHolderId(draft.pricing?.rules ?? null, choiceOf(line));
  const holderOf = (line: CartLine) => (named(line) ? toPerson(draft.holders[line.key] ?? emptyPerson(), true) : undefined);
  const payment: SellInput['payment'] =
    total === 0
      ? { method: 'none' }
      : draft.payment.method === 'cash'
        ? { method: 'cash', receivedFen: draft.payment.receivedFen ?? total }
        : { method: draft.payment.method, reference: draft.payment.reference.trim() };
  const buyer = toPerson(draft.buyer, draft.realName === 'per_order');
  const base = {
    sessionId: draft.sessionId,
    ticketType: draft.ticketType,
    ticketMode: draft.ticketMode,
    payment,
    expectedTotalFen: total,
    ...(buyer ? { buyer } : {}),
    ...(draft.pricing ? offersInput(draft.pricing.draft, draft.pricing.manager) : {}),
  };
  if (draft.seated) {
    return {
      ...base,
      ...(draft.holdId ? { holdId: draft.holdId } : {}),
      // Reserved seats are the manager's to issue; the core refuses them to a clerk whatever is sent.
      ...(draft.lines.some((line) => line.reserved === true) ? { allowReserved: true } : {}),
      seats: draft.lines.flatMap((line) => {
        if (!line.ticketId) return [];
        const holder = holderOf(line);
        return [{ ticketId: line.ticketId, ...(holder ? { holder } : {}), ...lineInput(choiceOf(line)) }];
      }),
    };
  }
  // One entry per tier and price choice: the core takes holders all or none per entry.
  const groupOf = (line: CartLine) => JSON.stringify([line.tierId, lineInput(choiceOf(line))]);
  const groups = [...new Set(draft.lines.map(groupOf))];
  return {
    ...base,
    unseated: groups.map((group) => {
      const lines = draft.lines.filter((line) => groupOf(line) === group);
      const first = lines[0] as CartLine;
      const typed = lines.map(holderOf);
      // Held tickets of a large session may leave every holder to be bound later; the core takes all or none per tier.
      const unnamed = draft.holdersOptional === true && typed.every((holder) => holder === undefined);
      const holders = named(first) && !unnamed ? typed.map((holder) => holder ?? { name: '' }) : undefined;
      return { priceTierId: first.tierId, quantity: lines.length, ...(holders ? { holders } : {}), ...lineInput(choiceOf(first)) };
    }),
  };
}
