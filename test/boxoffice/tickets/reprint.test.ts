import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testWorld } from '../helpers/context';
import { count } from '../helpers/outbox';
import { buildTheatre, seatedShow } from '../helpers/fixtures';
import { refusal, seatFinder } from '../helpers/sales';
import { sell } from '../../../electron/boxoffice/sales/sell';
import { refund } from '../../../electron/boxoffice/refunds/refund';
import { openShift } from '../../../electron/boxoffice/shifts/shifts';
import { exchangeForPaper, reprintTickets } from '../../../electron/boxoffice/tickets/reprint';
import { queryAudit } from '../../../db/audit';
import { parseInput } from '../../../electron/boxoffice/parse-input';
import { openShiftInput } from '../../../electron/boxoffice/shifts/schemas';
import { sellInput } from '../../../electron/boxoffice/sales/schemas';
import { exchangeInput, reprintInput } from '../../../electron/boxoffice/tickets/schemas';
import { refundInput } from '../../../electron/boxoffice/refunds/schemas';

function sold(ticketMode: 'paper' | 'electronic') {
  const world = testWorld();
  const show = seatedShow(world, buildTheatre(world));
  openShift(world.clerk, parseInput(openShiftInput, { floatFen: 0 }));
  const seat = seatFinder(world.clerk, show.session.id);
  const order = sell(world.clerk, parseInput(sellInput, { sessionId: show.session.id, seats: [{ ticketId: seat('1排', '1') }, { ticketId: seat('1排', '2') }], ticketMode, ...(ticketMode === 'electronic' && { buyer: { name: '王五', phone: '13800138000' } }), payment: { method: 'card' } }));
  return { world, order };
}

test('a reprint keeps the code by default, and is counted and audited with its reason', () => {
  const { world, order } = sold('paper');
  const line = order.lines[0];
  assert.ok(line);
  const outbox = count(world.db, 'SELECT count(*) AS n FROM outbox');
  const [again] = reprintTickets(world.clerk, parseInput(reprintInput, { orderLineIds: [line.orderLineId], reason: '打印机卡纸' }));
  assert.equal(again?.ticketCode, line.ticketCode);
  assert.equal(again.printCount, 2);
  assert.equal(count(world.db, 'SELECT count(*) AS n FROM outbox'), outbox, 'the platform is not told');
  assert.deepEqual(queryAudit(world.db, { action: 'ticket.reprint' })[0]?.detail, { orderLineIds: [line.orderLineId], reason: '打印机卡纸', voidPrevious: false });
  assert.throws(() => reprintTickets(world.clerk, parseInput(reprintInput, { orderLineIds: [line.orderLineId], reason: '' })), refusal('VALIDATION'));
});

test('a lost ticket is reprinted with a new code and the old one is voided', () => {
  const { world, order } = sold('paper');
  const line = order.lines[1];
  assert.ok(line);
  const [again] = reprintTickets(world.clerk, parseInput(reprintInput, { orderLineIds: [line.orderLineId], reason: '观众遗失', voidPrevious: true }));
  assert.ok(again);
  assert.notEqual(again.ticketCode, line.ticketCode);
  assert.equal(count(world.db, 'SELECT count(*) AS n FROM void_ticket_codes WHERE code = ?', line.ticketCode), 1);
});

test('an e-ticket is exchanged for paper once; refunded tickets are neither reprinted nor exchanged', () => {
  const { world, order } = sold('electronic');
  const [a, b] = order.lines;
  assert.ok(a && b);
  assert.equal(a.printCount, 0);
  const [paper] = exchangeForPaper(world.clerk, parseInput(exchangeInput, { orderLineIds: [a.orderLineId] }));
  assert.equal(paper?.ticketMode, 'paper');
  assert.equal(paper.ticketCode, a.ticketCode, 'same ticket, same code');
  assert.equal(paper.printCount, 1);
  assert.throws(() => exchangeForPaper(world.clerk, parseInput(exchangeInput, { orderLineIds: [a.orderLineId] })), refusal('ALREADY_PAPER'));
  refund(world.clerk, parseInput(refundInput, { orderId: order.id, orderLineIds: [b.orderLineId], reason: '退票' }));
  assert.throws(() => exchangeForPaper(world.clerk, parseInput(exchangeInput, { orderLineIds: [b.orderLineId] })), refusal('TICKET_REFUNDED'));
  assert.throws(() => reprintTickets(world.clerk, parseInput(reprintInput, { orderLineIds: [b.orderLineId], reason: 'x' })), refusal('TICKET_REFUNDED'));
  assert.equal(queryAudit(world.db, { action: 'ticket.exchange' }).length, 1);
});
