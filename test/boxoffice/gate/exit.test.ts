import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MINUTE } from '../helpers/context';
import { fileWorld } from '../helpers/file-world';
import { count, outboxRows } from '../helpers/outbox';
import { buildTheatre, seatedShow } from '../helpers/fixtures';
import { seatFinder } from '../helpers/sales';
import { sell } from '../../../electron/boxoffice/sales/sell';
import { refund } from '../../../electron/boxoffice/refunds/refund';
import { openShift } from '../../../electron/boxoffice/shifts/shifts';
import { updateSession } from '../../../electron/boxoffice/catalog/sessions';
import { checkIn } from '../../../electron/boxoffice/gate/check-in';
import { checkOut, uploadOfflineExits } from '../../../electron/boxoffice/gate/exit';
import { gatePresence } from '../../../electron/boxoffice/gate/presence';
import { gateStats } from '../../../electron/boxoffice/gate/stats';
import { uploadOfflineScans } from '../../../electron/boxoffice/gate/offline/upload';
import { gateConflicts } from '../../../electron/boxoffice/gate/offline/conflicts';
import { offlineUploadInput } from '../../../electron/boxoffice/gate/offline/schemas';
import { parseInput } from '../../../electron/boxoffice/parse-input';
import { sellInput } from '../../../electron/boxoffice/sales/schemas';
import { checkInInput, gateStatsInput } from '../../../electron/boxoffice/gate/schemas';
import { checkOutInput, uploadOfflineExitsInput } from '../../../electron/boxoffice/gate/exit-schemas';
import { updateSessionInput } from '../../../electron/boxoffice/catalog/schemas';

function evening(seats: string[]) {
  const world = fileWorld('eticket-exit');
  const show = seatedShow(world, buildTheatre(world));
  openShift(world.clerk, { floatFen: 0 });
  const seat = seatFinder(world.clerk, show.session.id);
  const order = sell(world.clerk, parseInput(sellInput, { sessionId: show.session.id, seats: seats.map((n) => ({ ticketId: seat('3排', n) })), payment: { method: 'card' } }));
  world.clock.now = show.session.startsAt - 30 * MINUTE;
  const entrance = { gateName: '东门', sessionIds: [show.session.id] };
  const exit = { gateName: '北出口', sessionIds: [show.session.id] };
  const enter = (code: string) => checkIn(world.gate, parseInput(checkInInput, { ...entrance, code }));
  const leave = (code: string) => checkOut(world.gate, parseInput(checkOutInput, { ...exit, code }));
  const allowReentry = (allow: boolean) => updateSession(world.manager, parseInput(updateSessionInput, { sessionId: show.session.id, allowReentry: allow }));
  return { world, show, order, enter, leave, allowReentry };
}

test('with re-entry allowed the last scan decides: inside → a second entry refused; out → re-entry admitted; out twice refused', () => {
  const { world, order, enter, leave, allowReentry } = evening(['1']);
  allowReentry(true);
  const code = order.lines[0]?.ticketCode ?? '';
  assert.equal(leave(code).verdict, 'not_inside', 'never entered: nothing to record');
  assert.equal(enter(code).verdict, 'valid');
  const passback = enter(code);
  assert.equal(passback.verdict, 'still_inside');
  assert.equal(passback.admitted, false);
  assert.equal(passback.inside?.gateName, '东门');
  assert.match(passback.message, /must go out through an exit first/);
  world.clock.now += MINUTE;
  const out = leave(code);
  assert.deepEqual([out.verdict, out.admitted, out.exitedAt], ['exit', true, world.clock.now]);
  assert.equal(out.ticket?.holderName, null, 'an exit shows no holder');
  const twice = leave(code);
  assert.equal(twice.verdict, 'not_inside');
  assert.equal(twice.exitedAt, world.clock.now);
  world.clock.now += MINUTE;
  const back = enter(code);
  assert.deepEqual([back.verdict, back.checkIn?.entryNo], ['reentry', 2]);
  assert.equal(enter(code).verdict, 'still_inside', 'inside again');
  assert.equal(outboxRows(world.db, 'checking').length, 1, 'only the first admission is reported; exits and re-entries are not');
  assert.equal(count(world.db, "SELECT count(*) AS n FROM rejected_scans WHERE verdict IN ('still_inside', 'not_inside')"), 4, 'every refusal is logged');
});

test('without re-entry an exit is recorded as final and a second entry is refused as used, as before', () => {
  const { order, enter, leave } = evening(['2']);
  const code = order.lines[0]?.ticketCode ?? '';
  assert.equal(enter(code).verdict, 'valid');
  const out = leave(code);
  assert.deepEqual([out.verdict, out.admitted], ['exit_final', true]);
  const again = enter(code);
  assert.equal(again.verdict, 'already_used');
  assert.equal(again.firstEntry?.gateName, '东门');
});

test('an exit refuses another session’s ticket, a refunded one and an unknown code in words', () => {
  const { world, show, order, leave } = evening(['3', '4']);
  const [a, b] = order.lines;
  assert.ok(a && b);
  refund(world.clerk, { orderId: order.id, orderLineIds: [b.orderLineId], reason: '退票' });
  assert.equal(leave(b.ticketCode).verdict, 'refunded');
  assert.equal(leave('ZZZZZZZZZZZZZZZZ').verdict, 'unknown');
  const wrong = checkOut(world.gate, parseInput(checkOutInput, { gateName: '北出口', sessionIds: ['ses_other'], code: a.ticketCode }));
  assert.equal(wrong.verdict, 'wrong_session');
  assert.equal(count(world.db, 'SELECT count(*) AS n FROM gate_exits'), 0, 'nothing recorded');
  assert.ok(show.session.id);
});

test('inside counts per session: entered, inside now and gone out, on the gate report and the gate counters', () => {
  const { world, show, order, enter, leave, allowReentry } = evening(['5', '6', '7']);
  allowReentry(true);
  const [a, b] = order.lines;
  assert.ok(a && b);
  const presence = () => gatePresence(world.manager, { sessionIds: [show.session.id] })[0];
  assert.deepEqual({ ...presence(), startsAt: 0 }, { sessionId: show.session.id, performanceName: '雷雨', sessionName: show.session.name, startsAt: 0, entered: 0, inside: 0, out: 0 });
  enter(a.ticketCode);
  enter(b.ticketCode);
  world.clock.now += MINUTE;
  leave(a.ticketCode);
  assert.deepEqual([presence()?.entered, presence()?.inside, presence()?.out], [2, 1, 1]);
  world.clock.now += MINUTE;
  enter(a.ticketCode);
  assert.deepEqual([presence()?.entered, presence()?.inside, presence()?.out], [2, 2, 0]);
  const stats = gateStats(world.gate, parseInput(gateStatsInput, { gateName: '东门', sessionIds: [show.session.id] }));
  assert.deepEqual([stats.inside, stats.out, stats.admittedAllGates], [2, 0, 2], 're-entries count once');
});

test('exits judged offline are stored once by client id at their own time; one the core finds not inside records no exit and is a conflict', () => {
  const { world, order, enter, allowReentry } = evening(['8', '9']);
  allowReentry(true);
  const [a, b] = order.lines;
  assert.ok(a && b);
  enter(a.ticketCode);
  const exitedAt = world.clock.now + 5 * MINUTE;
  const upload = parseInput(uploadOfflineExitsInput, {
    gateName: '北出口',
    exits: [
      { clientId: 'device-01-aaaa', code: a.ticketCode, exitedAt },
      { clientId: 'device-01-bbbb', code: b.ticketCode, exitedAt },
      { clientId: 'device-01-cccc', code: 'ZZZZZZZZZZZZZZZZ', exitedAt },
    ],
  });
  assert.deepEqual(uploadOfflineExits(world.gate, upload).map((r) => [r.outcome, r.duplicate]), [['exited', false], ['not_inside', false], ['unknown', false]]);
  assert.deepEqual(uploadOfflineExits(world.gate, upload).map((r) => [r.outcome, r.duplicate]), [['exited', true], ['not_inside', true], ['unknown', true]]);
  assert.equal(count(world.db, 'SELECT count(*) AS n FROM gate_exits'), 1);
  const conflicts = gateConflicts(world.gate, { sessionIds: [order.sessionId] });
  assert.deepEqual(
    conflicts.map((c) => [c.kind, c.ticketCode, c.first.gateName, c.second.gateName, c.second.at]),
    [['exit_not_inside', b.ticketCode, null, '北出口', exitedAt]],
    'the ticket that never entered, let out offline: one conflict, not one per retry',
  );
  assert.equal(count(world.db, `SELECT count(*) AS n FROM gate_exits WHERE exited_at = ${exitedAt}`), 1);
  world.clock.now = exitedAt + MINUTE;
  assert.equal(enter(a.ticketCode).verdict, 'reentry');
});

test('two offline gates admitting one ticket with no exit between is flagged even where re-entry is allowed; after an exit it is a re-entry', () => {
  const { world, order, allowReentry } = evening(['10']);
  allowReentry(true);
  const [a] = order.lines;
  assert.ok(a);
  const scan = (clientId: string, gateName: string, at: number) =>
    uploadOfflineScans(world.gate, parseInput(offlineUploadInput, { deviceId: `device-${gateName === '东门' ? 'east' : 'west'}-01`, gateName, scans: [{ clientId, code: a.ticketCode, sessionIds: [order.sessionId], scannedAt: at, verdict: 'valid', entry: 'device' }] }))[0];
  const t0 = world.clock.now;
  assert.equal(scan('east-000001', '东门', t0)?.outcome, 'admitted');
  assert.equal(scan('west-000001', '西门', t0 + MINUTE)?.outcome, 'double_entry', 'inside already: the second gate let a second person in');
  uploadOfflineExits(world.gate, parseInput(uploadOfflineExitsInput, { gateName: '北出口', exits: [{ clientId: 'exit-0000001', code: a.ticketCode, exitedAt: t0 + 2 * MINUTE }] }));
  assert.equal(scan('west-000002', '西门', t0 + 3 * MINUTE)?.outcome, 'admitted', 'out, then back in: a re-entry');
});

test('an offline door’s exit and re-entry, uploaded in scan order, are judged at their own times among the other gates’ scans: the ticket ends inside', () => {
  const { world, order, enter, allowReentry } = evening(['1', '2']);
  allowReentry(true);
  const [a, b] = order.lines;
  assert.ok(a && b);
  const sessionIds = [order.sessionId];
  const t0 = world.clock.now;
  enter(a.ticketCode);
  enter(b.ticketCode);
  const exit = (clientId: string, code: string, exitedAt: number) =>
    uploadOfflineExits(world.gate, parseInput(uploadOfflineExitsInput, { gateName: '侧门', exits: [{ clientId, code, exitedAt }] }))[0]?.outcome;
  const entry = (clientId: string, code: string, scannedAt: number, gateName = '侧门') =>
    uploadOfflineScans(world.gate, parseInput(offlineUploadInput, { deviceId: 'device-side-01', gateName, scans: [{ clientId, code, sessionIds, scannedAt, verdict: 'reentry', entry: 'device' }] }))[0]?.outcome;
  // The side door, offline: a out at +2 min, back in at +4 min; uploaded in that order when the link returns at +10.
  world.clock.now = t0 + 10 * MINUTE;
  assert.equal(exit('side-exit-0001', a.ticketCode, t0 + 2 * MINUTE), 'exited');
  assert.equal(entry('side-entr-0001', a.ticketCode, t0 + 4 * MINUTE), 'admitted', 'out at +2, so +4 is a re-entry');
  assert.deepEqual(gatePresence(world.gate, { sessionIds }).map((p) => [p.entered, p.inside, p.out]), [[2, 2, 0]]);
  assert.equal(count(world.db, `SELECT count(*) AS n FROM check_ins WHERE order_line_id = '${a.orderLineId}' AND entry_no = 2`), 1);
  assert.equal(outboxRows(world.db, 'checking').length, 2, 'the platform hears of the first admissions only; exits and re-entries are the venue’s');

  // b went out online at +6; a second device's exit of b at +3 (offline, uploaded now) was inside then: recorded at its time.
  world.clock.now = t0 + 6 * MINUTE;
  assert.equal(checkOut(world.gate, parseInput(checkOutInput, { gateName: '北出口', sessionIds, code: b.ticketCode })).verdict, 'exit');
  world.clock.now = t0 + 12 * MINUTE;
  assert.equal(exit('other-exit-0001', b.ticketCode, t0 + 3 * MINUTE), 'exited');
  // Then an offline exit of b at +8 (it went out at +6 and never came back): a conflict naming the exit before it.
  assert.equal(exit('other-exit-0002', b.ticketCode, t0 + 8 * MINUTE), 'not_inside');
  // And a re-entry of a at +5 from a door that never saw it go out: inside then (back in at +4), a passback.
  assert.equal(entry('east-entr-0001', a.ticketCode, t0 + 5 * MINUTE, '东门'), 'double_entry');
  const conflicts = gateConflicts(world.gate, { sessionIds });
  assert.deepEqual(
    conflicts.map((c) => [c.kind, c.ticketCode, c.first.gateName, c.first.at, c.second.gateName, c.second.at]).sort(),
    [
      ['double_entry', a.ticketCode, '侧门', t0 + 4 * MINUTE, '东门', t0 + 5 * MINUTE],
      ['exit_not_inside', b.ticketCode, '北出口', t0 + 6 * MINUTE, '侧门', t0 + 8 * MINUTE],
    ].sort(),
  );
  assert.deepEqual(gatePresence(world.gate, { sessionIds }).map((p) => [p.entered, p.inside, p.out]), [[2, 1, 1]]);
});

test('in the old order (the re-entry uploaded before the exit it followed) the re-entry is a passback: why the device uploads in scan order', () => {
  const { world, order, enter, allowReentry } = evening(['3']);
  allowReentry(true);
  const [a] = order.lines;
  assert.ok(a);
  const t0 = world.clock.now;
  enter(a.ticketCode);
  const reentry = uploadOfflineScans(world.gate, parseInput(offlineUploadInput, { deviceId: 'device-side-01', gateName: '侧门', scans: [{ clientId: 'side-entr-0002', code: a.ticketCode, sessionIds: [order.sessionId], scannedAt: t0 + 4 * MINUTE, verdict: 'reentry', entry: 'device' }] }));
  assert.equal(reentry[0]?.outcome, 'double_entry');
});
