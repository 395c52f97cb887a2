// The one check of a report on its way out. A claimed row's stored payload is parsed with its kind's schema
// made stricter where the wire is (text not blank, 32-bit counts, a date-time the wire can write, an order's sums
// and keys), and the request built from such payloads is checked only
// for what no payload can know: the platform codes resolved at send time and how the rows were grouped. The
// request then goes without a second pass of the wire schema (it was a copy: 9% of a drain's worker time).
// Catalog records (venue, performance, session: a handful per performance) keep the stored schema at the claim
// and the wire schema at the send: their bodies are assembled from several sources.
import { z } from 'zod';
import { checkingPayload, inventoryPayload, orderPayload, PAYLOAD_SCHEMAS, refundPayload, ticketPayload, type OutboxKind } from '../../../db/outbox/payloads';
import { WIRE_DATETIME_MS } from '../wire/datetime';
import { MAX_BATCH } from '../wire/inferred';
import { checkWire, type WireIssue } from '../wire/issues';
import { notBlank } from '../wire/fields';
import { orderBody, orderLine, orderSums, priceItem, REPEATED, repeatedAt, unique } from '../wire/reports';
import type { WireRequest } from './requests';

/** Stored UTC milliseconds that the wire's `yyyy-MM-dd HH:mm:ss` can name. */
const wireTime = z.number().int().nonnegative().max(WIRE_DATETIME_MS.max, { error: 'after the last date-time the wire can write' });

// Where the wire is stricter than the stored schema. Lengths are not: the stored limits are the wire's, counted in
// UTF-16 units, never fewer than the wire's code points. Stored text needs one character where the wire's text()
// needs one that is not blank (notBlank, for the fields that go on the wire); counts are 32-bit on the wire; times
// must fit its date-time; an order's sums and a list's keys are checked as the wire checks them.
const orderLineSendable = orderPayload.shape.ticketOrderList.element.superRefine(notBlank(['ticketOrderId', 'performanceId', 'sessionId', 'priceId', 'ticketId']));
const refundLineSendable = refundPayload.shape.ticketOrderList.element.superRefine(notBlank(['ticketOrderId', 'ticketId']));

/** Per kind, the schema a claimed payload is parsed with. */
const SENDABLE = {
  ...PAYLOAD_SCHEMAS,
  inventory: inventoryPayload
    .extend({ availableInventory: priceItem.shape.availableInventory, unavailableInventory: priceItem.shape.unavailableInventory })
    .superRefine(notBlank(['performanceId', 'sessionId', 'priceId', 'priceName'])),
  ticket: ticketPayload.superRefine(notBlank(['performanceId', 'sessionId', 'priceId', 'ticketId'])),
  order: orderPayload
    .extend({ orderTime: wireTime, ticketNum: orderBody.shape.ticketNum, ticketOrderList: z.array(orderLineSendable).min(1) })
    .superRefine((order, ctx) => {
      notBlank(['orderId', 'channelName'])(order, ctx);
      unique(order.ticketOrderList, (l) => l.ticketOrderId, 'ticketOrderList', 'ticketOrderId', ctx);
      // The wire keys a ticket by its session's code: one code per session, so by the session here.
      unique(order.ticketOrderList, (l) => `${l.sessionId}\u0000${l.ticketId}`, 'ticketOrderList', 'ticketId', ctx);
      orderSums(order, ctx);
    }),
  refund: refundPayload
    .extend({ refundOrderTime: wireTime, ticketOrderList: z.array(refundLineSendable).min(1) })
    .superRefine((refund, ctx) => {
      notBlank(['refundOrderId', 'orderId'])(refund, ctx);
      unique(refund.ticketOrderList, (l) => l.ticketOrderId, 'ticketOrderList', 'ticketOrderId', ctx);
    }),
  checking: checkingPayload.extend({ checkingTime: wireTime }).superRefine(notBlank(['ticketId', 'sessionId', 'priceId'])),
} satisfies Record<OutboxKind, z.ZodType>;

/** Kinds whose requests go without the wire schema's second check (see above). */
export type SendableKind = 'inventory' | 'ticket' | 'order' | 'refund' | 'checking';
export const isSendableKind = (kind: OutboxKind): kind is SendableKind => SENDABLE[kind] !== PAYLOAD_SCHEMAS[kind];

/** A claimed row's stored payload, read and held to the wire's rules; issues name the fields at fault. */
export function parseSendable(kind: OutboxKind, text: string): { ok: true; payload: unknown } | { ok: false; issues: WireIssue[] } {
  const checked = checkWire(SENDABLE[kind], JSON.parse(text));
  return checked.ok ? { ok: true, payload: checked.value } : checked;
}

const sessionCode = orderLine.shape.sessionCode;

/**
 * What a request built from sendable payloads may still break: each platform code it carries (resolved at send
 * time, as the platform gave it), and its list (at most MAX_BATCH items, none named twice). The planner groups rows
 * so that none of these happen; a request that breaks one is refused before it is sent, like any the wire refuses.
 */
export function requestIssues(request: WireRequest): WireIssue[] {
  const issues: WireIssue[] = [];
  const codes = new Map<string, boolean>();
  const code = (value: string, path: string) => {
    let ok = codes.get(value);
    if (ok === undefined) codes.set(value, (ok = sessionCode.safeParse(value).success));
    if (!ok) issues.push({ path, message: 'must be 21 characters' });
  };
  const list = <T>(name: string, items: readonly T[], key: (item: T) => string, field: string) => {
    if (items.length > MAX_BATCH) issues.push({ path: name, message: `at most ${MAX_BATCH} items` });
    for (const i of repeatedAt(items, key)) issues.push({ path: `${name}[${i}].${field}`, message: REPEATED });
  };
  switch (request.name) {
    case 'inventory':
      code(request.body.sessionCode, 'sessionCode');
      list('priceList', request.body.priceList, (p) => p.priceId, 'priceId');
      break;
    case 'ticket':
      code(request.body.sessionCode, 'sessionCode');
      list('ticketList', request.body.ticketList, (t) => t.ticketId, 'ticketId');
      break;
    case 'order':
    case 'refundOrder':
      request.body.ticketOrderList.forEach((l, i) => code(l.sessionCode, `ticketOrderList[${i}].sessionCode`));
      break;
    case 'checking':
      request.body.ticketList.forEach((c, i) => code(c.sessionCode, `ticketList[${i}].sessionCode`));
      list('ticketList', request.body.ticketList, (c) => `${c.sessionCode}\u0000${c.ticketId}`, 'ticketId');
      break;
    default:
      break;
  }
  return issues;
}
