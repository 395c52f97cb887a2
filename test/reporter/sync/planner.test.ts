import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkIn } from '../../../electron/boxoffice/gate/check-in';
import { checkInInput } from '../../../electron/boxoffice/gate/schemas';
import { parseInput } from '../../../electron/boxoffice/parse-input';
import type { RequestLogEntry } from '../../../electron/reporter/client/transport';
import type { SyncWorker } from '../../../electron/reporter/sync';
import { CodeBook } from '../../../electron/reporter/sync/codes';
import { DependencyJudge } from '../../../electron/reporter/sync/dependencies';
import { tuning } from '../../../electron/reporter/sync/options';
import { Planner } from '../../../electron/reporter/sync/planner';
import { HOUR } from '../../boxoffice/helpers/context';
import { drain, syncWorld, type SyncWorld } from './helpers/world';
import { evening } from './helpers/scenario';

/** A sold evening, delivered; then `admit(n)` checks in the next n sold tickets, and `lists` records each check-in call's size. */
async function gateEvening(w: SyncWorld, tuning: { gatherWritesMs: number; listFillMs: number }) {
  const night = evening(w.world, { orders: 20, refunds: 0, checkIns: 0 });
  const lists: number[] = [];
  const onRequestLog = (entry: RequestLogEntry) => {
    const body = entry.requestBody as { ticketList?: unknown[] };
    if (entry.interface === 'checking' && body.ticketList) lists.push(body.ticketList.length);
  };
  const worker = w.worker({ client: w.client({ onRequestLog }), tuning });
  worker.start();
  assert.equal((await drain(worker)).outcome, 'drained');
  const sessionId = night.unseated.session.id;
  const codes = w.db.prepare('SELECT ticket_code FROM order_lines WHERE session_id = ?').pluck().all(sessionId) as string[];
  w.world.clock.now = night.unseated.session.startsAt - HOUR / 2;
  const admit = (n: number) => {
    assert.ok(codes.length >= n, 'enough sold tickets');
    for (const code of codes.splice(0, n)) assert.equal(checkIn(w.world.gate, parseInput(checkInInput, { gateName: '东门', sessionIds: [sessionId], code, entry: 'device' })).verdict, 'valid');
  };
  return { worker, lists, admit };
}

/** Lets the worker look at the queue now (as the core does after each API call, without the gathering delay). */
const look = (worker: SyncWorker) => worker.wake();

test('while admissions keep arriving, the check-in list fills instead of going out with each look at the queue', { timeout: 30_000 }, async () => {
  const w = await syncWorld();
  try {
    // A quiet time far longer than this test's steps: every admission below arrives "while admissions keep arriving".
    const { worker, lists, admit } = await gateEvening(w, { gatherWritesMs: 1_500, listFillMs: 5_000 });
    for (let i = 0; i < 4; i++) {
      admit(2);
      look(worker);
    }
    assert.deepEqual(lists, [], 'nothing goes while the list is filling');
    assert.equal((await drain(worker)).outcome, 'drained');
    assert.deepEqual(lists, [8], 'one list of the 8, once the admissions stopped');
  } finally {
    await w.close();
  }
});

test('a check-in list that keeps filling goes once listFillMs has passed since its first admission', { timeout: 30_000 }, async () => {
  const w = await syncWorld();
  try {
    // Never quiet for long enough: only the bound sends it.
    const { worker, lists, admit } = await gateEvening(w, { gatherWritesMs: 60_000, listFillMs: 300 });
    const started = performance.now();
    admit(3);
    look(worker);
    assert.equal((await drain(worker)).outcome, 'drained');
    assert.ok(performance.now() - started >= 300 - 5, 'not before the bound');
    assert.deepEqual(lists, [3]);
  } finally {
    await w.close();
  }
});

/**
 * A delivered evening at gate time, and a planner of its own over the queue with lists that keep filling (slots
 * free, but each look finds nothing to send): `look(at)` plans as the worker's pump would, `admit(n)` checks in.
 */
async function plannerAtTheGate(w: SyncWorld) {
  const { worker, admit } = await gateEvening(w, { gatherWritesMs: 0, listFillMs: 0 });
  await worker.stop();
  const planner = new Planner(w.db, new DependencyJudge(w.db, new CodeBook(w.db), new Set()), tuning({ gatherWritesMs: 60_000, listFillMs: 60_000 }));
  const look = (at = w.world.clock.now) => planner.next(at, performance.now() + 1_000, { busy: 0, limit: 4 });
  return { planner, look, admit };
}

test('a look after new rows reads only those rows, not the ones held in a list still filling', { timeout: 30_000 }, async () => {
  const w = await syncWorld();
  try {
    const { planner, look, admit } = await plannerAtTheGate(w);
    admit(5);
    assert.equal(look(), null);
    assert.equal(planner.rowsRead, 5);
    admit(2);
    planner.markAppended();
    assert.equal(look(), null);
    assert.equal(planner.rowsRead, 7, 'only the 2 new admissions were read');
    planner.markDirty();
    assert.equal(look(), null);
    assert.equal(planner.rowsRead, 14, 'a full pass reads the queue afresh');
    planner.markDirty();
    planner.markAppended();
    assert.equal(look(), null);
    assert.equal(planner.rowsRead, 21, 'appended rows do not make a pass that was due in full a partial one');
  } finally {
    await w.close();
  }
});

test('rows appended behind a backed-off row are read by a pass of appended rows, and the backed-off row when due', { timeout: 30_000 }, async () => {
  const w = await syncWorld();
  try {
    const { planner, look, admit } = await plannerAtTheGate(w);
    const now = w.world.clock.now;
    admit(2);
    // The first admission is backing off (a failed attempt): not read before it is due.
    const first = w.db.prepare("SELECT min(seq) FROM outbox WHERE kind = 'checking' AND status = 'pending'").pluck().get() as number;
    w.db.prepare('UPDATE outbox SET next_attempt_at = ? WHERE seq = ?').run(now + 1_000, first);
    assert.equal(look(now), null);
    assert.equal(planner.rowsRead, 1);
    admit(1);
    planner.markAppended();
    assert.equal(look(now), null);
    assert.equal(planner.rowsRead, 2, 'the appended admission');
    // Due now: the worker's timer of the next due time brings a full pass (wake → markDirty), which finds it.
    planner.markDirty();
    assert.equal(look(now + 1_000), null);
    assert.equal(planner.rowsRead, 5);
  } finally {
    await w.close();
  }
});
