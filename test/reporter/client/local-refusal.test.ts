import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fx from '../../sandbox/helpers/fixtures';
import { startHarness } from '../../sandbox/helpers/harness';

const at: fx.Place = { performanceId: 'P1', sessionId: 'S1', sessionCode: `${fx.SEEDED_HALL}2612240001` };

test('a request that breaks its schema never reaches the platform', async () => {
  const h = await startHarness();
  try {
    const tooLong = fx.order('O1', at, ['T1', 'T2', '票'.repeat(51)]);
    const outcome = await h.client.reportOrder(tooLong);
    assert.deepEqual(outcome, {
      kind: 'refused_locally',
      field: 'ticketOrderList[2].ticketId',
      message: 'ticketOrderList[2].ticketId: at most 50 characters',
      issues: [{ path: 'ticketOrderList[2].ticketId', message: 'at most 50 characters' }],
    });
    const batch = await h.client.reportChecking(fx.checking(at, Array.from({ length: 201 }, (_, i) => `T${i}`)));
    assert.equal(batch.kind === 'refused_locally' ? batch.message : '', 'ticketList: at most 200 items');
    const money = await h.client.reportOrder({ ...fx.order('O2', at, ['T1']), totalAmount: 1 });
    assert.equal(money.kind === 'refused_locally' ? money.field : '', 'totalAmount');
    const seen = h.sandbox.inspect();
    assert.equal(seen.totals.calls, 0, 'nothing at all reached the sandbox');
    assert.equal(seen.tokenRequests.total, 0, 'not even a token request');
    assert.equal(seen.interfaces.order?.calls, 0);
  } finally {
    await h.close();
  }
});

test('a valid request right after a refused one goes through', async () => {
  const h = await startHarness();
  try {
    assert.equal((await h.client.venueList({ pageSize: 500 })).kind, 'refused_locally');
    assert.equal((await h.client.venueList({ pageSize: 5 })).kind, 'success');
    assert.equal(h.sandbox.inspect().interfaces.venueList?.calls, 1);
  } finally {
    await h.close();
  }
});
