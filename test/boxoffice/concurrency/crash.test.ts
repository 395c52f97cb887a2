import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MINUTE } from '../helpers/context';
import { buildTheatre, seatedShow } from '../helpers/fixtures';
import { fileWorld, startChild } from '../helpers/processes';
import { seatFinder } from '../helpers/sales';
import { count } from '../helpers/outbox';
import { openShift } from '../../../electron/boxoffice/shifts/shifts';
import { openDatabase } from '../../../db/open';
import { assertInvariants } from './invariants';
import { parseInput } from '../../../electron/boxoffice/parse-input';
import { openShiftInput } from '../../../electron/boxoffice/shifts/schemas';

const ROUNDS = 3;

test('SIGKILL in the middle of a burst of sales, refunds and check-ins loses nothing committed and breaks nothing', async () => {
  const { file, keyHex, world, cleanup } = fileWorld();
  try {
    const show = seatedShow(world, buildTheatre(world));
    const seat = seatFinder(world.clerk, show.session.id);
    const ticketIds = ['A区', 'B区'].flatMap((area) => ['1排', '2排', '3排', '4排'].flatMap((row) => Array.from({ length: 10 }, (_, i) => seat(row, String(i + 1), area))));
    openShift(world.as('burst', 'clerk'), parseInput(openShiftInput, { floatFen: 0 }));
    world.as('gate', 'gate');
    const committed: Record<string, string[]> = { order: [], refund: [], checkIn: [] };
    for (let round = 0; round < ROUNDS; round++) {
      const burst = startChild({ task: 'burst', file, keyHex, username: 'burst', clock: show.session.startsAt - 30 * MINUTE, sessionId: show.session.id, ticketIds });
      const threshold = 30 + Math.floor(Math.random() * 60);
      await burst.printed(threshold);
      burst.child.kill('SIGKILL');
      assert.equal(await burst.done, null, 'killed, not finished');
      assert.ok(burst.lines().length >= threshold, 'the burst was running');
      for (const line of burst.lines()) {
        const entry = JSON.parse(line) as Record<string, string>;
        for (const [kind, id] of Object.entries(entry)) committed[kind]?.push(id);
      }
      // A fresh connection, as after a restart.
      const { db } = openDatabase(file);
      try {
        assertInvariants(db);
        for (const id of committed.order ?? []) assert.equal(count(db, "SELECT count(*) AS n FROM outbox WHERE kind = 'order' AND record_id = ?", id), 1, `order ${id} kept its event`);
        for (const id of committed.refund ?? []) assert.equal(count(db, "SELECT count(*) AS n FROM outbox WHERE kind = 'refund' AND record_id = ?", id), 1);
        for (const id of committed.checkIn ?? []) assert.equal(count(db, "SELECT count(*) AS n FROM outbox WHERE kind = 'checking' AND record_id = ?", id), 1);
      } finally {
        db.close();
      }
    }
    assert.ok((committed.order?.length ?? 0) > 0 && (committed.refund?.length ?? 0) > 0 && (committed.checkIn?.length ?? 0) > 0, JSON.stringify(Object.entries(committed).map(([k, v]) => [k, v.length])));
  } finally {
    cleanup();
  }
});
