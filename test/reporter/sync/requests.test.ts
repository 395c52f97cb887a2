import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { OutboxRow } from '../../../db/outbox/queue';
import type { OutboxKind, OutboxPayload } from '../../../db/outbox/payloads';
import { buildRequest, MissingCode, type CodeLookup } from '../../../electron/reporter/sync/requests';
import { WIRE_VALUES } from '../../../electron/reporter/sync/enums';
import { INTERFACES } from '../../../electron/reporter/wire/interfaces';
import { checkWire } from '../../../electron/reporter/wire/issues';
import { AUTH_MODE, CHANNEL_TYPE, CHECKING_TYPE, TICKET_TYPE } from '../../../electron/reporter/wire/inferred';

// 2025-06-01 20:00:00 in China is 12:00 UTC.
const EIGHT_PM = Date.UTC(2025, 5, 1, 12, 0, 0);

function row<K extends OutboxKind>(kind: K, payload: OutboxPayload<K>, extra: Partial<OutboxRow> = {}): OutboxRow {
  return {
    seq: 1, kind, recordId: 'r', coalesceKey: null, venueId: null, hallId: null, performanceId: null, sessionId: null, priceTierId: null, orderId: null, ticketId: null,
    payload, status: 'in_flight', attempts: 1, nextAttemptAt: 0, lastErrorCode: null, lastErrorMessage: null, eventAt: 0, createdAt: 0, updatedAt: 0, deliveredAt: null, ...extra,
  };
}

const codes: CodeLookup = {
  session: (id) => (id === 'ses_1' ? '310101001012506010001' : null),
  hall: (id) => (id === 'hal_1' ? '31010100101' : null),
  venue: (id) => (id === 'ven_known' ? '310101001' : null),
};

test('an order goes out with its session code, the wire DateTime (UTC+8) and the inferred numbers', () => {
  const order: OutboxPayload<'order'> = {
    orderId: 'ord_1', orderTime: EIGHT_PM, channelType: 'box_office', channelName: '大剧院售票处', ticketNum: 1, totalAmount: 18000,
    ticketType: 'complimentary', ticketMode: 'electronic', authMode: 'per_ticket',
    ticketOrderList: [{ ticketOrderId: 'tko_1', performanceId: 'prf_1', sessionId: 'ses_1', priceId: 'tier_1', ticketPrice: 18000, ticketId: 'tkt_1', ticketOrderAmount: 18000 }],
  };
  const request = buildRequest('order', [row('order', order)], codes);
  assert.equal(request.name, 'order');
  assert.deepEqual(request.body, {
    orderId: 'ord_1', orderTime: '2025-06-01 20:00:00', channelType: CHANNEL_TYPE.offline, channelName: '大剧院售票处', ticketNum: 1, totalAmount: 18000,
    ticketType: TICKET_TYPE.complimentary, ticketMode: 2, authMode: AUTH_MODE.perTicket,
    ticketOrderList: [{ ticketOrderId: 'tko_1', performanceId: 'prf_1', sessionId: 'ses_1', sessionCode: '310101001012506010001', priceId: 'tier_1', ticketPrice: 18000, ticketId: 'tkt_1', ticketOrderAmount: 18000 }],
  });
  assert.equal(checkWire(INTERFACES.order.body, request.body).ok, true);
});

test('check-ins travel as one list; a missing session code refuses to build', () => {
  const check = (id: string, sessionId = 'ses_1'): OutboxRow =>
    row('checking', { checkInId: id, ticketId: `tkt_${id}`, sessionId, priceId: 'tier_1', checkingTime: EIGHT_PM, checkingType: 'id_document', authType: 'manual' });
  const request = buildRequest('checking', [check('a'), check('b')], codes);
  assert.equal(request.name, 'checking');
  assert.deepEqual(request.body.ticketList.map((c) => [c.ticketId, c.checkingType, c.authType, c.checkingTime]), [
    ['tkt_a', CHECKING_TYPE.idDocument, 1, '2025-06-01 20:00:00'],
    ['tkt_b', CHECKING_TYPE.idDocument, 1, '2025-06-01 20:00:00'],
  ]);
  assert.throws(() => buildRequest('checking', [check('c', 'ses_unknown')], codes), (e: unknown) => e instanceof MissingCode && e.id === 'ses_unknown');
});

test('venue registration: a new venue with its first hall, or a hall of a venue the platform knows', () => {
  const save = (venueId: string, hasSeat: boolean): OutboxPayload<'venue.save'> => ({
    venueId, hallId: 'hal_2', venueName: '城市大剧院', venueAddress: '人民路 1 号', provinceId: 310000, cityId: 310100, districtId: 310101, hallName: '小剧场', hasSeat, seatNum: hasSeat ? 100 : 0, seatingCapacity: 300,
  });
  assert.deepEqual(buildRequest('venue.save', [row('venue.save', save('ven_new', false))], codes).body, {
    provinceId: 310000, cityId: 310100, districtId: 310101, venueName: '城市大剧院', venueAddress: '人民路 1 号', hasHall: 1, hallName: '小剧场', hasSeat: 0, seatingCapacity: 300,
  });
  assert.deepEqual(buildRequest('venue.save', [row('venue.save', save('ven_known', true))], codes).body, { venueCode: '310101001', hasHall: 1, hallName: '小剧场', hasSeat: 1, seatNum: 100 });
});

test('a code request names each session by its hall code, with test sessions tagged', () => {
  const request = buildRequest('performance.code', [row('performance.code', {
    performanceId: 'prf_1', performanceName: '雷雨', approval: '沪文演(2025)001号', typeId: 1001, posterUrl: '', performanceDesc: '', sponsor: '', performer: '',
    sessionList: [{ sessionId: 'ses_2', sessionName: '首演', hallId: 'hal_1', sessionStartTime: EIGHT_PM, sessionEndTime: EIGHT_PM + 7_200_000, seatingChart: '', hasSeat: true, tag: 'test' }],
  })], codes);
  assert.equal(request.name, 'performanceCode');
  assert.deepEqual(request.body.sessionList[0], {
    sessionId: 'ses_2', sessionName: '首演', hallCode: '31010100101', sessionStartTime: '2025-06-01 20:00:00', sessionEndTime: '2025-06-01 22:00:00', seatingChart: '', hasSeat: 1, tag: 1,
  });
});

test('every named value of the payloads has a wire number from the inferred table', () => {
  for (const [field, values] of Object.entries(WIRE_VALUES)) {
    for (const [name, number] of Object.entries(values)) assert.equal(typeof number, 'number', `${field}.${name}`);
  }
  assert.equal(WIRE_VALUES.sessionStatus.cancelled, 2);
  assert.equal(WIRE_VALUES.availableSale.not_for_sale, 2);
});
