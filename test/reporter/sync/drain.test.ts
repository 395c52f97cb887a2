import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTheatre, seatedShow, unseatedShow } from '../../boxoffice/helpers/fixtures';
import { seatFinder } from '../../boxoffice/helpers/sales';
import { sell } from '../../../electron/boxoffice/sales/sell';
import { refund } from '../../../electron/boxoffice/refunds/refund';
import { checkIn } from '../../../electron/boxoffice/gate/check-in';
import { openShift } from '../../../electron/boxoffice/shifts/shifts';
import { updatePerformance } from '../../../electron/boxoffice/catalog/performances';
import { cancelSession } from '../../../electron/boxoffice/catalog/sessions';
import { HOUR, DAY } from '../../boxoffice/helpers/context';
import { drain, statusCounts, syncWorld } from './helpers/world';
import { parseInput } from '../../../electron/boxoffice/parse-input';
import { openShiftInput } from '../../../electron/boxoffice/shifts/schemas';
import { sellInput } from '../../../electron/boxoffice/sales/schemas';
import { refundInput } from '../../../electron/boxoffice/refunds/schemas';
import { checkInInput } from '../../../electron/boxoffice/gate/schemas';
import { cancelSessionInput, updatePerformanceInput } from '../../../electron/boxoffice/catalog/schemas';

test('a fresh box office drains completely: venue, codes, stock, tickets, orders, refunds, check-ins', async () => {
  const w = await syncWorld();
  try {
    const { world } = w;
    const theatre = buildTheatre(world);
    const seated = seatedShow(world, theatre);
    const unseated = unseatedShow(world, theatre);
    const seat = seatFinder(world.clerk, seated.session.id);
    openShift(world.clerk, parseInput(openShiftInput, { floatFen: 0 }));
    const a = sell(world.clerk, parseInput(sellInput, { sessionId: seated.session.id, seats: [{ ticketId: seat('1排', '2') }, { ticketId: seat('1排', '3') }], payment: { method: 'card', reference: 'x' } }));
    const b = sell(world.clerk, parseInput(sellInput, { sessionId: unseated.session.id, unseated: [{ priceTierId: unseated.tier['站票'] ?? '', quantity: 3 }], payment: { method: 'card', reference: 'y' } }));
    refund(world.clerk, parseInput(refundInput, { orderId: a.id, orderLineIds: [a.lines[0]?.orderLineId ?? ''], reason: '行程变更' }));
    world.clock.now = unseated.session.startsAt - HOUR / 2;
    const admitted = checkIn(world.gate, parseInput(checkInInput, { gateName: '东门', sessionIds: [unseated.session.id], code: b.lines[0]?.ticketCode ?? '', entry: 'device' }));
    assert.equal(admitted.verdict, 'valid');
    world.clock.now += DAY;

    const worker = w.worker();
    worker.start();
    const progress = await drain(worker);
    assert.equal(progress.outcome, 'drained', JSON.stringify({ progress, status: worker.status() }));
    assert.deepEqual(statusCounts(w.db).pending ?? 0, 0);
    const seen = w.sandbox.inspect();
    assert.equal(seen.state.orders, 2);
    assert.equal(seen.state.refunds, 1);
    assert.equal(seen.state.checkings, 1);
    assert.equal(seen.totals.rejected, 0, JSON.stringify(seen.rejections.latest));
    assert.equal(seen.totals.duplicates, 0);
    assert.equal(seen.state.venuesRegistered, 1, 'two halls, one venue');
    assert.equal(seen.state.halls, 2 + 44, 'the two halls beside the seeded directory');

    // Later changes: a performance's details, a session cancelled (its stock and tickets go off sale).
    world.clock.now -= DAY;
    updatePerformance(world.manager, parseInput(updatePerformanceInput, { performanceId: seated.performanceId, performer: '北京人艺' }));
    cancelSession(world.manager, parseInput(cancelSessionInput, { sessionId: seated.session.id, reason: '演员生病' }));
    const after = await drain(worker);
    assert.equal(after.outcome, 'drained', JSON.stringify(worker.reconcile().undelivered));
    const later = w.sandbox.inspect();
    assert.equal(later.interfaces.performanceUpdate?.accepted, 1);
    assert.equal(later.interfaces.sessionUpdate?.accepted, 1);
    assert.equal(later.state.sessionsCancelled, 1);
    assert.equal(later.totals.rejected, 0, JSON.stringify(later.rejections.latest));
    if (process.env.SHOW) console.log(JSON.stringify(Object.fromEntries(Object.entries(seen.interfaces).map(([k, v]) => [k, [v.calls, v.accepted, v.items]]))), JSON.stringify(worker.status()));
  } finally {
    await w.close();
  }
});
