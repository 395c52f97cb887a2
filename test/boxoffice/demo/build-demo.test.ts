import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testWorld } from '../helpers/context';
import { count } from '../helpers/outbox';
import { buildDemo, operaHallLayout } from '../../../electron/boxoffice/demo/build-demo';
import { demoPerson } from '../../../electron/boxoffice/demo/people';
import { mulberry32 } from '../../../electron/seeded-random';
import { checkIdDocument } from '../../../electron/boxoffice/personal-data/id-document';
import { parseSeatLayoutCsv } from '../../../electron/boxoffice/catalog/seat-layout-csv';
import { assertInvariants } from '../concurrency/invariants';

test('demo people have valid resident ID numbers, and the same seed gives the same people', () => {
  const a = mulberry32(7);
  const b = mulberry32(7);
  for (let i = 0; i < 200; i++) {
    const person = demoPerson(a);
    assert.deepEqual(person, demoPerson(b));
    assert.equal(checkIdDocument('resident_id', person.idNumber).ok, true, person.idNumber);
  }
});

test('the demo builds a real evening through the services: halls, sessions, real-name sales, refunds, the gate, the outbox', () => {
  const world = testWorld();
  world.clock.now = Date.now();
  const summary = buildDemo({ manager: world.manager, clerk: world.clerk, gate: world.gate }, { orders: 60, refunds: 6, checkins: 20 });
  assert.ok(summary.seatedHall.seats >= 1500);
  assert.equal(parseSeatLayoutCsv(operaHallLayout()).seats.length, summary.seatedHall.seats);
  assert.equal(summary.sessions, 5);
  assert.equal(summary.orders, 60);
  assert.equal(summary.refunds, 6);
  assert.equal(summary.checkins, 20);
  assert.ok(count(world.db, "SELECT count(*) AS n FROM orders WHERE auth_mode = 'per_ticket'") > 0);
  assert.ok(count(world.db, "SELECT count(*) AS n FROM orders WHERE auth_mode = 'per_order'") > 0);
  assert.ok(count(world.db, 'SELECT count(*) AS n FROM persons') > 60);
  const kinds = (world.db.prepare('SELECT DISTINCT kind FROM outbox ORDER BY kind').all() as { kind: string }[]).map((r) => r.kind);
  assert.deepEqual(kinds, ['checking', 'inventory', 'order', 'performance.code', 'refund', 'ticket', 'venue.save']);
  assert.equal(count(world.db, "SELECT count(*) AS n FROM outbox WHERE kind = 'order'"), 60);
  assertInvariants(world.db);
});
