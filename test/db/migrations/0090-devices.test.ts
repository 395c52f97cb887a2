import { test } from 'node:test';
import assert from 'node:assert/strict';
import { columnNames, memoryDb, tableNames } from '../../helpers/memory-db';
import { loadMigrations, migrate } from '../../../db/migrate';

test('0090 adds devices, pairing codes and the device of each login', () => {
  const db = memoryDb(90);
  assert.ok(tableNames(db).includes('devices'));
  assert.ok(tableNames(db).includes('pairing_codes'));
  assert.ok(columnNames(db, 'auth_sessions').includes('device_id'));
});

test('0090 keeps the logins of before as logins of the core PC (no device)', () => {
  const db = memoryDb(60);
  db.exec(`INSERT INTO users (id, username, display_name, role, secret_hash, created_at, updated_at) VALUES ('u1', 'm', 'M', 'manager', 'x', 0, 0);
           INSERT INTO auth_sessions (token_hash, user_id, created_at, last_seen_at, expires_at, address) VALUES ('h', 'u1', 0, 0, 9, '127.0.0.1');`);
  migrate(db, loadMigrations().filter((m) => m.version <= 60 || m.version === 90));
  assert.deepEqual(db.prepare('SELECT device_id AS d FROM auth_sessions').get(), { d: null });
});

test('0090: a gate device names its gate, a window device none; a device ends its logins when deleted', () => {
  const db = memoryDb(90);
  const insert = (id: string, kind: string, gate: string | null) =>
    db.prepare("INSERT INTO devices (id, name, kind, gate_name, token_hash, paired_at) VALUES (?, 'D', ?, ?, ?, 0)").run(id, kind, gate, `t-${id}`);
  assert.throws(() => insert('d1', 'gate', null), /CHECK/);
  assert.throws(() => insert('d2', 'window', '南门'), /CHECK/);
  assert.throws(() => insert('d3', 'tablet', null), /CHECK/);
  insert('d4', 'gate', '南门');
  db.exec(`INSERT INTO users (id, username, display_name, role, secret_hash, created_at, updated_at) VALUES ('u1', 'g', 'G', 'gate', 'x', 0, 0);
           INSERT INTO auth_sessions (token_hash, user_id, created_at, last_seen_at, expires_at, address, device_id) VALUES ('h', 'u1', 0, 0, 9, '10.0.0.2', 'd4');`);
  db.exec("DELETE FROM devices WHERE id = 'd4'");
  assert.equal((db.prepare('SELECT count(*) AS n FROM auth_sessions').get() as { n: number }).n, 0);
});
