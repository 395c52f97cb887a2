// Outbox rows → one platform request: platform codes resolved at send time, times formatted as the
// standard's DateTime, named values turned into the standard's numbers.
import type { OutboxKind, OutboxPayload } from '../../../db/outbox/payloads';
import type { ClaimedRow } from '../../../db/outbox/scan';
import type { PlatformClient } from '../client/platform-client';
import type { Outcome } from '../client/outcome';
import { toWireDateTime } from '../wire/datetime';
import { HAS_HALL } from '../wire/inferred';
import type { BodyOf, DataOf } from '../wire/interfaces';
import { describeIssues } from '../wire/issues';
import { requestIssues } from './sendable';
import { hasSeatWire, WIRE_VALUES } from './enums';

/** The platform codes known locally. */
export interface CodeLookup {
  session(sessionId: string): string | null;
  hall(hallId: string): string | null;
  venue(venueId: string): string | null;
}

/** One request, typed by the interface it goes to. */
export type WireRequest =
  | { name: 'venueSave'; body: BodyOf<'venueSave'> }
  | { name: 'performanceCode'; body: BodyOf<'performanceCode'> }
  | { name: 'performanceUpdate'; body: BodyOf<'performanceUpdate'> }
  | { name: 'sessionUpdate'; body: BodyOf<'sessionUpdate'> }
  | { name: 'inventory'; body: BodyOf<'inventory'> }
  | { name: 'ticket'; body: BodyOf<'ticket'> }
  | { name: 'order'; body: BodyOf<'order'> }
  | { name: 'refundOrder'; body: BodyOf<'refundOrder'> }
  | { name: 'checking'; body: BodyOf<'checking'> };

/** A code the request needs is not known yet (it should not have been planned; the rows go back untouched). */
export class MissingCode extends Error {
  override name = 'MissingCode';
  constructor(
    readonly what: 'session' | 'hall',
    readonly id: string,
  ) {
    super(`no platform ${what} code for ${id} yet`);
  }
}

const payload = <K extends OutboxKind>(row: ClaimedRow, kind: K): OutboxPayload<K> => {
  if (row.kind !== kind) throw new Error(`row ${row.seq} is ${row.kind}, not ${kind}`);
  // The worker parsed it with its kind's sendable schema (sendable.ts) once claimed.
  return row.payload as OutboxPayload<K>;
};

function need(code: string | null, what: 'session' | 'hall', id: string): string {
  if (code === null) throw new MissingCode(what, id);
  return code;
}

function first(rows: readonly ClaimedRow[]): ClaimedRow {
  const row = rows[0];
  if (!row) throw new Error('a request needs at least one row');
  return row;
}

/** Builds the request for rows of one kind that the planner grouped together. Throws MissingCode. */
export function buildRequest(kind: OutboxKind, rows: readonly ClaimedRow[], codes: CodeLookup): WireRequest {
  const sessionCode = (id: string) => need(codes.session(id), 'session', id);
  switch (kind) {
    case 'venue.save':
      return { name: 'venueSave', body: venueSave(payload(first(rows), kind), codes) };
    case 'performance.code': {
      const p = payload(first(rows), kind);
      const { sessionList, ...performance } = p;
      return {
        name: 'performanceCode',
        body: {
          ...performance,
          sessionList: sessionList.map((s) => ({
            sessionId: s.sessionId,
            sessionName: s.sessionName,
            hallCode: need(codes.hall(s.hallId), 'hall', s.hallId),
            sessionStartTime: toWireDateTime(s.sessionStartTime),
            sessionEndTime: toWireDateTime(s.sessionEndTime),
            seatingChart: s.seatingChart,
            hasSeat: hasSeatWire(s.hasSeat),
            tag: WIRE_VALUES.tag[s.tag],
          })),
        },
      };
    }
    case 'performance.update':
      return { name: 'performanceUpdate', body: payload(first(rows), kind) };
    case 'session.update': {
      const s = payload(first(rows), kind);
      return {
        name: 'sessionUpdate',
        body: {
          sessionId: s.sessionId,
          sessionCode: sessionCode(s.sessionId),
          sessionName: s.sessionName,
          sessionStartTime: toWireDateTime(s.sessionStartTime),
          sessionEndTime: toWireDateTime(s.sessionEndTime),
          hallCode: need(codes.hall(s.hallId), 'hall', s.hallId),
          hasSeat: hasSeatWire(s.hasSeat),
          performanceId: s.performanceId,
          sessionStatus: WIRE_VALUES.sessionStatus[s.sessionStatus],
          tag: WIRE_VALUES.tag[s.tag],
          seatingChart: s.seatingChart,
        },
      };
    }
    case 'inventory': {
      const items = rows.map((r) => payload(r, kind));
      return { name: 'inventory', body: { sessionCode: sessionCode(payload(first(rows), kind).sessionId), priceList: items } };
    }
    case 'ticket': {
      const items = rows.map((r) => payload(r, kind));
      const head = payload(first(rows), kind);
      return {
        name: 'ticket',
        body: {
          performanceId: head.performanceId,
          sessionId: head.sessionId,
          sessionCode: sessionCode(head.sessionId),
          priceId: head.priceId,
          ticketList: items.map((t) => ({ ticketId: t.ticketId, availableSale: WIRE_VALUES.availableSale[t.availableSale], floorName: t.floorName, areaName: t.areaName, rowName: t.rowName, seatNo: t.seatNo })),
        },
      };
    }
    case 'order': {
      const o = payload(first(rows), kind);
      return {
        name: 'order',
        body: {
          orderId: o.orderId,
          orderTime: toWireDateTime(o.orderTime),
          channelType: WIRE_VALUES.channelType[o.channelType],
          channelName: o.channelName,
          ticketNum: o.ticketNum,
          totalAmount: o.totalAmount,
          ticketType: WIRE_VALUES.ticketType[o.ticketType],
          ticketMode: WIRE_VALUES.ticketMode[o.ticketMode],
          authMode: WIRE_VALUES.authMode[o.authMode],
          ticketOrderList: o.ticketOrderList.map((l) => ({ ...l, sessionCode: sessionCode(l.sessionId) })),
        },
      };
    }
    case 'refund': {
      const r = payload(first(rows), kind);
      return {
        name: 'refundOrder',
        body: {
          refundOrderId: r.refundOrderId,
          orderId: r.orderId,
          reason: r.reason,
          refundOrderTime: toWireDateTime(r.refundOrderTime),
          ticketOrderList: r.ticketOrderList.map((l) => ({ ticketOrderId: l.ticketOrderId, sessionCode: sessionCode(l.sessionId), ticketId: l.ticketId, refundAmount: l.refundAmount })),
        },
      };
    }
    case 'checking':
      return {
        name: 'checking',
        body: {
          ticketList: rows.map((r) => {
            const c = payload(r, kind);
            return {
              ticketId: c.ticketId,
              sessionId: c.sessionId,
              priceId: c.priceId,
              sessionCode: sessionCode(c.sessionId),
              checkingTime: toWireDateTime(c.checkingTime),
              checkingType: WIRE_VALUES.checkingType[c.checkingType],
              authType: WIRE_VALUES.authType[c.authType],
            };
          }),
        },
      };
  }
}

/** A new venue with its first hall, or one more hall of a venue the platform already knows. */
function venueSave(p: OutboxPayload<'venue.save'>, codes: CodeLookup): BodyOf<'venueSave'> {
  const hall = {
    hasHall: HAS_HALL.hasHalls,
    hallName: p.hallName,
    hasSeat: hasSeatWire(p.hasSeat),
    ...(p.hasSeat ? { seatNum: p.seatNum } : { seatingCapacity: p.seatingCapacity }),
  };
  const venueCode = codes.venue(p.venueId);
  if (venueCode !== null) return { venueCode, ...hall };
  return { provinceId: p.provinceId, cityId: p.cityId, districtId: p.districtId, venueName: p.venueName, venueAddress: p.venueAddress, ...hall };
}

/** What a delivered request answered that must be kept: the codes the platform gave. */
export type RequestData = { name: 'venueSave'; data: DataOf<'venueSave'> } | { name: 'performanceCode'; data: DataOf<'performanceCode'> } | { name: 'report' };

/**
 * Sends one request. Reports built from sendable payloads (sendable.ts) go once their codes and list pass
 * (`requestIssues`), with no second check of the wire schema; catalog requests go through the client's checked
 * methods. Either way a request the platform's rules refuse is not sent (`refused_locally`).
 */
export async function sendRequest(client: PlatformClient, request: WireRequest): Promise<Outcome<RequestData>> {
  const wrap = async <D>(outcome: Promise<Outcome<D>>, data: (d: D) => RequestData): Promise<Outcome<RequestData>> => {
    const result = await outcome;
    return result.kind === 'success' ? { ...result, data: data(result.data) } : result;
  };
  const report = async (outcome: Promise<Outcome<true>>): Promise<Outcome<RequestData>> => {
    const result = await outcome;
    return result.kind === 'success' ? { kind: 'success', data: REPORTED, code: result.code, msg: result.msg, httpStatus: result.httpStatus } : result;
  };
  switch (request.name) {
    case 'venueSave':
      return wrap(client.venueSave(request.body), (data) => ({ name: 'venueSave', data }));
    case 'performanceCode':
      return wrap(client.performanceCode(request.body), (data) => ({ name: 'performanceCode', data }));
    case 'performanceUpdate':
      return report(client.performanceUpdate(request.body));
    case 'sessionUpdate':
      return report(client.sessionUpdate(request.body));
    default: {
      const issues = requestIssues(request);
      if (issues.length > 0) return { kind: 'refused_locally', field: issues[0]?.path ?? 'body', message: describeIssues(issues), issues };
      return report(client.sendBuilt(request.name, request.body));
    }
  }
}

const REPORTED: RequestData = { name: 'report' };
