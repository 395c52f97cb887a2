import { test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { insertMany } from '../../db/batch-insert';

test('many rows go in batches, in order, whatever the last batch holds; a bad row fails the whole call in its transaction', () => {
  const db = new Database(':memory:');
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL) STRICT');
  const rows = Array.from({ length: 253 }, (_, i) => [i + 1, `n${i + 1}`]);
  insertMany(db, 't', ['id', 'name'], rows);
  assert.deepEqual(db.prepare('SELECT id, name FROM t ORDER BY rowid').raw().all(), rows);
  insertMany(db, 't', ['id', 'name'], []);
  assert.equal(db.prepare('SELECT count(*) FROM t').pluck().get(), 253);
  const insertBad = db.transaction(() => insertMany(db, 't', ['id', 'name'], [[1000, 'ok'], [1001, null]]));
  assert.throws(insertBad, /NOT NULL/);
  assert.equal(db.prepare('SELECT count(*) FROM t').pluck().get(), 253);
});
