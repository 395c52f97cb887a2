import { test } from 'node:test';
import assert from 'node:assert/strict';
import { memoryDb, tableNames, columnNames } from '../../helpers/memory-db';

test('0010 creates users, auth sessions, settings and an append-only audit log', () => {
  const db = memoryDb(10);
  assert.equal(db.pragma('user_version', { simple: true }), 10);
  for (const table of ['users', 'auth_sessions', 'settings', 'audit_log']) assert.ok(tableNames(db).includes(table), table);
  assert.ok(columnNames(db, 'users').includes('secret_hash'));

  assert.throws(
    () => db.prepare("INSERT INTO users VALUES ('u1','a','A','cashier','x',1,0,0)").run(),
    /CHECK constraint failed/,
    'only the three roles exist',
  );
  db.prepare("INSERT INTO users VALUES ('u1','Ann','Ann','clerk','x',1,0,0)").run();
  assert.throws(() => db.prepare("INSERT INTO users VALUES ('u2','ann','Ann','clerk','x',1,0,0)").run(), /UNIQUE/, 'usernames ignore case');

  db.prepare("INSERT INTO audit_log (at, action, outcome) VALUES (1, 'x', 'ok')").run();
  assert.throws(() => db.prepare("UPDATE audit_log SET action = 'y'").run(), /append-only/);
  assert.throws(() => db.prepare('DELETE FROM audit_log').run(), /append-only/);
});
