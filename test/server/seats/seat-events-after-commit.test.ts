import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { startDemoCore, type TestCore } from '../../helpers/core-server';
import type { EventMap, SeatMapSeat, SessionListItem } from '../../../electron/server/contract';
import { answerProcedure } from '../../../electron/server/http/rpc';
import { writeGroupOf } from '../../../electron/server/storage/write-group';
import { residentId } from '../storage/sell-helper';

// A sale that shares the write group's commit is told to the open maps only once that commit is saved: when the
// group cannot commit (here a foreign key checked at COMMIT, as a full disk would), nothing of its first try is
// told, and the sale, run again alone, is told once, after its own commit, as another connection already sees it.

let core: TestCore & { cookies: Record<'manager' | 'clerk' | 'gate', string> };
let session: SessionListItem;
let reader: Database.Database;

interface Told {
  event: EventMap['seats.changed'];
  coreInTransaction: boolean;
  /** The ticket's status as another connection (which sees only committed writes) read it when the event went out. */
  committedStatus: unknown;
}
const told: Told[] = [];
let watched = '';

before(async () => {
  core = await startDemoCore();
  const now = Date.now();
  const sessions = (await core.call('sessions.list', { from: now - 86_400_000, to: now + 30 * 86_400_000 }, core.cookies.clerk)).json as SessionListItem[];
  const found = sessions.find((s) => s.hasSeat && s.salesState === 'open');
  assert.ok(found, 'the demo has an open seated session');
  session = found;
  const opened = await core.call('shifts.open', { floatFen: 50_000 }, core.cookies.clerk);
  assert.ok(opened.status === 200 || (opened.json as { code: string }).code === 'SHIFT_ALREADY_OPEN', JSON.stringify(opened.json));
  reader = new Database(core.dbFile, { readonly: true });
  const status = reader.prepare('SELECT status FROM tickets WHERE id = ?').pluck();
  core.core.events.subscribe({
    role: 'clerk',
    userId: 'test',
    send: (name, data) => {
      if (name !== 'seats.changed') return;
      const event = data as EventMap['seats.changed'];
      if (event.sessionId === session.id) told.push({ event, coreInTransaction: core.core.db.inTransaction, committedStatus: status.get(watched) });
    },
  });
  // A write that only fails at COMMIT: the whole group's transaction cannot be saved.
  core.core.db.exec('CREATE TABLE test_parent (id TEXT PRIMARY KEY) STRICT; CREATE TABLE test_child (parent_id TEXT REFERENCES test_parent (id) DEFERRABLE INITIALLY DEFERRED) STRICT;');
});
after(async () => {
  reader.close();
  await core.close();
});

/** `POST /api/sales.sell` as the clerk's window sends it, handed straight to the core's RPC path. */
function saleOf(ticketId: string) {
  const person = { name: '张三', idType: 'resident_id', idNumber: residentId(7) };
  const body = {
    sessionId: session.id,
    seats: [{ ticketId, ...(session.realNameMode === 'per_ticket' ? { holder: person } : {}) }],
    payment: { method: 'cash', receivedFen: 10_000_000 },
    ...(session.realNameMode === 'per_order' ? { buyer: person } : {}),
  };
  const headers: Record<string, string> = { 'content-type': 'application/json', cookie: core.cookies.clerk };
  const [cookieName, cookieValue] = core.cookies.clerk.split('=');
  return answerProcedure(core.core, {
    name: 'sales.sell',
    header: (name) => headers[name],
    cookie: (name) => (name === cookieName ? cookieValue : undefined),
    address: '127.0.0.1',
    secure: false,
    body: () => Promise.resolve(JSON.stringify(body)),
  });
}

test('a sale in a group that cannot commit is not told; run again alone, it is told once, after its commit', async () => {
  const map = (await core.call('sessions.seatMap', { sessionId: session.id }, core.cookies.clerk)).json as { seats: SeatMapSeat[] };
  const seat = map.seats.find((s) => s.state === 'available');
  assert.ok(seat, 'a free seat');
  watched = seat.ticketId;
  const { seq: seqBefore } = (await core.call('sessions.seatStatus', { sessionId: session.id }, core.cookies.clerk)).json as { seq: number };
  told.length = 0;
  const db = core.core.db;
  const ranInGroup: boolean[] = [];
  const orphan = () => {
    ranInGroup.push(db.inTransaction);
    return db.prepare("INSERT INTO test_child (parent_id) VALUES ('none')").run();
  };
  const [orphanOutcome, sale] = await Promise.allSettled([writeGroupOf(db).run(orphan), saleOf(seat.ticketId)]);
  assert.deepEqual(ranInGroup, [true, false], 'the orphan shared a transaction with the sale, then ran alone');
  assert.equal(orphanOutcome.status, 'rejected');
  assert.equal(sale.status === 'fulfilled' && sale.value.status, 200, JSON.stringify(sale.status === 'fulfilled' ? sale.value.body : sale.reason));
  assert.equal(told.length, 1, 'one event: the sale that committed, none for the try that rolled back');
  const [once] = told;
  assert.ok(once);
  assert.equal(once.coreInTransaction, false);
  assert.equal(once.committedStatus, 'sold', 'another connection already sees the sale when the maps are told');
  assert.deepEqual(once.event.changes?.map((c) => [c.ticketId, c.status]), [[seat.ticketId, 'sold']]);
  assert.equal(once.event.seq, seqBefore + 1, 'numbered right after the status the window read');
});
