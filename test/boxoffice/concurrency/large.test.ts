import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileWorld, startChildren } from '../helpers/processes';
import { largeEvening } from '../helpers/large';
import { count } from '../helpers/outbox';
import { openShift } from '../../../electron/boxoffice/shifts/shifts';
import { assertInvariants } from './invariants';
import { parseInput } from '../../../electron/boxoffice/parse-input';
import { openShiftInput } from '../../../electron/boxoffice/shifts/schemas';

test('two windows in two processes selling to the same IDs at the same moment: for each ID exactly one succeeds', async () => {
  const { file, keyHex, world, cleanup } = fileWorld();
  try {
    const { show, seat, fan } = largeEvening({ world });
    const holders = Array.from({ length: 10 }, (_, i) => fan(i + 1));
    const windows = startChildren(
  ['A区', 'B区'].map((area, w) => {
      openShift(world.as(`window${w}`, 'clerk'), parseInput(openShiftInput, { floatFen: 0 }));
      const ticketIds = holders.map((_, i) => seat(i < 5 ? '1排' : '2排', String((i % 5) + 1), area));
      return { task: 'id-race', file, keyHex, username: `window${w}`, clock: world.clock.now, sessionId: show.session.id, ticketIds, holders };
    }),
    );
    assert.deepEqual(await Promise.all(windows.map((c) => c.done)), [0, 0]);
    const [a, b] = windows.map((c) => (JSON.parse(c.lines().at(-1) ?? '{}') as { outcomes: string[] }).outcomes);
    assert.ok(a && b);
    holders.forEach((_, i) => {
      assert.deepEqual([a[i], b[i]].sort(), ['ONE_TICKET_PER_ID', 'SOLD'], `ID ${i + 1}: ${a[i] ?? ''} / ${b[i] ?? ''}`);
    });
    assert.equal(count(world.db, "SELECT count(*) AS n FROM order_lines WHERE status = 'active'"), holders.length);
    assert.equal(count(world.db, "SELECT count(*) AS n FROM (SELECT id_hmac FROM order_lines WHERE status = 'active' GROUP BY session_id, id_hmac HAVING count(*) > 1)"), 0);
    assertInvariants(world.db);
  } finally {
    cleanup();
  }
});

test('four managers in four processes issuing complimentary tickets never hold more than 15% of the approved audience', async () => {
  const { file, keyHex, world, cleanup } = fileWorld();
  try {
    const { show, seat } = largeEvening({ world, approvedAudience: 100 });
    const managers = startChildren(
  Array.from({ length: 4 }, (_, m) => {
      world.as(`host${m}`, 'manager');
      const ticketIds = Array.from({ length: 6 }, (_, i) => seat(`${m + 1}排`, String(i + 1)));
      return { task: 'held-race', file, keyHex, username: `host${m}`, role: 'manager', clock: world.clock.now, sessionId: show.session.id, ticketIds };
    }),
    );
    assert.deepEqual(await Promise.all(managers.map((c) => c.done)), [0, 0, 0, 0]);
    const outcomes = managers.map((c) => (JSON.parse(c.lines().at(-1) ?? '{}') as { outcomes: Record<string, number> }).outcomes);
    const total = (key: string) => outcomes.reduce((sum, o) => sum + (o[key] ?? 0), 0);
    assert.deepEqual([total('SOLD'), total('HELD_SHARE_EXCEEDED')], [15, 24 - 15], JSON.stringify(outcomes));
    assert.equal(count(world.db, "SELECT count(*) AS n FROM orders WHERE ticket_type = 'complimentary'"), 15);
    assertInvariants(world.db);
  } finally {
    cleanup();
  }
});
