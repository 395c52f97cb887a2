import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileWorld } from '../helpers/file-world';
import { count } from '../helpers/outbox';
import { buildTheatre, seatedShow } from '../helpers/fixtures';
import { refusal, seatFinder } from '../helpers/sales';
import { sell } from '../../../electron/boxoffice/sales/sell';
import { refund } from '../../../electron/boxoffice/refunds/refund';
import { openShift } from '../../../electron/boxoffice/shifts/shifts';
import { resendETickets } from '../../../electron/boxoffice/eticket/queue';
import { eticketDeliveries } from '../../../electron/boxoffice/eticket/status';
import { dueDeliveries, settleDelivery } from '../../../electron/boxoffice/eticket/outgoing';
import { mainlandMobile } from '../../../electron/boxoffice/eticket/phone';
import { parseInput } from '../../../electron/boxoffice/parse-input';
import { sellInput } from '../../../electron/boxoffice/sales/schemas';

function evening() {
  const world = fileWorld('eticket-queue');
  const show = seatedShow(world, buildTheatre(world));
  openShift(world.clerk, { floatFen: 0 });
  const seat = seatFinder(world.clerk, show.session.id);
  const sale = (seats: string[], extra: Record<string, unknown>) =>
    sell(world.clerk, parseInput(sellInput, { sessionId: show.session.id, seats: seats.map((n) => ({ ticketId: seat('2排', n) })), payment: { method: 'card' }, ...extra }));
  return { world, show, sale };
}

test('mainland mobile numbers: 11 digits starting 13–19, with or without +86, spaces and dashes', () => {
  assert.equal(mainlandMobile('138 1234 5678'), '13812345678');
  assert.equal(mainlandMobile('+86 138-1234-5678'), '13812345678');
  assert.equal(mainlandMobile('008619912345678'), '19912345678');
  for (const bad of ['12812345678', '1381234567', '138123456789', '021-12345678', '+85291234567']) assert.equal(mainlandMobile(bad), null, bad);
});

test('an electronic sale queues one SMS per ticket in its own transaction; without a mobile number it is refused and nothing is written', () => {
  const { world, sale } = evening();
  const orders = () => count(world.db, 'SELECT count(*) AS n FROM orders');
  assert.throws(() => sale(['1'], { ticketMode: 'electronic' }), refusal('ETICKET_PHONE_REQUIRED'));
  assert.throws(() => sale(['1'], { ticketMode: 'electronic', buyer: { name: '李四', phone: '021-6234-5678' } }), refusal('ETICKET_PHONE_REQUIRED'), 'a landline cannot take an SMS');
  assert.equal(orders(), 0);
  assert.equal(count(world.db, 'SELECT count(*) AS n FROM eticket_deliveries'), 0);

  const paper = sale(['2'], { buyer: { name: '李四', phone: '13812345678' } });
  assert.equal(count(world.db, 'SELECT count(*) AS n FROM eticket_deliveries'), 0, 'paper tickets are printed, not sent');
  const order = sale(['3', '4'], { ticketMode: 'electronic', buyer: { name: '李四', phone: '+86 138 1234 5678' } });
  const view = eticketDeliveries(world.clerk, { orderId: order.id });
  assert.equal(view.maskedPhone, '138****5678');
  assert.deepEqual(view.lines.map((l) => [l.status, l.sends, l.attempts]), [['queued', 1, 0], ['queued', 1, 0]]);
  assert.ok(!JSON.stringify(view).includes('12345678'), 'the number never reaches a screen in clear');
  assert.deepEqual(eticketDeliveries(world.clerk, { orderId: paper.id }).lines.map((l) => l.status), [null]);

  const due = dueDeliveries(world.system, 10);
  assert.equal(due.length, 2);
  const [first] = due;
  const [line] = order.lines;
  assert.ok(first && line);
  assert.equal(first.phone, '13812345678', 'the loop reads the number decrypted, for the request only');
  assert.ok(first.text.includes(line.ticketCodeText), 'the message carries the ticket code');
});

test('outcomes per ticket, a resend by the clerk (audited), and refusals in words', () => {
  const { world, sale } = evening();
  const order = sale(['5', '6'], { ticketMode: 'electronic', buyer: { name: '李四', phone: '13912345678' } });
  const [a, b] = dueDeliveries(world.system, 10);
  assert.ok(a && b);
  settleDelivery(world.system, a.deliveryId, { kind: 'sent', provider: 'recorder', ref: 'recorded-1' });
  settleDelivery(world.system, b.deliveryId, { kind: 'retry', provider: 'aliyun', reason: 'isv.BUSINESS_LIMIT_CONTROL: 触发流控', nextAttemptAt: world.clock.now + 30_000 });
  assert.equal(dueDeliveries(world.system, 10).length, 0, 'a retry waits for its time');
  let view = eticketDeliveries(world.clerk, { orderId: order.id });
  assert.deepEqual(view.lines.map((l) => [l.status, l.attempts, l.lastError]), [['sent', 1, null], ['queued', 1, 'isv.BUSINESS_LIMIT_CONTROL: 触发流控']]);
  settleDelivery(world.system, b.deliveryId, { kind: 'failed', provider: 'aliyun', reason: 'isv.MOBILE_NUMBER_ILLEGAL' });

  view = resendETickets(world.clerk, { orderId: order.id });
  assert.deepEqual(view.lines.map((l) => [l.status, l.sends]), [['queued', 2], ['queued', 2]]);
  assert.equal(count(world.db, "SELECT count(*) AS n FROM audit_log WHERE action = 'eticket.resend'"), 1);

  refund(world.clerk, { orderId: order.id, orderLineIds: [order.lines[1]?.orderLineId ?? ''], reason: '退票' });
  assert.throws(() => resendETickets(world.clerk, { orderId: order.id, orderLineIds: [order.lines[1]?.orderLineId ?? ''] }), refusal('TICKET_REFUNDED'));
  assert.equal(resendETickets(world.clerk, { orderId: order.id }).lines[0]?.sends, 3, 'the live ticket only');
  const paper = sale(['7'], {});
  assert.throws(() => resendETickets(world.clerk, { orderId: paper.id }), refusal('ETICKET_NOT_ELECTRONIC'));
  assert.throws(() => resendETickets(world.clerk, { orderId: 'ord_nope' }), refusal('NOT_FOUND'));
  assert.ok(dueDeliveries(world.system, 10).some((d) => d.refunded), 'a delivery queued before the refund is marked refunded for the loop');
});
