import { z } from 'zod';
import { byteEnum, code, dateTime, fen, int, list, optionalText, text } from './fields';
import { AUTH_MODE, AUTH_TYPE, AVAILABLE_SALE, CHANNEL_TYPE, CHECKING_TYPE, MAX_BATCH, TICKET_MODE, TICKET_TYPE } from './inferred';

type Ctx = z.core.$RefinementCtx;

/** The places of the items whose key an earlier item of the list already had. */
export function repeatedAt<T>(items: readonly T[], key: (item: T) => string): number[] {
  const seen = new Set<string>();
  const repeated: number[] = [];
  items.forEach((item, i) => {
    const k = key(item);
    if (seen.has(k)) repeated.push(i);
    seen.add(k);
  });
  return repeated;
}

/** The message of an item named twice in one list. */
export const REPEATED = 'appears twice in this list';

/** An issue at every item whose key an earlier item of the list already had. */
export function unique<T>(items: readonly T[], key: (item: T) => string, listName: string, field: string, ctx: Ctx): void {
  for (const i of repeatedAt(items, key)) ctx.addIssue({ code: 'custom', path: [listName, i, field], message: REPEATED });
}

/** One price tier of A.3.3.4 (Table A.25). */
export const priceItem = z.object({
  performanceId: text(50),
  sessionId: text(50),
  priceId: text(50),
  priceName: text(100),
  ticketPrice: fen,
  availableInventory: int(),
  unavailableInventory: int(),
});

/** A.3.3.4 `POST /report/inventory` request: the latest state of a session's price tiers. */
export const inventoryBody = z
  .object({ sessionCode: code(21), priceList: list(priceItem, { min: 1 }) })
  .superRefine((body, ctx) => unique(body.priceList, (p) => p.priceId, 'priceList', 'priceId', ctx));

/** One ticket of A.3.3.5 (Table A.28); the seat fields are empty for unseated tickets. */
export const ticketItem = z.object({
  ticketId: text(50),
  availableSale: byteEnum(AVAILABLE_SALE),
  floorName: optionalText(10),
  areaName: optionalText(10),
  rowName: optionalText(10),
  seatNo: optionalText(10),
});

/** A.3.3.5 `POST /report/ticket` request: the tickets of one price tier, at most MAX_BATCH per call. */
export const ticketBody = z
  .object({
    performanceId: text(50),
    sessionId: text(50),
    sessionCode: code(21),
    priceId: text(50),
    ticketList: list(ticketItem, { min: 1, max: MAX_BATCH }),
  })
  .superRefine((body, ctx) => unique(body.ticketList, (t) => t.ticketId, 'ticketList', 'ticketId', ctx));

/** One line (one ticket) of an order (Table A.31). */
export const orderLine = z.object({
  ticketOrderId: text(100),
  performanceId: text(50),
  sessionId: text(50),
  sessionCode: code(21),
  priceId: text(50),
  ticketPrice: fen,
  ticketId: text(50),
  ticketOrderAmount: fen,
});

/** A.3.3.6 `POST /report/order` request (Table A.31), with the money checks. */
export const orderBody = z
  .object({
    orderId: text(100),
    orderTime: dateTime,
    channelType: byteEnum(CHANNEL_TYPE),
    channelName: text(30),
    ticketNum: int(1),
    totalAmount: fen,
    ticketType: byteEnum(TICKET_TYPE),
    ticketMode: byteEnum(TICKET_MODE),
    authMode: byteEnum(AUTH_MODE),
    ticketOrderList: list(orderLine, { min: 1 }),
  })
  .superRefine((body, ctx) => {
    unique(body.ticketOrderList, (l) => l.ticketOrderId, 'ticketOrderList', 'ticketOrderId', ctx);
    unique(body.ticketOrderList, (l) => `${l.sessionCode}\u0000${l.ticketId}`, 'ticketOrderList', 'ticketId', ctx);
    orderSums(body, ctx);
  });

/** An order's money checks: as many lines as `ticketNum`, and `totalAmount` their sum. */
export function orderSums(body: { ticketNum: number; totalAmount: number; ticketOrderList: readonly { ticketOrderAmount: number }[] }, ctx: Ctx): void {
  if (body.ticketNum !== body.ticketOrderList.length) {
    ctx.addIssue({ code: 'custom', path: ['ticketNum'], message: `must equal the number of ticketOrderList lines (${body.ticketOrderList.length})` });
  }
  const sum = body.ticketOrderList.reduce((total, line) => total + line.ticketOrderAmount, 0);
  if (body.totalAmount !== sum) {
    ctx.addIssue({ code: 'custom', path: ['totalAmount'], message: `must equal the sum of ticketOrderAmount (${sum})` });
  }
}

/** One refunded ticket (Table A.34). */
export const refundLine = z.object({
  ticketOrderId: text(100),
  sessionCode: code(21),
  ticketId: text(50),
  refundAmount: fen,
});

/** A.3.3.7 `POST /report/refundOrder` request (Table A.34). */
export const refundOrderBody = z
  .object({
    refundOrderId: text(100),
    orderId: text(100),
    reason: optionalText(200),
    refundOrderTime: dateTime,
    ticketOrderList: list(refundLine, { min: 1 }),
  })
  .superRefine((body, ctx) => unique(body.ticketOrderList, (l) => l.ticketOrderId, 'ticketOrderList', 'ticketOrderId', ctx));

/** One gate check-in (Table A.37). */
export const checkingItem = z.object({
  ticketId: text(50),
  sessionId: text(50),
  priceId: text(50),
  sessionCode: code(21),
  checkingTime: dateTime,
  checkingType: byteEnum(CHECKING_TYPE),
  authType: byteEnum(AUTH_TYPE),
});

/** A.3.3.8 `POST /report/checking` request: at most MAX_BATCH check-ins per call. */
export const checkingBody = z
  .object({ ticketList: list(checkingItem, { min: 1, max: MAX_BATCH }) })
  .superRefine((body, ctx) => unique(body.ticketList, (c) => `${c.sessionCode}\u0000${c.ticketId}`, 'ticketList', 'ticketId', ctx));

/**
 * The `data` of every report: `true`. A success envelope with `data` null or absent is read as
 * `true` too (a common way for this family of platforms to answer), so an accepted report is
 * never retried forever; `false` or anything else is malformed.
 */
export const trueData = z.union([z.literal(true), z.null(), z.undefined()]).transform((): true => true);

export type PriceItem = z.input<typeof priceItem>;
export type InventoryBody = z.input<typeof inventoryBody>;
export type TicketItem = z.input<typeof ticketItem>;
export type TicketBody = z.input<typeof ticketBody>;
export type OrderLine = z.input<typeof orderLine>;
export type OrderBody = z.input<typeof orderBody>;
export type RefundLine = z.input<typeof refundLine>;
export type RefundOrderBody = z.input<typeof refundOrderBody>;
export type CheckingItem = z.input<typeof checkingItem>;
export type CheckingBody = z.input<typeof checkingBody>;
