import { test } from 'node:test';
import assert from 'node:assert/strict';
import { count } from '../helpers/outbox';
import { largeEvening } from '../helpers/large';
import { refusal } from '../helpers/sales';
import { buildTheatre, seatedShow } from '../helpers/fixtures';
import { testWorld } from '../helpers/context';
import { sell } from '../../../electron/boxoffice/sales/sell';
import { refund } from '../../../electron/boxoffice/refunds/refund';
import { setTicketStatus } from '../../../electron/boxoffice/catalog/tickets';
import { performanceRules } from '../../../electron/boxoffice/large/rules';
import { setApprovedAudience } from '../../../electron/boxoffice/large/mode';
import { seatFinder } from '../helpers/sales';
import { parseInput } from '../../../electron/boxoffice/parse-input';
import { setTicketStatusInput } from '../../../electron/boxoffice/catalog/schemas';
import { sellInput } from '../../../electron/boxoffice/sales/schemas';
import { performanceRulesInput, setApprovedAudienceInput } from '../../../electron/boxoffice/large/schemas';
import { refundInput } from '../../../electron/boxoffice/refunds/schemas';

const row = (seat: (row: string, n: string) => string, r: string, from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => seat(r, String(from + i)));

test('85/15: reserving and issuing held tickets stops at 15% of the approved audience', () => {
  const { world, show, seat } = largeEvening({ approvedAudience: 100 });
  const sessionId = show.session.id;
  const reserve = (ticketIds: string[]) => setTicketStatus(world.manager, parseInput(setTicketStatusInput, { sessionId, ticketIds, status: 'reserved', note: '主办方' }));
  const comp = (ticketIds: string[], extra: Record<string, unknown> = {}) =>
    sell(world.manager, parseInput(sellInput, { sessionId, seats: ticketIds.map((ticketId) => ({ ticketId })), ticketType: 'complimentary', payment: { method: 'none' }, ...extra }));
  reserve(row(seat, '1排', 1, 10));
  comp(row(seat, '2排', 1, 4));
  const staff = sell(world.manager, parseInput(sellInput, { sessionId, seats: [{ ticketId: seat('2排', '5') }], ticketType: 'staff', payment: { method: 'none' } }));
  const held = () => performanceRules(world.manager, parseInput(performanceRulesInput, { performanceId: show.performanceId })).sessions[0]?.held;
  assert.deepEqual(held(), { reserved: 10, complimentary: 4, staff: 1, total: 15 });
  const before = count(world.db, 'SELECT count(*) AS n FROM order_lines');
  assert.throws(
    () => comp([seat('2排', '6')]),
    (error: unknown) =>
      refusal('HELD_SHARE_EXCEEDED', (d) => d.rule === 'held_share' && d.cap === 15 && d.approvedAudience === 100 && d.heldBefore === 15 && d.heldAfter === 16)(error) &&
      /at most 15 tickets .*15% of the approved audience of 100.*15 are held and this adds 1/.test((error as Error).message),
  );
  assert.equal(count(world.db, 'SELECT count(*) AS n FROM order_lines'), before, 'nothing was issued');
  assert.throws(() => reserve([seat('2排', '6')]), refusal('HELD_SHARE_EXCEEDED', (d) => d.heldAfter === 16));
  assert.throws(() => sell(world.manager, parseInput(sellInput, { sessionId, seats: [{ ticketId: seat('2排', '6') }], ticketType: 'staff', payment: { method: 'none' } })), refusal('HELD_SHARE_EXCEEDED'));

  // Turning a reserved seat into a complimentary ticket holds nothing more; selling one openly frees a place.
  comp([seat('1排', '1')], { allowReserved: true });
  assert.deepEqual(held(), { reserved: 9, complimentary: 5, staff: 1, total: 15 });
  sell(world.manager, parseInput(sellInput, { sessionId, seats: [{ ticketId: seat('1排', '2'), holder: { name: '公开', idType: 'resident_id', idNumber: '11010519491231002X' } }], allowReserved: true, payment: { method: 'card' } }));
  assert.equal(held()?.total, 14);
  reserve([seat('2排', '6')]);
  refund(world.manager, parseInput(refundInput, { orderId: staff.id, reason: '工作人员不来了' }));
  setTicketStatus(world.manager, parseInput(setTicketStatusInput, { sessionId, ticketIds: row(seat, '1排', 3, 10), status: 'available' }));
  setTicketStatus(world.manager, parseInput(setTicketStatusInput, { sessionId, ticketIds: [seat('3排', '1')], status: 'blocked', note: '调音台' }));
  assert.deepEqual(held(), { reserved: 1, complimentary: 5, staff: 0, total: 6 }, 'releasing, refunding and blocking are never refused');
});

test('a large session without an approved audience holds nothing back; other performances have no cap', () => {
  const { world, show, seat } = largeEvening({ approvedAudience: null });
  const sessionId = show.session.id;
  assert.throws(() => setTicketStatus(world.manager, parseInput(setTicketStatusInput, { sessionId, ticketIds: [seat('1排', '1')], status: 'reserved' })), refusal('APPROVED_AUDIENCE_REQUIRED', (d) => d.sessionId === sessionId));
  assert.throws(() => sell(world.manager, parseInput(sellInput, { sessionId, seats: [{ ticketId: seat('1排', '1') }], ticketType: 'complimentary', payment: { method: 'none' } })), refusal('APPROVED_AUDIENCE_REQUIRED'));
  setApprovedAudience(world.manager, parseInput(setApprovedAudienceInput, { sessionId, approvedAudience: 40 }));
  setTicketStatus(world.manager, parseInput(setTicketStatusInput, { sessionId, ticketIds: row(seat, '1排', 1, 6), status: 'reserved' }));
  assert.throws(() => setTicketStatus(world.manager, parseInput(setTicketStatusInput, { sessionId, ticketIds: [seat('1排', '7')], status: 'reserved' })), refusal('HELD_SHARE_EXCEEDED', (d) => d.cap === 6));

  const plain = testWorld();
  const ordinary = seatedShow(plain, buildTheatre(plain));
  const ordinarySeat = seatFinder(plain.clerk, ordinary.session.id);
  setApprovedAudience(plain.manager, parseInput(setApprovedAudienceInput, { sessionId: ordinary.session.id, approvedAudience: 100 }));
  const view = setTicketStatus(plain.manager, parseInput(setTicketStatusInput, { sessionId: ordinary.session.id, ticketIds: ['1排', '2排', '3排'].flatMap((r) => row(ordinarySeat, r, 1, 10)), status: 'reserved' }));
  assert.equal(view.tiers[0]?.reserved, 30, 'the 85/15 rule is for large performances');
});
