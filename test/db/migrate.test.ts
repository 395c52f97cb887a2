import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DatabaseTooNewError, loadMigrations, migrate, type Migration } from '../../db/migrate';
import { openDatabase } from '../../db/open';

// Numbers are handed out to branches in parallel, so one branch may hold 0090 before another's 0070 lands.
test('migrations are numbered in multiples of 10, increasing, without duplicates', () => {
  const versions = loadMigrations().map((m) => m.version);
  assert.ok(versions.length > 0);
  assert.equal(versions[0], 10);
  versions.forEach((version, i) => {
    assert.equal(version % 10, 0);
    if (i > 0) assert.ok(version > (versions[i - 1] ?? 0), `${version} after ${versions[i - 1]}`);
  });
});

test('all pending migrations apply in one transaction: a failing one leaves nothing behind', () => {
  const db = new Database(':memory:');
  const migrations: Migration[] = [
    { version: 10, name: 'a', sql: 'CREATE TABLE a (x INTEGER) STRICT;' },
    { version: 20, name: 'b', sql: 'CREATE TABLE b (x INTEGER) STRICT; INSERT INTO nowhere VALUES (1);' },
  ];
  assert.throws(() => migrate(db, migrations), /no such table: nowhere/);
  assert.equal(db.pragma('user_version', { simple: true }), 0);
  const created = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'a'").get() as { n: number };
  assert.equal(created.n, 0, 'the first migration was rolled back with the second');
});

test('re-running applies nothing; a later migration applies alone', () => {
  const db = new Database(':memory:');
  const first: Migration[] = [{ version: 10, name: 'a', sql: 'CREATE TABLE a (x INTEGER) STRICT;' }];
  assert.deepEqual(migrate(db, first).applied, ['10-a']);
  assert.deepEqual(migrate(db, first).applied, []);
  const report = migrate(db, [...first, { version: 20, name: 'b', sql: 'CREATE TABLE b (x INTEGER) STRICT;' }]);
  assert.deepEqual(report, { from: 10, to: 20, applied: ['20-b'] });
});

test('a database newer than the app is refused with a clear error and left untouched', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bo-migrate-'));
  try {
    const file = join(dir, 'x.db');
    const { db } = openDatabase(file);
    const known = db.pragma('user_version', { simple: true }) as number;
    db.pragma(`user_version = ${known + 10}`);
    db.close();
    assert.throws(
      () => openDatabase(file),
      (error: unknown) =>
        error instanceof DatabaseTooNewError && error.fileVersion === known + 10 && /newer version/.test(error.message),
    );
    const raw = new Database(file);
    assert.equal(raw.pragma('user_version', { simple: true }), known + 10);
    raw.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a file database opens in WAL with foreign keys and a busy timeout', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bo-open-'));
  try {
    const { db } = openDatabase(join(dir, 'nested', 'box.db'));
    assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
    assert.equal(db.pragma('foreign_keys', { simple: true }), 1);
    assert.equal(db.pragma('busy_timeout', { simple: true }), 5000);
    db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
