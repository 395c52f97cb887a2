import { z } from 'zod';

// Shared by the domain (which writes) and the reporter (which reads): zod only, no other import.
// Payloads hold local ids, UTC milliseconds and fen. At send time the worker adds the platform codes
// (venueCode, hallCode, sessionCode) and formats times as the standard's DateTime.

// Enumerations are carried as named values: the standard's numbers (several inferred from a lossy
// scan) live in one table only, electron/reporter/wire/inferred.ts, and the reporter maps them at send time.

/** Named values of the standard's enumerations, as the domain records them. */
export const PAYLOAD_VALUES = {
  channelType: ['box_office', 'online'],
  ticketType: ['regular', 'complimentary', 'staff'],
  ticketMode: ['paper', 'electronic'],
  authMode: ['none', 'per_order', 'per_ticket'],
  checkingType: ['code', 'id_document', 'face'],
  authType: ['manual', 'device'],
  availableSale: ['for_sale', 'not_for_sale'],
  sessionStatus: ['normal', 'cancelled'],
  tag: ['normal', 'test'],
} as const;

export type PayloadValue<K extends keyof typeof PAYLOAD_VALUES> = (typeof PAYLOAD_VALUES)[K][number];

const id = z.string().min(1).max(50);
const longId = z.string().min(1).max(100);
const time = z.number().int().nonnegative();
const fen = z.number().int().nonnegative();
const count = z.number().int().nonnegative();
const seatPart = z.string().max(10);
const named = <K extends keyof typeof PAYLOAD_VALUES>(key: K) => z.enum(PAYLOAD_VALUES[key]);

/** Register a venue (with its first hall) or add a hall to a registered venue (`/standard/venue/save`). */
export const venueSavePayload = z.object({
  venueId: id,
  hallId: id,
  venueName: z.string().min(1).max(50),
  venueAddress: z.string().min(1).max(200),
  provinceId: z.number().int(),
  cityId: z.number().int(),
  districtId: z.number().int(),
  hallName: z.string().min(1).max(50),
  hasSeat: z.boolean(),
  seatNum: count,
  seatingCapacity: count,
});

const performanceDetails = {
  performanceId: id,
  performanceName: z.string().min(1).max(100),
  approval: z.string().min(1).max(50),
  typeId: z.number().int(),
  posterUrl: z.string().max(200),
  performanceDesc: z.string().max(10000),
  sponsor: z.string().max(200),
  performer: z.string().max(200),
};

const sessionDetails = {
  sessionId: id,
  sessionName: z.string().min(1).max(50),
  hallId: id,
  sessionStartTime: time,
  sessionEndTime: time,
  seatingChart: z.string().max(200),
  hasSeat: z.boolean(),
  tag: named('tag'),
};

/** Apply for the session codes of these sessions (`/performance/code`); the worker stores the codes it gets back. */
export const performanceCodePayload = z.object({ ...performanceDetails, sessionList: z.array(z.object(sessionDetails)).min(1) });

/** `/report/performance/update`. */
export const performanceUpdatePayload = z.object(performanceDetails);

/** `/report/session/update`, including a cancellation (sessionStatus 'cancelled'). */
export const sessionUpdatePayload = z.object({
  ...sessionDetails,
  performanceId: id,
  sessionStatus: named('sessionStatus'),
});

/** One price tier's stock (`/report/inventory`, one `priceList` item; the worker groups a session's tiers). */
export const inventoryPayload = z.object({
  performanceId: id,
  sessionId: id,
  priceId: id,
  priceName: z.string().min(1).max(100),
  ticketPrice: fen,
  availableInventory: count,
  unavailableInventory: count,
});

/** One ticket's availability (`/report/ticket`, one `ticketList` item; the worker batches by session and tier). */
export const ticketPayload = z.object({
  performanceId: id,
  sessionId: id,
  priceId: id,
  ticketId: id,
  availableSale: named('availableSale'),
  floorName: seatPart,
  areaName: seatPart,
  rowName: seatPart,
  seatNo: seatPart,
});

/** A paid order (`/report/order`), frozen at commit. */
export const orderPayload = z.object({
  orderId: longId,
  orderTime: time,
  channelType: named('channelType'),
  channelName: z.string().min(1).max(30),
  ticketNum: z.number().int().positive(),
  totalAmount: fen,
  ticketType: named('ticketType'),
  ticketMode: named('ticketMode'),
  authMode: named('authMode'),
  ticketOrderList: z
    .array(
      z.object({
        ticketOrderId: longId,
        performanceId: id,
        sessionId: id,
        priceId: id,
        ticketPrice: fen,
        ticketId: id,
        ticketOrderAmount: fen,
      }),
    )
    .min(1),
});

/** A refund of some tickets of an order (`/report/refundOrder`), frozen at commit. */
export const refundPayload = z.object({
  refundOrderId: longId,
  orderId: longId,
  reason: z.string().min(1).max(200),
  refundOrderTime: time,
  ticketOrderList: z.array(z.object({ ticketOrderId: longId, sessionId: id, ticketId: id, refundAmount: fen })).min(1),
});

/** One admission (`/report/checking`, one `ticketList` item; the worker batches), frozen at commit. */
export const checkingPayload = z.object({
  checkInId: id,
  ticketId: id,
  sessionId: id,
  priceId: id,
  checkingTime: time,
  checkingType: named('checkingType'),
  authType: named('authType'),
});

export const PAYLOAD_SCHEMAS = {
  'venue.save': venueSavePayload,
  'performance.code': performanceCodePayload,
  'performance.update': performanceUpdatePayload,
  'session.update': sessionUpdatePayload,
  inventory: inventoryPayload,
  ticket: ticketPayload,
  order: orderPayload,
  refund: refundPayload,
  checking: checkingPayload,
} as const;

export type OutboxKind = keyof typeof PAYLOAD_SCHEMAS;
export type OutboxPayload<K extends OutboxKind> = z.infer<(typeof PAYLOAD_SCHEMAS)[K]>;
export const OUTBOX_KINDS = Object.keys(PAYLOAD_SCHEMAS) as OutboxKind[];

/** Events are appended once and never change; every other kind is a state, coalesced by key. */
export const EVENT_KINDS: readonly OutboxKind[] = ['order', 'refund', 'checking'];
export const isEventKind = (kind: OutboxKind): boolean => EVENT_KINDS.includes(kind);

export function parsePayload<K extends OutboxKind>(kind: K, value: unknown): OutboxPayload<K> {
  return PAYLOAD_SCHEMAS[kind].parse(value) as OutboxPayload<K>;
}
