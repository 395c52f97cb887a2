// The device's exit and re-entry judgement against the core's on the same tickets at the same moments: they must agree.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MINUTE } from '../../../boxoffice/helpers/context';
import { fileWorld } from '../../../boxoffice/helpers/file-world';
import { buildTheatre, seatedShow } from '../../../boxoffice/helpers/fixtures';
import { seatFinder } from '../../../boxoffice/helpers/sales';
import { sell } from '../../../../electron/boxoffice/sales/sell';
import { refund } from '../../../../electron/boxoffice/refunds/refund';
import { openShift } from '../../../../electron/boxoffice/shifts/shifts';
import { updateSession } from '../../../../electron/boxoffice/catalog/sessions';
import { checkIn } from '../../../../electron/boxoffice/gate/check-in';
import { checkOut } from '../../../../electron/boxoffice/gate/exit';
import { freshCache } from '../offline/fresh-cache';
import { parseInput } from '../../../../electron/boxoffice/parse-input';
import { sellInput } from '../../../../electron/boxoffice/sales/schemas';


test('exits and re-entries: the device judging from its cache agrees with the core, scan after scan', () => {
  const world = fileWorld('eticket-exit-agree');
  const show = seatedShow(world, buildTheatre(world));
  openShift(world.clerk, { floatFen: 0 });
  const seat = seatFinder(world.clerk, show.session.id);
  const order = sell(world.clerk, parseInput(sellInput, { sessionId: show.session.id, seats: ['1', '2'].map((n) => ({ ticketId: seat('4排', n) })), payment: { method: 'card' } }));
  const [a, b] = order.lines;
  assert.ok(a && b);
  refund(world.clerk, { orderId: order.id, orderLineIds: [b.orderLineId], reason: '退票' });
  world.clock.now = show.session.startsAt - 30 * MINUTE;
  const gate = { gateName: '北出口', sessionIds: [show.session.id] };

  const exitAgrees = (code: string, expected: string) => {
    const offline = freshCache(world, gate.sessionIds).judgeExit(code, gate.sessionIds, world.clock.now);
    const online = checkOut(world.gate, { ...gate, entry: 'device', code });
    assert.equal(online.verdict, expected, `core on ${code}`);
    assert.deepEqual([offline.verdict, offline.admitted, offline.exitedAt], [online.verdict, online.admitted, online.exitedAt], `device agrees (${expected})`);
    world.clock.now += MINUTE;
  };
  const entryAgrees = (code: string, expected: string) => {
    const offline = freshCache(world, gate.sessionIds).judge(code, gate.sessionIds, world.clock.now, { kind: 'none' }).result;
    const online = checkIn(world.gate, { ...gate, gateName: '东门', entry: 'device', code });
    assert.equal(online.verdict, expected, `core on ${code}`);
    assert.deepEqual([offline.verdict, offline.admitted, offline.inside, offline.firstEntry], [online.verdict, online.admitted, online.inside, online.firstEntry], `device agrees (${expected})`);
    world.clock.now += MINUTE;
  };

  exitAgrees(a.ticketCode, 'not_inside');
  exitAgrees(b.ticketCode, 'refunded');
  exitAgrees('ZZZZZZZZZZZZZZZZ', 'unknown');
  entryAgrees(a.ticketCode, 'valid');
  exitAgrees(a.ticketCode, 'exit_final');
  entryAgrees(a.ticketCode, 'already_used');
  updateSession(world.manager, { sessionId: show.session.id, allowReentry: true });
  entryAgrees(a.ticketCode, 'reentry');
  entryAgrees(a.ticketCode, 'still_inside');
  exitAgrees(a.ticketCode, 'exit');
  exitAgrees(a.ticketCode, 'not_inside');
  entryAgrees(a.ticketCode, 'reentry');
});

test('an exit judged offline moves the device’s own cache: the next entry there is a re-entry, the next exit refused', () => {
  const world = fileWorld('eticket-exit-local');
  const show = seatedShow(world, buildTheatre(world));
  openShift(world.clerk, { floatFen: 0 });
  updateSession(world.manager, { sessionId: show.session.id, allowReentry: true });
  const seat = seatFinder(world.clerk, show.session.id);
  const line = sell(world.clerk, parseInput(sellInput, { sessionId: show.session.id, seats: [{ ticketId: seat('5排', '1') }], payment: { method: 'card' } })).lines[0];
  assert.ok(line);
  world.clock.now = show.session.startsAt - 30 * MINUTE;
  const sessionIds = [show.session.id];
  const cache = freshCache(world, sessionIds);
  const now = world.clock.now;
  assert.equal(cache.judge(line.ticketCode, sessionIds, now, { kind: 'none' }).result.verdict, 'valid');
  cache.admit(line.ticketCode, '东门', now);
  assert.equal(cache.judge(line.ticketCode, sessionIds, now + 1, { kind: 'none' }).result.verdict, 'still_inside');
  assert.equal(cache.judgeExit(line.ticketCode, sessionIds, now + 2).verdict, 'exit');
  cache.exit(line.ticketCode, now + 2);
  assert.equal(cache.judgeExit(line.ticketCode, sessionIds, now + 3).verdict, 'not_inside');
  assert.equal(cache.judge(line.ticketCode, sessionIds, now + 4, { kind: 'none' }).result.verdict, 'reentry');
});
