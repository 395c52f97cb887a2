import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Db } from '../../../db/open';
import { WriteGroup } from '../../../electron/server/storage/write-group';
import { afterCommit } from '../../../db/after-commit';

// The group's guarantees on a real SQLite file: each request's writes commit or roll back together (a request here
// writes a business row and an "outbox" row in a transaction of its own, as the domain does), one failing request
// leaves the others committed, and the requests of one turn share one commit.
function withDb(run: (db: Db) => Promise<void>): () => Promise<void> {
  return async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bo-write-group-'));
    const { db } = openDatabase(join(dir, 'group.db'));
    try {
      db.exec('CREATE TABLE business (id TEXT PRIMARY KEY) STRICT; CREATE TABLE box (business_id TEXT NOT NULL) STRICT;');
      await run(db);
    } finally {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  };
}

/** Whether each request began inside a transaction already open (the group's), by request id. */
const insideGroup = new Map<string, boolean>();

/** A request as a domain service does it: its business row and its outbox row in one transaction; fails after both when told. */
const request = (db: Db, id: string, fail = false) => () => {
  insideGroup.set(id, db.inTransaction);
  return db.transaction(() => {
    db.prepare('INSERT INTO business (id) VALUES (?)').run(id);
    db.prepare('INSERT INTO box (business_id) VALUES (?)').run(id);
    if (fail) throw new Error(`refused ${id}`);
    return id;
  }).immediate();
};

const rows = (db: Db, table: 'business' | 'box') => (db.prepare(`SELECT * FROM ${table} ORDER BY 1`).all() as Record<string, string>[]).map((r) => Object.values(r)[0]);

test(
  'requests of one turn share one commit; the one that fails rolls back alone, with both its rows, and is told why',
  withDb(async (db) => {
    const group = new WriteGroup(db);
    const outcomes = await Promise.allSettled([group.run(request(db, 'a')), group.run(request(db, 'b', true)), group.run(request(db, 'c'))]);
    assert.deepEqual(
      outcomes.map((o) => (o.status === 'fulfilled' ? o.value : (o.reason as Error).message)),
      ['a', 'refused b', 'c'],
    );
    assert.deepEqual(rows(db, 'business'), ['a', 'c']);
    assert.deepEqual(rows(db, 'box'), ['a', 'c']);
    // One transaction held all three (one commit), and it is over.
    assert.deepEqual(['a', 'b', 'c'].map((id) => insideGroup.get(id)), [true, true, true]);
    assert.equal(db.inTransaction, false);
  }),
);

test(
  'a request alone in its turn runs as it would without the group; a handler that awaits is refused and writes nothing',
  withDb(async (db) => {
    const group = new WriteGroup(db);
    assert.equal(await group.run(request(db, 'solo')), 'solo');
    assert.equal(insideGroup.get('solo'), false);
    const outcomes = await Promise.allSettled([
      group.run(request(db, 'd')),
      group.run(() => {
        db.prepare("INSERT INTO business (id) VALUES ('async')").run();
        return Promise.resolve('later');
      }),
    ]);
    assert.equal(outcomes[0].status, 'fulfilled');
    assert.equal(outcomes[1].status, 'rejected');
    assert.deepEqual(rows(db, 'business'), ['d', 'solo']);
  }),
);

test(
  'one client calling again on the connection of its last call runs at once; calls of several connections in a turn still share a commit',
  withDb(async (db) => {
    const group = new WriteGroup(db);
    const [gateA, gateB] = [{}, {}];
    assert.equal(await group.run(request(db, 'a1'), gateA), 'a1');
    // The same connection again: written before run() returns, with nothing to wait for.
    const again = group.run(request(db, 'a2'), gateA);
    assert.deepEqual(rows(db, 'business'), ['a1', 'a2']);
    assert.equal(await again, 'a2');
    // Another gate joins: this turn's calls are gathered again, whichever connection comes next.
    const together = [group.run(request(db, 'b1'), gateB), group.run(request(db, 'a3'), gateA), group.run(request(db, 'a4'), gateA)];
    assert.deepEqual(rows(db, 'business'), ['a1', 'a2'], 'nothing written before the end of the phase');
    assert.deepEqual(await Promise.all(together), ['b1', 'a3', 'a4']);
    assert.deepEqual(['b1', 'a3', 'a4'].map((id) => insideGroup.get(id)), [true, true, true], 'one transaction held the three');
    // A call with no connection known (Hono's route) is never run at once.
    const unnamed = group.run(request(db, 'c1'));
    assert.deepEqual(rows(db, 'business'), ['a1', 'a2', 'a3', 'a4', 'b1']);
    await unnamed;
  }),
);

test(
  'when the group cannot commit as a whole, every request runs again alone and gets its own answer',
  withDb(async (db) => {
    const group = new WriteGroup(db);
    // A foreign key checked at commit fails the whole transaction: the group gives way to each request alone.
    db.exec('PRAGMA foreign_keys = ON; CREATE TABLE parent (id TEXT PRIMARY KEY) STRICT; CREATE TABLE child (parent_id TEXT REFERENCES parent (id) DEFERRABLE INITIALLY DEFERRED) STRICT;');
    const orphan = () => db.transaction(() => db.prepare("INSERT INTO child (parent_id) VALUES ('none')").run()).immediate();
    const outcomes = await Promise.allSettled([group.run(request(db, 'e')), group.run(orphan), group.run(request(db, 'f'))]);
    assert.deepEqual(outcomes.map((o) => o.status), ['fulfilled', 'rejected', 'fulfilled']);
    assert.deepEqual(rows(db, 'business'), ['e', 'f']);
    assert.equal(db.prepare('SELECT count(*) FROM child').pluck().get(), 0);
  }),
);

test(
  'what a request tells after its write waits for the group’s commit: never for a request or a group that rolls back',
  withDb(async (db) => {
    const group = new WriteGroup(db);
    const told: string[] = [];
    // A request that tells once its rows are saved, as the seat feed does; each telling notes whether it saw them committed.
    const telling = (id: string, fail = false) => () => {
      const value = request(db, id, fail)();
      afterCommit(db, () => told.push(`${id}${db.inTransaction ? ' (open)' : ''}${rows(db, 'business').includes(id) ? '' : ' (missing)'}`));
      return value;
    };
    const refusing = () => {
      afterCommit(db, () => told.push('refused'));
      throw new Error('refused');
    };
    await Promise.allSettled([group.run(telling('g1')), group.run(refusing), group.run(telling('g2', true)), group.run(telling('g3'))]);
    assert.deepEqual(told, ['g1', 'g3'], 'told after the commit, in order; nothing for the requests that failed');
    told.length = 0;
    db.exec('PRAGMA foreign_keys = ON; CREATE TABLE parent (id TEXT PRIMARY KEY) STRICT; CREATE TABLE child (parent_id TEXT REFERENCES parent (id) DEFERRABLE INITIALLY DEFERRED) STRICT;');
    let tries = 0;
    // Saved in the group that cannot commit, refused when it runs again alone: it is never told.
    const onlyOnce = () => {
      tries++;
      if (tries > 1) throw new Error('taken meanwhile');
      return telling('h1')();
    };
    const orphan = () => db.prepare("INSERT INTO child (parent_id) VALUES ('none')").run();
    const outcomes = await Promise.allSettled([group.run(onlyOnce), group.run(orphan), group.run(telling('h2'))]);
    assert.deepEqual(outcomes.map((o) => o.status), ['rejected', 'rejected', 'fulfilled']);
    assert.deepEqual(told, ['h2'], 'only the request committed alone is told, once');
    assert.throws(() => db.transaction(() => afterCommit(db, () => told.push('lost')))(), /without collectAfterCommit/, 'a transaction with no frame cannot promise a commit: refused');
    afterCommit(db, () => told.push('now'));
    assert.deepEqual(told, ['h2', 'now'], 'outside a transaction: at once');
  }),
);

test('scans and sales share commits, except a sale that must first await a manager’s PIN; nothing else does', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bo-write-group-'));
  const { db } = openDatabase(join(dir, 'group.db'));
  try {
    const group = new WriteGroup(db);
    const sale = { sessionId: 'ses_1', unseated: [{ priceTierId: 'tier_1', quantity: 1 }], payment: { method: 'card' as const } };
    const discount = { amountFen: 1_000, reason: '老顾客' };
    assert.equal(group.takes('gate.checkIn', { gateName: '东门', sessionIds: ['ses_1'], code: 'ABCD', entry: 'scanner' } as never), true);
    assert.equal(group.takes('sales.sell', sale as never), true);
    assert.equal(group.takes('sales.sell', { ...sale, manualDiscount: discount } as never), true, 'a manager’s own discount needs no await');
    assert.equal(group.takes('sales.sell', { ...sale, manualDiscount: { ...discount, approval: { username: 'manager', pin: '135790' } } } as never), false);
    assert.equal(group.takes('refunds.refund', {} as never), false);
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
