// Browser-safe: zod and the ID checks only. The window validates the sale form with these as the clerk types.
import { z } from 'zod';
import { entityId, fen } from '../catalog/schemas';
import { checkIdDocument, ID_TYPES } from '../personal-data/id-document';
import { saleLinePricing, saleOffers } from '../pricing/schemas';

/** A buyer or ticket holder. The ID number is checked for its document type (GB 11643 for resident IDs). */
export const personInput = z
  .object({
    name: z.string().trim().min(1, 'required').max(50, 'at most 50 characters'),
    idType: z.enum(ID_TYPES).optional(),
    idNumber: z.string().trim().max(32, 'at most 32 characters').optional(),
    phone: z.string().trim().regex(/^\+?[\d\s-]{5,20}$/, 'a phone number').optional(),
  })
  .superRefine((person, ctx) => {
    if (person.idType !== undefined && person.idNumber === undefined) ctx.addIssue({ code: 'custom', path: ['idNumber'], message: 'required with a document type' });
    if (person.idType === undefined && person.idNumber !== undefined) ctx.addIssue({ code: 'custom', path: ['idType'], message: 'required with a document number' });
    if (person.idType !== undefined && person.idNumber !== undefined) {
      const check = checkIdDocument(person.idType, person.idNumber);
      if (!check.ok) ctx.addIssue({ code: 'custom', path: ['idNumber'], message: check.message, params: { errorCode: 'INVALID_ID_NUMBER', problem: check.problem } });
    }
  });
export type PersonInput = z.input<typeof personInput>;

export const TICKET_TYPES = ['regular', 'complimentary', 'staff'] as const;
export type TicketType = (typeof TICKET_TYPES)[number];
export const TICKET_MODES = ['paper', 'electronic'] as const;
export type TicketMode = (typeof TICKET_MODES)[number];
export const PAYMENT_METHODS = ['cash', 'card', 'mobile', 'none'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

const reference = z.string().trim().max(64, 'at most 64 characters').default('');

export const paymentInput = z.discriminatedUnion('method', [
  /** Cash: what the buyer handed over; the change is worked out. */
  z.object({ method: z.literal('cash'), receivedFen: fen }),
  z.object({ method: z.literal('card'), reference }),
  z.object({ method: z.literal('mobile'), reference }),
  /** Complimentary and staff tickets: nothing to pay. */
  z.object({ method: z.literal('none') }),
]);

export const MAX_TICKETS_PER_SALE = 50;

/**
 * One sale of one session, of one ticket type (the standard reports one `ticketType` per order: to sell
 * regular and complimentary tickets together, make two sales). Seats for a seated session, quantities per
 * tier for an unseated one. Holders go with each ticket (one ID per ticket), the buyer with the order.
 */
export const sellInput = z
  .object({
    sessionId: entityId,
    seats: z.array(z.object({ ticketId: entityId, holder: personInput.optional(), ...saleLinePricing })).max(MAX_TICKETS_PER_SALE).default([]),
    unseated: z
      .array(z.object({ priceTierId: entityId, quantity: z.number().int().min(1).max(MAX_TICKETS_PER_SALE), holders: z.array(personInput).max(MAX_TICKETS_PER_SALE).optional(), ...saleLinePricing }))
      .max(30)
      .default([]),
    holdId: entityId.optional(),
    ticketType: z.enum(TICKET_TYPES).default('regular'),
    ticketMode: z.enum(TICKET_MODES).default('paper'),
    payment: paymentInput,
    buyer: personInput.optional(),
    /** The total the clerk saw: refused if prices changed meanwhile. */
    expectedTotalFen: fen.optional(),
    /** A manager sells tickets the box office reserved (house seats). */
    allowReserved: z.boolean().default(false),
    /** Concessions and offers (pricing/): a promo code, a manager's manual discount. */
    ...saleOffers,
  })
  .superRefine((sale, ctx) => {
    if (sale.seats.length === 0 && sale.unseated.length === 0) ctx.addIssue({ code: 'custom', path: ['seats'], message: 'choose at least one ticket' });
    if (sale.seats.length > 0 && sale.unseated.length > 0) ctx.addIssue({ code: 'custom', path: ['unseated'], message: 'a session is either seated or unseated' });
    const total = sale.seats.length + sale.unseated.reduce((sum, u) => sum + u.quantity, 0);
    if (total > MAX_TICKETS_PER_SALE) ctx.addIssue({ code: 'custom', path: ['unseated'], message: `at most ${MAX_TICKETS_PER_SALE} tickets in one sale` });
    sale.unseated.forEach((u, i) => {
      if (u.holders && u.holders.length !== u.quantity) ctx.addIssue({ code: 'custom', path: ['unseated', i, 'holders'], message: 'one holder per ticket' });
    });
    const ids = sale.seats.map((s) => s.ticketId);
    if (new Set(ids).size !== ids.length) ctx.addIssue({ code: 'custom', path: ['seats'], message: 'a seat is listed twice' });
  });
export type SellInput = z.input<typeof sellInput>;

export const orderIdInput = z.object({ orderId: entityId });

/** Finding an order at the window: by ticket code, order number, or the last digits of a phone or ID number. */
export const findOrdersInput = z.object({
  by: z.enum(['ticketCode', 'orderNumber', 'idLast', 'phoneLast']),
  value: z.string().trim().min(4, 'at least 4 characters').max(40),
  sessionId: entityId.optional(),
}).superRefine((q, ctx) => {
  if (q.by === 'idLast' && !/^(\d{3}|\d{5})[\dX]$/i.test(q.value)) ctx.addIssue({ code: 'custom', path: ['value'], message: 'the last 4 or 6 characters of the ID number' });
  if (q.by === 'phoneLast' && !/^\d{4}$/.test(q.value)) ctx.addIssue({ code: 'custom', path: ['value'], message: 'the last 4 digits of the phone number' });
});
export type FindOrdersInput = z.input<typeof findOrdersInput>;
