import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testWorld, DAY } from '../helpers/context';
import { buildDemo } from '../../../electron/boxoffice/demo/build-demo';
import { salesReport } from '../../../electron/boxoffice/reports/sales-report';
import { BoxOfficeError } from '../../../electron/boxoffice/errors';
import { count } from '../helpers/outbox';
import { parseInput } from '../../../electron/boxoffice/parse-input';
import { salesReportInput } from '../../../electron/boxoffice/reports/schemas';

const world = testWorld();
buildDemo({ manager: world.manager, clerk: world.clerk, gate: world.gate }, { orders: 60, refunds: 8, checkins: 30 });
const range = { from: world.clock.now - DAY, to: world.clock.now + DAY };

test('the totals agree with the rows they summarise', () => {
  const report = salesReport(world.manager, parseInput(salesReportInput, range));
  assert.equal(report.totals.orders, count(world.db, 'SELECT count(*) AS n FROM orders'));
  assert.equal(report.totals.tickets, count(world.db, 'SELECT count(*) AS n FROM order_lines'));
  assert.equal(report.totals.grossFen, count(world.db, 'SELECT sum(total_fen) AS n FROM orders'));
  assert.equal(report.totals.refundedTickets, count(world.db, 'SELECT count(*) AS n FROM refund_lines'));
  assert.equal(report.totals.netFen, report.totals.grossFen - report.totals.refundedFen);
  assert.ok(report.totals.orders >= 60 && report.totals.refunds >= 8 && report.totals.checkIns >= 30);
});

test('every breakdown adds up to the totals', () => {
  const report = salesReport(world.manager, parseInput(salesReportInput, range));
  const sum = <T>(rows: T[], pick: (row: T) => number) => rows.reduce((total, row) => total + pick(row), 0);
  assert.equal(sum(report.bySession, (r) => r.tickets), report.totals.tickets);
  assert.equal(sum(report.bySession, (r) => r.refundedFen), report.totals.refundedFen);
  assert.equal(sum(report.bySession, (r) => r.checkIns), report.totals.checkIns);
  assert.equal(sum(report.byTier, (r) => r.grossFen), report.totals.grossFen);
  assert.equal(sum(report.byChannel, (r) => r.orders), report.totals.orders);
  assert.equal(sum(report.byClerk, (r) => r.grossFen), report.totals.grossFen);
  assert.equal(sum(report.byPayment, (r) => r.grossFen), report.totals.grossFen);
  assert.equal(sum(report.byPayment, (r) => r.refundedFen), report.totals.refundedFen);
  assert.equal(sum(report.checkIns.buckets, (b) => b.count), report.totals.checkIns);
  for (const bucket of report.checkIns.buckets) assert.equal(bucket.at % report.checkIns.bucketMs, 0, 'buckets start on whole intervals');
});

test('a period with nothing in it reports zeros, not gaps', () => {
  const report = salesReport(world.manager, parseInput(salesReportInput, { from: range.to + DAY, to: range.to + 2 * DAY }));
  assert.deepEqual(report.totals, { orders: 0, tickets: 0, grossFen: 0, refunds: 0, refundedTickets: 0, refundedFen: 0, feesFen: 0, netFen: 0, checkIns: 0, rejectedScans: 0 });
  assert.deepEqual(report.bySession, []);
});

test('a reversed report range is refused', () => {
  const code = (expected: string) => (e: unknown) => e instanceof BoxOfficeError && e.code === expected;
  assert.throws(() => salesReport(world.manager, parseInput(salesReportInput, { from: range.to, to: range.from })), code('VALIDATION'));
});
