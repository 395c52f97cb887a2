import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import * as fx from '../helpers/fixtures';
import { expectRefusal, expectSuccess, startHarness, type Harness } from '../helpers/harness';
import { readyToSell, type Scenario } from '../helpers/scenario';

let h: Harness;
let s: Scenario;
const UNKNOWN_SESSION = `${fx.SEEDED_HALL}2001010001`;

before(async () => {
  h = await startHarness();
  s = await readyToSell(h.client);
});
after(() => h.close());

test('inventory and tickets: unknown session code 4400, a record of another session 4400, unchanged repeats are duplicates', async () => {
  const unknown = expectRefusal(await h.client.reportInventory(fx.inventory({ ...s.a, sessionCode: UNKNOWN_SESSION })));
  assert.deepEqual(unknown, { code: '4400', msg: `数据不存在或状态冲突: sessionCode: unknown session code ${UNKNOWN_SESSION}; apply for it with /performance/code first` });
  const mixed = fx.inventory(s.a);
  const second = mixed.priceList[1];
  assert.ok(second);
  second.sessionId = s.b.sessionId;
  assert.match(expectRefusal(await h.client.reportInventory(mixed)).msg, /priceList\[1\]\.sessionId: P1-S2 does not match/);
  assert.equal(expectRefusal(await h.client.reportTicket(fx.tickets({ ...s.a, sessionCode: UNKNOWN_SESSION }, ['T1']))).code, '4400');
  const counts = (): { duplicates: number; duplicateItems: number } => {
    const c = h.sandbox.inspect().interfaces.inventory;
    return { duplicates: c?.duplicates ?? 0, duplicateItems: c?.duplicateItems ?? 0 };
  };
  const before = counts();
  expectSuccess(await h.client.reportInventory(fx.inventory(s.a)));
  assert.deepEqual(counts(), { duplicates: before.duplicates + 1, duplicateItems: before.duplicateItems + 2 });
  const changed = fx.inventory(s.a);
  const tier = changed.priceList[0];
  assert.ok(tier);
  tier.availableInventory = 150;
  tier.unavailableInventory = 50;
  expectSuccess(await h.client.reportInventory(changed));
  assert.deepEqual(counts(), { duplicates: before.duplicates + 1, duplicateItems: before.duplicateItems + 3 });
});

test('orders: the money checks are refused before sending; on the platform unknown sessions are 4400', async () => {
  const unknown = expectRefusal(await h.client.reportOrder(fx.order('O-unknown', { ...s.a, sessionCode: UNKNOWN_SESSION }, ['T1'])));
  assert.equal(unknown.code, '4400');
  assert.match(unknown.msg, /ticketOrderList\[0\]\.sessionCode: unknown session code/);
  const refused = await h.client.reportOrder({ ...fx.order('O-bad', s.a, ['T1']), totalAmount: 1 });
  assert.equal(refused.kind, 'refused_locally');
});

test('orders are events: an identical repeat is a duplicate, the same orderId with other content 4400, a ticket is not sold twice', async () => {
  const sold = fx.order('O1', s.a, ['T1', 'T2']);
  expectSuccess(await h.client.reportOrder(sold));
  expectSuccess(await h.client.reportOrder(sold));
  assert.equal(h.sandbox.inspect().interfaces.order?.duplicates, 1);
  const changed = expectRefusal(await h.client.reportOrder(fx.order('O1', s.a, ['T1', 'T2'], 30000)));
  assert.deepEqual(changed, { code: '4400', msg: '数据不存在或状态冲突: orderId: O1 was already reported with other content' });
  const twice = expectRefusal(await h.client.reportOrder(fx.order('O2', s.a, ['T3', 'T2'])));
  assert.equal(twice.code, '4400');
  assert.match(twice.msg, /ticketOrderList\[1\]\.ticketId: ticket T2 is already sold in order O1/);
  const reused = fx.order('O3', s.a, ['T4']);
  const reusedLine = reused.ticketOrderList[0];
  assert.ok(reusedLine);
  reusedLine.ticketOrderId = 'O1-1';
  const reusedRefusal = expectRefusal(await h.client.reportOrder(reused));
  assert.match(reusedRefusal.msg, /ticketOrderId: O1-1 is already a line of order O1/);
});

test('refunds: unknown order 4400, more than paid 4000, twice 4400, a line of another order 4400; refunded tickets can be sold again', async () => {
  const sold = fx.order('OR1', s.a, ['T5', 'T6'], 35000);
  expectSuccess(await h.client.reportOrder(sold));
  const unknownOrder = expectRefusal(await h.client.reportRefundOrder({ ...fx.refund('R0', sold, [0]), orderId: 'NOPE' }));
  assert.deepEqual(unknownOrder, { code: '4400', msg: '数据不存在或状态冲突: orderId: unknown order NOPE; a refund can only follow its order' });
  const tooMuch = fx.refund('R1', sold, [0]);
  const line = tooMuch.ticketOrderList[0];
  assert.ok(line);
  line.refundAmount = 35001;
  assert.deepEqual(expectRefusal(await h.client.reportRefundOrder(tooMuch)), {
    code: '4000',
    msg: '请求参数错误: ticketOrderList[0].refundAmount: 35001 fen exceeds the 35000 fen paid for this ticket',
  });
  const partial = fx.refund('R1', sold, [0]);
  const partialLine = partial.ticketOrderList[0];
  assert.ok(partialLine);
  partialLine.refundAmount = 31500;
  expectSuccess(await h.client.reportRefundOrder(partial));
  expectSuccess(await h.client.reportRefundOrder(partial));
  assert.equal(h.sandbox.inspect().interfaces.refundOrder?.duplicates, 1);
  assert.match(expectRefusal(await h.client.reportRefundOrder(fx.refund('R2', sold, [0]))).msg, /ticket T5 was already refunded by R1/);
  assert.equal(expectRefusal(await h.client.reportRefundOrder({ ...fx.refund('R3', sold, [1]), orderId: 'O1' })).code, '4400');
  assert.equal(expectRefusal(await h.client.reportRefundOrder(fx.refund('R1', sold, [1]))).code, '4400', 'same refundOrderId, other content');
  expectSuccess(await h.client.reportOrder(fx.order('OR2', s.a, ['T5'])));
  assert.equal(h.sandbox.inspect().state.amountRefundedFen, 31500);
});

test('check-ins: only sold, unrefunded tickets; the same check-in again is a duplicate, a different one 4400', async () => {
  const sold = fx.order('OC1', s.a, ['T7', 'T8']);
  expectSuccess(await h.client.reportOrder(sold));
  const never = expectRefusal(await h.client.reportChecking(fx.checking(s.a, ['T9'])));
  assert.deepEqual(never, { code: '4400', msg: `数据不存在或状态冲突: ticketList[0].ticketId: ticket T9 was never reported sold in session ${s.a.sessionCode}` });
  assert.equal(expectRefusal(await h.client.reportChecking(fx.checking({ ...s.a, sessionCode: UNKNOWN_SESSION }, ['T7']))).code, '4400');
  expectSuccess(await h.client.reportChecking(fx.checking(s.a, ['T7'])));
  expectSuccess(await h.client.reportChecking(fx.checking(s.a, ['T7', 'T8'])));
  const counts = h.sandbox.inspect().interfaces.checking;
  assert.equal(counts?.duplicateItems, 1);
  assert.match(expectRefusal(await h.client.reportChecking(fx.checking(s.a, ['T7'], '2026-12-24 19:45:00'))).msg, /ticket T7 was already checked in/);
  const refunded = fx.order('OC2', s.a, ['T10']);
  expectSuccess(await h.client.reportOrder(refunded));
  expectSuccess(await h.client.reportRefundOrder(fx.refund('RC1', refunded, [0])));
  assert.match(expectRefusal(await h.client.reportChecking(fx.checking(s.a, ['T10']))).msg, /ticket T10 was refunded \(RC1\)/);
  const wrongPrice = fx.checking(s.a, ['T8'], '2026-12-24 19:06:00');
  const item = wrongPrice.ticketList[0];
  assert.ok(item);
  item.priceId = 'B';
  assert.match(expectRefusal(await h.client.reportChecking(wrongPrice)).msg, /priceId: the ticket was sold at priceId A/);
});
