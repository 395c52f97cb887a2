import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PAYLOAD_SCHEMAS, type OutboxKind, type OutboxPayload } from '../../../db/outbox/payloads';
import type { ClaimedRow } from '../../../db/outbox/scan';
import { buildRequest, type CodeLookup } from '../../../electron/reporter/sync/requests';
import { isSendableKind, parseSendable, requestIssues } from '../../../electron/reporter/sync/sendable';
import { INTERFACES } from '../../../electron/reporter/wire/interfaces';
import { checkWire } from '../../../electron/reporter/wire/issues';

// The one check of a report on its way out (sendable.ts) must refuse exactly what the wire schema refuses of a
// request built from stored payloads: each case below is a payload the stored schema accepts (the domain could
// have written it), built into its request, checked both ways.

const EIGHT_PM = Date.UTC(2025, 5, 1, 12, 0, 0);
const CODE = '310101001012506010001';
const SESSION_CODES: Record<string, string> = { ses_1: CODE, ses_2: '310101001012506010002' };
const codes = (session?: string): CodeLookup => ({ session: (id) => session ?? SESSION_CODES[id] ?? null, hall: () => null, venue: () => null });

type OrderLine = OutboxPayload<'order'>['ticketOrderList'][number];
const line = (n: number): OrderLine => ({ ticketOrderId: `tko_${n}`, performanceId: 'prf_1', sessionId: 'ses_1', priceId: 'tier_1', ticketPrice: 18000, ticketId: `tkt_${n}`, ticketOrderAmount: 18000 });
const refundLine = (): OutboxPayload<'refund'>['ticketOrderList'][number] => ({ ticketOrderId: 'tko_1', sessionId: 'ses_1', ticketId: 'tkt_1', refundAmount: 18000 });
const order = (): OutboxPayload<'order'> => ({
  orderId: 'ord_1', orderTime: EIGHT_PM, channelType: 'box_office', channelName: '大剧院售票处', ticketNum: 2, totalAmount: 36000,
  ticketType: 'regular', ticketMode: 'electronic', authMode: 'none',
  ticketOrderList: [line(1), line(2)],
});
const refund = (): OutboxPayload<'refund'> => ({
  refundOrderId: 'rfd_1', orderId: 'ord_1', reason: '观众退票', refundOrderTime: EIGHT_PM,
  ticketOrderList: [refundLine()],
});
const tier = (priceId = 'tier_1'): OutboxPayload<'inventory'> => ({ performanceId: 'prf_1', sessionId: 'ses_1', priceId, priceName: '内场', ticketPrice: 18000, availableInventory: 100, unavailableInventory: 2 });
const ticket = (ticketId = 'tkt_1'): OutboxPayload<'ticket'> => ({ performanceId: 'prf_1', sessionId: 'ses_1', priceId: 'tier_1', ticketId, availableSale: 'not_for_sale', floorName: '一层', areaName: 'A区', rowName: '3排', seatNo: '12' });
const checkIn = (ticketId = 'tkt_1', sessionId = 'ses_1'): OutboxPayload<'checking'> => ({ checkInId: `chk_${ticketId}`, ticketId, sessionId, priceId: 'tier_1', checkingTime: EIGHT_PM, checkingType: 'code', authType: 'device' });

type Case = { name: string; kind: OutboxKind; payloads: unknown[]; session?: string };

/** Both checks on one request: the single one (sendable payloads, then the request's codes and list) and the wire schema's. */
function verdicts({ kind, payloads, session }: Case): { single: boolean; wire: boolean } {
  const rows = payloads.map((payload, i): ClaimedRow => {
    assert.equal(PAYLOAD_SCHEMAS[kind].safeParse(payload).success, true, 'the stored schema accepts it: the domain could have written it');
    return { seq: i + 1, kind, recordId: `r${i}`, coalesceKey: null, venueId: null, hallId: null, performanceId: null, sessionId: null, priceTierId: null, orderId: null, ticketId: null, attempts: 1, nextAttemptAt: 0, payload };
  });
  const parsed = payloads.map((payload) => parseSendable(kind, JSON.stringify(payload)));
  let request;
  try {
    request = buildRequest(kind, rows, codes(session));
  } catch (error) {
    // A time the wire cannot write does not even build: the wire would refuse it.
    assert.ok(error instanceof RangeError);
    return { single: parsed.every((p) => p.ok), wire: false };
  }
  const wire = checkWire(INTERFACES[request.name].body, request.body).ok;
  const single = parsed.every((p) => p.ok) && requestIssues(request).length === 0;
  return { single, wire };
}

const accepted: Case[] = [
  { name: 'an order of two tickets', kind: 'order', payloads: [order()] },
  { name: 'an order with names at their longest, in Chinese', kind: 'order', payloads: [{ ...order(), channelName: '售'.repeat(30), orderId: '单'.repeat(100) }] },
  { name: 'a refund', kind: 'refund', payloads: [refund()] },
  { name: "a session's tiers", kind: 'inventory', payloads: [tier('tier_1'), tier('tier_2')] },
  { name: 'a ticket list of 200', kind: 'ticket', payloads: Array.from({ length: 200 }, (_, i) => ticket(`tkt_${i}`)) },
  { name: 'an unseated ticket (empty seat fields)', kind: 'ticket', payloads: [{ ...ticket(), floorName: '', areaName: '', rowName: '', seatNo: '' }] },
  { name: 'check-ins of two sessions, one ticket number in both', kind: 'checking', payloads: [checkIn('tkt_1', 'ses_1'), checkIn('tkt_1', 'ses_2')] },
];

const refused: Case[] = [
  { name: 'a blank channel name', kind: 'order', payloads: [{ ...order(), channelName: '   ' }] },
  { name: 'a blank order id', kind: 'order', payloads: [{ ...order(), orderId: ' ' }] },
  { name: 'a blank ticket id on a line', kind: 'order', payloads: [{ ...order(), ticketOrderList: [{ ...line(1), ticketId: ' ' }, line(2)] }] },
  { name: 'ticketNum not the number of lines', kind: 'order', payloads: [{ ...order(), ticketNum: 3 }] },
  { name: 'totalAmount not the sum of the lines', kind: 'order', payloads: [{ ...order(), totalAmount: 1 }] },
  { name: 'a line twice', kind: 'order', payloads: [{ ...order(), ticketOrderList: [line(1), line(1)] }] },
  { name: 'a ticket twice under two lines', kind: 'order', payloads: [{ ...order(), ticketOrderList: [line(1), { ...line(2), ticketId: 'tkt_1' }] }] },
  { name: 'an order time after the year 9999', kind: 'order', payloads: [{ ...order(), orderTime: Date.UTC(10_000, 0, 1) }] },
  { name: 'a session code the platform gave too short', kind: 'order', payloads: [order()], session: '3101' },
  { name: 'a blank refund id', kind: 'refund', payloads: [{ ...refund(), refundOrderId: '\t' }] },
  { name: 'a refund naming a line twice', kind: 'refund', payloads: [{ ...refund(), ticketOrderList: [refundLine(), refundLine()] }] },
  { name: 'stock beyond a 32-bit count', kind: 'inventory', payloads: [{ ...tier(), availableInventory: 2 ** 31 }] },
  { name: 'a blank tier name', kind: 'inventory', payloads: [{ ...tier(), priceName: '  ' }] },
  { name: 'one tier twice in a list', kind: 'inventory', payloads: [tier('tier_1'), tier('tier_1')] },
  { name: 'a blank ticket id', kind: 'ticket', payloads: [ticket(' ')] },
  { name: 'a blank performance id', kind: 'ticket', payloads: [{ ...ticket(), performanceId: ' ' }] },
  { name: 'one ticket twice in a list', kind: 'ticket', payloads: [ticket('tkt_1'), ticket('tkt_1')] },
  { name: 'a ticket list over 200', kind: 'ticket', payloads: Array.from({ length: 201 }, (_, i) => ticket(`tkt_${i}`)) },
  { name: 'a blank price id', kind: 'checking', payloads: [{ ...checkIn(), priceId: ' ' }] },
  { name: 'a check-in time after the year 9999', kind: 'checking', payloads: [{ ...checkIn(), checkingTime: Date.UTC(10_000, 0, 1) }] },
  { name: 'one admission twice in a list', kind: 'checking', payloads: [checkIn('tkt_1'), checkIn('tkt_1')] },
];

test('what the wire schema accepts, the single check accepts', () => {
  for (const c of accepted) assert.deepEqual(verdicts(c), { single: true, wire: true }, c.name);
});

test('what the wire schema refuses, the single check refuses: before sending, by the payload or the request', () => {
  for (const c of refused) assert.deepEqual(verdicts(c), { single: false, wire: false }, c.name);
});

/** Every leaf of a payload with its path. */
function leaves(value: unknown, path: (string | number)[] = []): { path: (string | number)[]; value: unknown }[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => leaves(item, [...path, i]));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, inner]) => leaves(inner, [...path, key]));
  return [{ path, value }];
}

function withLeaf(value: unknown, path: readonly (string | number)[], leaf: unknown): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let at = copy;
  path.slice(0, -1).forEach((key) => (at = at[key] as Record<string | number, unknown>));
  at[path[path.length - 1] ?? ''] = leaf;
  return copy;
}

test('every field blanked, or a number pushed past its range: the single check agrees with the wire', () => {
  const fixtures: Case[] = [
    { name: 'order', kind: 'order', payloads: [order()] },
    { name: 'refund', kind: 'refund', payloads: [refund()] },
    { name: 'inventory', kind: 'inventory', payloads: [tier()] },
    { name: 'ticket', kind: 'ticket', payloads: [ticket()] },
    { name: 'checking', kind: 'checking', payloads: [checkIn()] },
  ];
  let compared = 0;
  for (const fixture of fixtures) {
    for (const { path, value } of leaves(fixture.payloads[0])) {
      const mutations = typeof value === 'string' ? [' ', '\u3000', ''] : typeof value === 'number' ? [2 ** 31 - 1, 2 ** 31, 2 ** 53, -1, 1.5] : [];
      for (const leaf of mutations) {
        const payload = withLeaf(fixture.payloads[0], path, leaf);
        // Only what the domain could have written: the stored schema accepts it.
        if (!PAYLOAD_SCHEMAS[fixture.kind].safeParse(payload).success) continue;
        // Every session has its code here, blank or not: what is compared is the rest.
        const both = verdicts({ ...fixture, payloads: [payload], session: CODE });
        assert.equal(both.single, both.wire, `${fixture.kind} ${path.join('.')} = ${JSON.stringify(leaf)}: single ${both.single}, wire ${both.wire}`);
        compared++;
      }
    }
  }
  assert.ok(compared > 50, `compared ${compared}`);
});

test('a payload the platform would refuse is named by its field', () => {
  assert.deepEqual(parseSendable('order', JSON.stringify({ ...order(), channelName: ' ' })), { ok: false, issues: [{ path: 'channelName', message: 'must not be empty' }] });
  assert.deepEqual(parseSendable('order', JSON.stringify({ ...order(), ticketOrderList: [{ ...line(1), ticketId: ' ' }, line(2)] })), {
    ok: false,
    issues: [{ path: 'ticketOrderList[0].ticketId', message: 'must not be empty' }],
  });
  assert.equal(parseSendable('order', JSON.stringify({ ...order(), totalAmount: 1 })).ok, false);
});

test('reports skip the second check; catalog records keep the wire schema at the send', () => {
  assert.deepEqual((['inventory', 'ticket', 'order', 'refund', 'checking', 'venue.save', 'performance.code', 'performance.update', 'session.update'] as const).map(isSendableKind), [
    true, true, true, true, true, false, false, false, false,
  ]);
});
