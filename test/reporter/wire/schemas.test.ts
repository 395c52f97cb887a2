import { test } from 'node:test';
import assert from 'node:assert/strict';
import { INTERFACES, INTERFACE_NAMES, charLength, checkWire, describeIssues, MAX_BATCH } from '../../../electron/reporter/wire';
import * as fx from '../../sandbox/helpers/fixtures';

const at: fx.Place = { performanceId: 'P1', sessionId: 'S1', sessionCode: '110102001032612240001' };

function issuesOf(name: keyof typeof INTERFACES, body: unknown): string {
  const result = checkWire(INTERFACES[name].body, body);
  if (result.ok) assert.fail(`expected ${name} to refuse ${JSON.stringify(body).slice(0, 200)}`);
  return describeIssues(result.issues, 20);
}

function accepts(name: keyof typeof INTERFACES, body: unknown): void {
  const result = checkWire(INTERFACES[name].body, body);
  assert.ok(result.ok, result.ok ? '' : describeIssues(result.issues, 20));
}

test('the twelve interfaces are declared with the standard paths and methods', () => {
  assert.equal(INTERFACE_NAMES.length, 12);
  const paths = INTERFACE_NAMES.map((n) => `${INTERFACES[n].method} ${INTERFACES[n].path}`);
  assert.deepEqual(paths.sort(), [
    'GET /standard/performance/type/list',
    'POST /getAccessToken',
    'POST /performance/code',
    'POST /report/checking',
    'POST /report/inventory',
    'POST /report/order',
    'POST /report/performance/update',
    'POST /report/refundOrder',
    'POST /report/session/update',
    'POST /report/ticket',
    'POST /standard/venue/list',
    'POST /standard/venue/save',
  ]);
});

test('valid bodies of every interface pass', () => {
  accepts('getAccessToken', { appId: 'app', secret: 's' });
  accepts('performanceTypeList', {});
  accepts('venueList', { pageNo: 1, pageSize: 200, venueName: '剧院' });
  accepts('venueList', {});
  accepts('venueSave', fx.newVenue());
  accepts('venueSave', { venueCode: '110105001', hallName: '二号厅', hasSeat: 0, seatingCapacity: 500 });
  accepts('performanceCode', fx.performance('P1', [fx.session('S1'), fx.session('S2')]));
  accepts('performanceUpdate', fx.performanceUpdate('P1'));
  accepts('sessionUpdate', fx.sessionUpdate(at.sessionCode, 'S1', 'P1', { sessionStatus: 2 }));
  accepts('inventory', fx.inventory(at));
  accepts('ticket', fx.tickets(at, ['T1', 'T2']));
  const sold = fx.order('O1', at, ['T1', 'T2']);
  accepts('order', sold);
  accepts('refundOrder', fx.refund('R1', sold, [0]));
  accepts('checking', fx.checking(at, ['T1']));
});

test('lengths count characters, so Chinese counts one each, and the message names the field', () => {
  assert.equal(charLength('国家大剧院'), 5);
  assert.equal(charLength('𠀀𠀁'), 2, 'characters outside the BMP count one each');
  assert.equal(charLength('a\uD800b\uDC00'), 4, 'a lone surrogate counts one, as iterating the string does');
  assert.equal(charLength('\uD800\uD83D\uDE00\uDC00'), 3, 'a pair between lone surrogates counts one');
  accepts('order', fx.order('O1', at, ['T1', 'T2', '𠀀'.repeat(50)]));
  assert.equal(issuesOf('order', fx.order('O1', at, ['T1', 'T2', '𠀀'.repeat(51)])), 'ticketOrderList[2].ticketId: at most 50 characters');
  const line = '票'.repeat(50);
  accepts('order', fx.order('O1', at, ['T1', 'T2', line]));
  const message = issuesOf('order', fx.order('O1', at, ['T1', 'T2', `${line}票`]));
  assert.equal(message, 'ticketOrderList[2].ticketId: at most 50 characters');
});

test('required fields: absent, null and blank are refused, named by path', () => {
  const body = fx.order('O1', at, ['T1']) as Record<string, unknown>;
  assert.match(issuesOf('order', { ...body, orderId: undefined }), /^orderId: required$/);
  assert.match(issuesOf('order', { ...body, channelName: '  ' }), /^channelName: must not be empty$/);
  assert.match(issuesOf('checking', { ticketList: [{}] }), /ticketList\[0\]\.ticketId: required/);
});

test('money is whole fen: no floats, no negatives, no strings, no unsafe integers', () => {
  for (const bad of [380.5, -1, '38000', 2 ** 60]) {
    const body = fx.order('O1', at, ['T1']);
    const first = body.ticketOrderList[0];
    assert.ok(first);
    first.ticketPrice = bad as number;
    assert.match(issuesOf('order', body), /^ticketOrderList\[0\]\.ticketPrice: /, String(bad));
  }
});

test('enumerations accept only the values of the inferred table', () => {
  assert.equal(issuesOf('order', fx.order('O1', at, ['T1'], 38000, { channelType: 3 as 1 })), 'channelType: must be one of 1, 2');
  assert.equal(issuesOf('order', fx.order('O1', at, ['T1'], 38000, { authMode: 0 as 1 })), 'authMode: must be one of 1, 2, 3');
  const check = fx.checking(at, ['T1']);
  const item = check.ticketList[0];
  assert.ok(item);
  item.checkingType = 4 as 1;
  assert.equal(issuesOf('checking', check), 'ticketList[0].checkingType: must be one of 1, 2, 3');
});

test('order money checks: ticketNum is the number of lines, totalAmount their sum', () => {
  const body = fx.order('O1', at, ['T1', 'T2']);
  assert.equal(issuesOf('order', { ...body, ticketNum: 3 }), 'ticketNum: must equal the number of ticketOrderList lines (2)');
  assert.equal(issuesOf('order', { ...body, totalAmount: 75999 }), 'totalAmount: must equal the sum of ticketOrderAmount (76000)');
  assert.match(issuesOf('order', fx.order('O1', at, ['T1', 'T1'])), /ticketOrderList\[1\]\.ticketId: appears twice/);
});

test('date-times must be yyyy-MM-dd HH:mm:ss, and a session ends after it starts', () => {
  assert.equal(issuesOf('order', fx.order('O1', at, ['T1'], 38000, { orderTime: '2026-11-28T10:15:00' })), 'orderTime: must be a date-time yyyy-MM-dd HH:mm:ss (UTC+8)');
  const body = fx.performance('P1', [fx.session('S1', { sessionEndTime: '2026-12-24 19:30:00' })]);
  assert.equal(issuesOf('performanceCode', body), 'sessionList[0].sessionEndTime: must be after sessionStartTime');
});

test('codes have their exact lengths; a session may name a 9-character venue or an 11-character hall', () => {
  accepts('performanceCode', fx.performance('P1', [fx.session('S1', { hallCode: fx.SEEDED_VENUE_WITHOUT_HALLS })]));
  assert.equal(issuesOf('performanceCode', fx.performance('P1', [fx.session('S1', { hallCode: '1101020010' })])), 'sessionList[0].hallCode: must be 9 or 11 characters');
  assert.equal(issuesOf('inventory', fx.inventory({ ...at, sessionCode: '12345' })), 'sessionCode: must be 21 characters');
});

test(`at most ${MAX_BATCH} tickets or check-ins per call, and at most 200 venues per page`, () => {
  const ids = Array.from({ length: MAX_BATCH + 1 }, (_, i) => `T${i}`);
  accepts('ticket', fx.tickets(at, ids.slice(0, MAX_BATCH)));
  assert.equal(issuesOf('ticket', fx.tickets(at, ids)), 'ticketList: at most 200 items');
  assert.equal(issuesOf('checking', fx.checking(at, ids)), 'ticketList: at most 200 items');
  assert.equal(issuesOf('venueList', { pageSize: 201 }), 'pageSize: at most 200');
  assert.equal(issuesOf('venueList', { pageNo: 0 }), 'pageNo: at least 1');
});

test('venue save: what a new venue needs, and what a hall needs', () => {
  assert.equal(
    issuesOf('venueSave', { venueCode: '', hasHall: 0 }),
    'provinceId: required for a new venue; cityId: required for a new venue; districtId: required for a new venue; venueName: required for a new venue; venueAddress: required for a new venue',
  );
  assert.equal(issuesOf('venueSave', fx.newVenue({ hasSeat: 1, seatNum: undefined })), 'seatNum: required for a seated hall');
  assert.equal(issuesOf('venueSave', fx.newVenue({ hasSeat: 0, seatNum: undefined })), 'seatingCapacity: required for an unseated hall');
  assert.equal(issuesOf('venueSave', { venueCode: '110105001' }), 'hallName: required to add a hall; hasSeat: required to add a hall');
  assert.match(issuesOf('venueSave', { venueCode: '1101' }), /^venueCode: must be empty \(new venue\) or 9 characters/);
});

test('a list sent as JSON text is read as the list; optional descriptive fields may be null or empty', () => {
  const body = fx.tickets(at, ['T1']);
  accepts('ticket', { ...body, ticketList: JSON.stringify(body.ticketList) });
  accepts('refundOrder', { ...fx.refund('R1', fx.order('O1', at, ['T1']), [0]), reason: null });
  accepts('ticket', { ...body, ticketList: [{ ticketId: 'T9', availableSale: 2, floorName: '', areaName: null }] });
  assert.match(issuesOf('ticket', { ...body, ticketList: '[not json' }), /^ticketList: must be a list$/);
});
