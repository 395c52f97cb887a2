import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DAY, HOUR, MINUTE, testWorld } from '../../helpers/context';
import { salesReport } from '../../../../electron/boxoffice/reports/sales-report';
import { salesReportInput } from '../../../../electron/boxoffice/reports/schemas';
import { count, outboxRows } from '../../helpers/outbox';
import { buildTheatre, seatedShow } from '../../helpers/fixtures';
import { seatFinder } from '../../helpers/sales';
import { sell } from '../../../../electron/boxoffice/sales/sell';
import { refund } from '../../../../electron/boxoffice/refunds/refund';
import { openShift } from '../../../../electron/boxoffice/shifts/shifts';
import { checkIn } from '../../../../electron/boxoffice/gate/check-in';
import { gateCachePage } from '../../../../electron/boxoffice/gate/offline/cache-page';
import { uploadOfflineScans } from '../../../../electron/boxoffice/gate/offline/upload';
import { gateConflicts } from '../../../../electron/boxoffice/gate/offline/conflicts';
import { offlineUploadInput, type OfflineScan } from '../../../../electron/boxoffice/gate/offline/schemas';
import { parseInput } from '../../../../electron/boxoffice/parse-input';
import { checkInInput } from '../../../../electron/boxoffice/gate/schemas';
import { sellInput } from '../../../../electron/boxoffice/sales/schemas';

function evening() {
  const world = testWorld();
  const theatre = buildTheatre(world);
  const show = seatedShow(world, theatre);
  openShift(world.clerk, { floatFen: 0 });
  const seat = seatFinder(world.clerk, show.session.id);
  const sale = sell(world.clerk, parseInput(sellInput, { sessionId: show.session.id, seats: ['1', '2', '3', '4'].map((n) => ({ ticketId: seat('2排', n) })), payment: { method: 'card' } }));
  world.clock.now = show.session.startsAt - 30 * MINUTE;
  const codes = sale.lines.map((l) => l.ticketCode);
  const scan = (clientId: string, code: string, at: number, verdict: OfflineScan['verdict'] = 'valid'): OfflineScan =>
    offlineUploadInput.shape.scans.element.parse({ clientId, code, sessionIds: [show.session.id], scannedAt: at, verdict });
  return { world, show, sale, codes, scan };
}

test('offline scans are stored once each, whatever is retried: admissions at their own time, refusals logged, one platform event per ticket', () => {
  const { world, show, codes, scan } = evening();
  const [a, b] = codes;
  assert.ok(a && b);
  const t0 = world.clock.now - 10 * MINUTE;
  const batch = { deviceId: 'device-east-1', gateName: '东门', scans: [scan('scan-0001', a, t0), scan('scan-0002', b, t0 + 1000), scan('scan-0003', a, t0 + 2000, 'already_used')] };
  const first = uploadOfflineScans(world.gate, batch);
  assert.deepEqual(first.map((r) => [r.outcome, r.duplicate]), [['admitted', false], ['admitted', false], ['refused', false]]);
  const again = uploadOfflineScans(world.gate, batch);
  assert.deepEqual(again.map((r) => [r.outcome, r.duplicate]), [['admitted', true], ['admitted', true], ['refused', true]]);
  assert.equal(count(world.db, 'SELECT count(*) AS n FROM check_ins'), 2);
  assert.equal(count(world.db, 'SELECT count(*) AS n FROM rejected_scans'), 1);
  assert.deepEqual(
    outboxRows(world.db, 'checking').map((r) => (r.payload as { checkingTime: number }).checkingTime),
    [t0, t0 + 1000],
    'the platform hears each admission once, at the time the gate admitted',
  );
  // Online, the core now knows: the ticket admitted offline is used.
  const online = checkIn(world.gate, parseInput(checkInInput, { gateName: '西门', sessionIds: [show.session.id], code: a }));
  assert.equal(online.verdict, 'already_used');
  assert.deepEqual(online.firstEntry, { at: t0, gateName: '东门' });
});

test('two offline gates admit one ticket: stored once, a double entry names both gates and times; a refunded ticket admitted is flagged', () => {
  const { world, show, sale, codes, scan } = evening();
  const [a, , c] = codes;
  assert.ok(a && c);
  refund(world.clerk, { orderId: sale.id, orderLineIds: [sale.lines[2]?.orderLineId ?? ''], reason: '退票' });
  const t0 = world.clock.now - 10 * MINUTE;
  uploadOfflineScans(world.gate, { deviceId: 'device-east-1', gateName: '东门', scans: [scan('east-0001', a, t0)] });
  const west = uploadOfflineScans(world.gate, { deviceId: 'device-west-1', gateName: '西门', scans: [scan('west-0001', a, t0 + 60_000), scan('west-0002', c, t0 + 90_000)] });
  assert.deepEqual(west.map((r) => r.outcome), ['double_entry', 'refunded_admitted']);
  assert.equal(count(world.db, 'SELECT count(*) AS n FROM check_ins'), 1, 'the ticket is admitted once');
  assert.equal(outboxRows(world.db, 'checking').length, 1, 'only the first admission is reported');
  const conflicts = gateConflicts(world.gate, { sessionIds: [show.session.id] });
  assert.deepEqual(
    conflicts.map((f) => [f.kind, f.ticketCode, f.first.gateName, f.first.at, f.second.gateName, f.second.at]),
    [
      ['refunded_admitted', c, null, world.clock.now, '西门', t0 + 90_000],
      ['double_entry', a, '东门', t0, '西门', t0 + 60_000],
    ],
  );
  assert.equal(conflicts[1]?.seatText, '1层 A区 2排 1号');
  // Retried: nothing more.
  uploadOfflineScans(world.gate, { deviceId: 'device-west-1', gateName: '西门', scans: [scan('west-0001', a, t0 + 60_000)] });
  assert.equal(count(world.db, 'SELECT count(*) AS n FROM gate_conflicts'), 2);
});

test('an earlier offline admission arriving after a later one becomes the admission; the platform hears of the first only', () => {
  const { world, show, codes, scan } = evening();
  const [a] = codes;
  assert.ok(a);
  const sessionIds = [show.session.id];
  const t0 = world.clock.now - 10 * MINUTE;
  // The west gate's later admission reaches the core first (west came back online first).
  uploadOfflineScans(world.gate, { deviceId: 'device-west-1', gateName: '西门', scans: [scan('west-0001', a, t0 + 60_000)] });
  const east = uploadOfflineScans(world.gate, { deviceId: 'device-east-1', gateName: '东门', scans: [scan('east-0001', a, t0)] });
  assert.deepEqual(east.map((r) => r.outcome), ['admitted']);
  assert.deepEqual(
    world.db.prepare('SELECT gate_name AS gate, checked_at AS at, entry_no AS entryNo FROM check_ins').all(),
    [{ gate: '东门', at: t0, entryNo: 1 }],
    'one admission, the earlier',
  );
  assert.deepEqual(
    outboxRows(world.db, 'checking').map((r) => [r.status, (r.payload as { checkingTime: number }).checkingTime]),
    [['discarded', t0 + 60_000], ['pending', t0]],
    'the later report, still waiting, is withdrawn; the earlier one goes instead',
  );
  assert.deepEqual(
    world.db.prepare('SELECT client_id AS id, outcome, check_in_id IS NOT NULL AS linked FROM gate_offline_scans ORDER BY client_id').all(),
    [{ id: 'east-0001', outcome: 'admitted', linked: 1 }, { id: 'west-0001', outcome: 'double_entry', linked: 0 }],
  );
  const [flagged] = gateConflicts(world.gate, { sessionIds });
  assert.deepEqual([flagged?.first, flagged?.second, flagged?.platformHasSecond], [{ gateName: '东门', at: t0 }, { gateName: '西门', at: t0 + 60_000 }, false]);
  const online = checkIn(world.gate, parseInput(checkInInput, { gateName: '北门', sessionIds, code: a }));
  assert.deepEqual(online.firstEntry, { at: t0, gateName: '东门' }, 'the gates name the first admission');
  // Retried: nothing changes.
  uploadOfflineScans(world.gate, { deviceId: 'device-east-1', gateName: '东门', scans: [scan('east-0001', a, t0)] });
  assert.equal(outboxRows(world.db, 'checking').length, 2);
});

test('an earlier offline admission after the later one was reported: kept locally, the platform keeps what it has and the conflict says so', () => {
  const { world, show, codes, scan } = evening();
  const [a, b] = codes;
  assert.ok(a && b);
  const sessionIds = [show.session.id];
  const t0 = world.clock.now - 10 * MINUTE;
  checkIn(world.gate, parseInput(checkInInput, { gateName: '西门', sessionIds, code: a }));
  checkIn(world.gate, parseInput(checkInInput, { gateName: '西门', sessionIds, code: b }));
  // a's report went out; b's is on its way (in flight: it may have reached the platform).
  const [first, second] = outboxRows(world.db, 'checking');
  assert.ok(first && second);
  world.db.prepare("UPDATE outbox SET status = 'delivered', delivered_at = 1 WHERE seq = ?").run(first.seq);
  world.db.prepare("UPDATE outbox SET status = 'in_flight' WHERE seq = ?").run(second.seq);
  const results = uploadOfflineScans(world.gate, { deviceId: 'device-east-1', gateName: '东门', scans: [scan('east-0001', a, t0), scan('east-0002', b, t0 + 1000)] });
  assert.deepEqual(results.map((r) => r.outcome), ['admitted', 'admitted']);
  assert.deepEqual(
    world.db.prepare('SELECT gate_name AS gate, checked_at AS at FROM check_ins ORDER BY checked_at').all(),
    [{ gate: '东门', at: t0 }, { gate: '东门', at: t0 + 1000 }],
  );
  assert.deepEqual(outboxRows(world.db, 'checking').map((r) => r.status), ['delivered', 'in_flight'], 'no second report of either ticket');
  assert.deepEqual(gateConflicts(world.gate, { sessionIds }).map((c) => [c.first.gateName, c.second.gateName, c.platformHasSecond]), [['东门', '西门', true], ['东门', '西门', true]]);
});

test('the day’s figures count the flagged entries by kind and list them; another day has none', () => {
  const { world, sale, codes, scan } = evening();
  const [a, , c] = codes;
  assert.ok(a && c);
  refund(world.clerk, { orderId: sale.id, orderLineIds: [sale.lines[2]?.orderLineId ?? ''], reason: '退票' });
  const t0 = world.clock.now - 10 * MINUTE;
  uploadOfflineScans(world.gate, { deviceId: 'device-east-1', gateName: '东门', scans: [scan('east-0001', a, t0)] });
  uploadOfflineScans(world.gate, { deviceId: 'device-west-1', gateName: '西门', scans: [scan('west-0001', a, t0 + 60_000), scan('west-0002', c, t0 + 90_000)] });
  const day = salesReport(world.manager, parseInput(salesReportInput, { from: t0 - HOUR, to: t0 + HOUR }));
  assert.deepEqual([day.gateConflicts.doubleEntries, day.gateConflicts.refundedAdmitted], [1, 1]);
  assert.deepEqual(day.gateConflicts.list.map((f) => [f.kind, f.ticketCode, f.second.gateName]), [['double_entry', a, '西门'], ['refunded_admitted', c, '西门']]);
  const before = salesReport(world.manager, parseInput(salesReportInput, { from: t0 - 2 * DAY, to: t0 - DAY }));
  assert.deepEqual([before.gateConflicts.doubleEntries, before.gateConflicts.refundedAdmitted, before.gateConflicts.list], [0, 0, []]);
});

test('the cache page follows changes after a cursor: a sale, an admission, a refund; ID hashes only where the gate checks IDs', () => {
  const { world, show, sale, codes } = evening();
  const sessionIds = [show.session.id];
  const full = gateCachePage(world.gate, { sessionIds, after: 0, limit: 5000 });
  assert.equal(full.tickets.length, 4);
  assert.equal(full.more, false);
  assert.deepEqual(full.sessions.map((s) => [s.id, s.hashKey]), [[show.session.id, null]]);
  assert.deepEqual(gateCachePage(world.gate, { sessionIds, after: full.cursor, limit: 5000 }).tickets, [], 'nothing changed');
  checkIn(world.gate, parseInput(checkInInput, { gateName: '东门', sessionIds, code: codes[0] ?? '' }));
  refund(world.clerk, { orderId: sale.id, orderLineIds: [sale.lines[1]?.orderLineId ?? ''], reason: '退票' });
  const next = gateCachePage(world.gate, { sessionIds, after: full.cursor, limit: 5000 });
  assert.deepEqual(next.tickets.map((t) => [t[0], t[2], t[7], t[8]]).sort(), [[codes[0], 0, '东门', 1], [codes[1], 1, null, 0]].sort());
  const paged = gateCachePage(world.gate, { sessionIds, after: 0, limit: 2 });
  assert.equal(paged.more, true);
});
