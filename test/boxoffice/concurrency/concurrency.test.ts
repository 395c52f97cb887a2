import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTheatre, seatedShow } from '../helpers/fixtures';
import { fileWorld, startChildren } from '../helpers/processes';
import { person, residentId, seatFinder } from '../helpers/sales';
import { count } from '../helpers/outbox';
import { openShift } from '../../../electron/boxoffice/shifts/shifts';
import { assertInvariants } from './invariants';
import { parseInput } from '../../../electron/boxoffice/parse-input';
import { openShiftInput } from '../../../electron/boxoffice/shifts/schemas';

const CHILDREN = 4;

test('four processes racing for the same 20 seats never sell one twice', async () => {
  const { file, keyHex, world, cleanup } = fileWorld();
  try {
    const show = seatedShow(world, buildTheatre(world));
    const seat = seatFinder(world.clerk, show.session.id);
    const ticketIds = ['1排', '2排'].flatMap((row) => Array.from({ length: 10 }, (_, i) => seat(row, String(i + 1))));
    const children = startChildren(
  Array.from({ length: CHILDREN }, (_, i) => {
      openShift(world.as(`racer${i}`, 'clerk'), parseInput(openShiftInput, { floatFen: 0 }));
      return { task: 'sell-race', file, keyHex, username: `racer${i}`, clock: world.clock.now, sessionId: show.session.id, ticketIds, attempts: 25 };
    }),
    );
    assert.deepEqual(await Promise.all(children.map((c) => c.done)), children.map(() => 0));
    const results = children.map((c) => JSON.parse(c.lines().at(-1) ?? '{}') as { outcomes: Record<string, number>; sold: string[] });
    const sold = results.flatMap((r) => r.sold);
    assert.equal(new Set(sold).size, sold.length, 'no seat reported sold to two windows');
    assert.ok(sold.length <= 20);
    assert.equal(count(world.db, "SELECT count(*) AS n FROM order_lines WHERE status = 'active'"), sold.length);
    const refusals = results.reduce((sum, r) => sum + (r.outcomes.SEAT_TAKEN ?? 0), 0);
    assert.ok(refusals > 0, 'the race was real: some sales were refused');
    assert.ok(results.every((r) => Object.keys(r.outcomes).every((k) => k === 'SOLD' || k === 'SEAT_TAKEN')), JSON.stringify(results.map((r) => r.outcomes)));
    assertInvariants(world.db);
  } finally {
    cleanup();
  }
});

test('a purchase limit holds when four processes sell to the same ID at once', async () => {
  const { file, keyHex, world, cleanup } = fileWorld();
  try {
    const show = seatedShow(world, buildTheatre(world), { realNameMode: 'per_ticket', limitPerIdSession: 2 });
    const seat = seatFinder(world.clerk, show.session.id);
    const holder = person('孙悟空', residentId('19900101', '777'));
    const children = startChildren(
  Array.from({ length: CHILDREN }, (_, i) => {
      openShift(world.as(`buyer${i}`, 'clerk'), parseInput(openShiftInput, { floatFen: 0 }));
      const ticketIds = ['1', '2', '3'].map((n) => seat(`${i + 1}排`, n));
      return { task: 'limit-race', file, keyHex, username: `buyer${i}`, clock: world.clock.now, sessionId: show.session.id, ticketIds, attempts: 3, holder };
    }),
    );
    assert.deepEqual(await Promise.all(children.map((c) => c.done)), children.map(() => 0));
    const outcomes = children.map((c) => (JSON.parse(c.lines().at(-1) ?? '{}') as { outcomes: Record<string, number> }).outcomes);
    const total = (key: string) => outcomes.reduce((sum, o) => sum + (o[key] ?? 0), 0);
    assert.equal(total('SOLD'), 2, JSON.stringify(outcomes));
    assert.equal(total('PURCHASE_LIMIT'), CHILDREN * 3 - 2);
    assertInvariants(world.db);
  } finally {
    cleanup();
  }
});
