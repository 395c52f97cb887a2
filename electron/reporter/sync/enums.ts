// The domain's named values (db/outbox/payloads.ts) as the standard's numbers. The numbers come from the
// one table of inferred meanings; this file only pairs names, so a correction there reaches the wire unchanged.
import type { PAYLOAD_VALUES, PayloadValue } from '../../../db/outbox/payloads';
import { AUTH_MODE, AUTH_TYPE, AVAILABLE_SALE, CHANNEL_TYPE, CHECKING_TYPE, HAS_SEAT, SESSION_STATUS, SESSION_TAG, TICKET_MODE, TICKET_TYPE } from '../wire/inferred';

type WireTable = { [K in keyof typeof PAYLOAD_VALUES]: Record<PayloadValue<K>, number> };

/** Each named value's wire number. */
export const WIRE_VALUES = {
  channelType: { box_office: CHANNEL_TYPE.offline, online: CHANNEL_TYPE.online },
  ticketType: { regular: TICKET_TYPE.regular, complimentary: TICKET_TYPE.complimentary, staff: TICKET_TYPE.staff },
  ticketMode: { paper: TICKET_MODE.paper, electronic: TICKET_MODE.electronic },
  authMode: { none: AUTH_MODE.none, per_order: AUTH_MODE.perOrder, per_ticket: AUTH_MODE.perTicket },
  checkingType: { code: CHECKING_TYPE.ticketCode, id_document: CHECKING_TYPE.idDocument, face: CHECKING_TYPE.face },
  authType: { manual: AUTH_TYPE.manual, device: AUTH_TYPE.device },
  availableSale: { for_sale: AVAILABLE_SALE.forSale, not_for_sale: AVAILABLE_SALE.notForSale },
  sessionStatus: { normal: SESSION_STATUS.normal, cancelled: SESSION_STATUS.cancelled },
  tag: { normal: SESSION_TAG.normal, test: SESSION_TAG.test },
} as const satisfies WireTable;

/** `hasSeat` on the wire. */
export const hasSeatWire = (seated: boolean): 0 | 1 => (seated ? HAS_SEAT.seated : HAS_SEAT.unseated);
