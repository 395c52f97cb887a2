import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { insertUser, updateUser } from '../../../db/users';
import { deleteSessionsOfDevice, insertDevice, revokeDevice } from '../../../db/devices';
import { deleteAuthSessionsOfUser } from '../../../db/auth-sessions';
import { openDatabase } from '../../../db/open';
import { SESSION_ABSOLUTE_MS, SessionStore } from '../../../electron/server/auth/session-store';
import { memoryDb } from '../../helpers/memory-db';

function store() {
  const db = memoryDb();
  insertUser(db, { id: 'usr_a', username: 'clerk', displayName: '李四', role: 'clerk', secretHash: 'x', active: true, createdAt: 0 });
  for (const [id, address] of [['dev_east', '10.0.0.5'], ['dev_west', '10.0.0.6']] as const) {
    insertDevice(db, { id, name: id, kind: 'gate', gateName: id, tokenHash: `hash_${id}`, pairedAt: 0, pairedBy: null, address });
  }
  return new SessionStore(db);
}

test('a session ends 12 hours after login however often it is used', () => {
  const sessions = store();
  const start = 1_000_000;
  const { token } = sessions.create('usr_a', '10.0.0.5', 'tablet', start);
  // Used every 10 minutes all along: the idle expiry slides, the absolute one does not.
  for (let at = start; at < start + SESSION_ABSOLUTE_MS; at += 600_000) assert.ok(sessions.resolve(token, at), `alive at +${(at - start) / 60_000} min`);
  assert.equal(sessions.resolve(token, start + SESSION_ABSOLUTE_MS), undefined);
});

test('a new login of the same user on the same paired device ends the old one; other devices keep theirs', () => {
  const sessions = store();
  const first = sessions.create('usr_a', '10.0.0.5', 'tablet', 1_000, 'dev_east');
  const elsewhere = sessions.create('usr_a', '10.0.0.6', 'tablet', 1_000, 'dev_west');
  // The same device on a new address (venue Wi-Fi gave it another lease) is still the same device.
  const again = sessions.create('usr_a', '10.0.0.9', 'tablet', 2_000, 'dev_east');
  assert.equal(sessions.resolve(first.token, 3_000), undefined);
  assert.ok(sessions.resolve(again.token, 3_000));
  assert.ok(sessions.resolve(elsewhere.token, 3_000));
});

test("the core's own PC keeps each window's login: two gate screens of one user on it both stay logged in", () => {
  const sessions = store();
  const one = sessions.create('usr_a', '127.0.0.1', 'Chrome', 1_000);
  const two = sessions.create('usr_a', '127.0.0.1', 'Chrome', 2_000);
  assert.ok(sessions.resolve(one.token, 3_000));
  assert.ok(sessions.resolve(two.token, 3_000));
});

test('a login kept in memory ends at once on logout, PIN reset, deactivation, device revocation and expiry', () => {
  const db = memoryDb();
  insertUser(db, { id: 'usr_a', username: 'clerk', displayName: '李四', role: 'clerk', secretHash: 'x', active: true, createdAt: 0 });
  insertDevice(db, { id: 'dev_east', name: 'east', kind: 'window', gateName: null, tokenHash: 'hash_east', pairedAt: 0, pairedBy: null, address: '10.0.0.5' });
  const sessions = new SessionStore(db);
  const login = (deviceId: string | null = null) => {
    const { token } = sessions.create('usr_a', '10.0.0.5', 'tablet', 1_000, deviceId);
    // Resolved once, so it is kept in memory from here on.
    assert.ok(sessions.resolve(token, 1_000));
    return token;
  };
  const loggedOut = login();
  sessions.end(sessions.resolve(loggedOut, 1_000)?.tokenHash ?? '');
  assert.equal(sessions.resolve(loggedOut, 1_001), undefined);

  const reset = login();
  updateUser(db, 'usr_a', { secretHash: 'y' }, 2_000);
  deleteAuthSessionsOfUser(db, 'usr_a');
  assert.equal(sessions.resolve(reset, 2_001), undefined);

  const deactivated = login();
  updateUser(db, 'usr_a', { active: false }, 3_000);
  assert.equal(sessions.resolve(deactivated, 3_001), undefined);
  updateUser(db, 'usr_a', { active: true, role: 'manager' }, 3_500);
  const promoted = login();
  assert.equal(sessions.resolve(promoted, 3_600)?.user.role, 'manager');

  const onDevice = login('dev_east');
  revokeDevice(db, 'dev_east', 4_000, null);
  deleteSessionsOfDevice(db, 'dev_east');
  assert.equal(sessions.resolve(onDevice, 4_001), undefined);

  const expiring = login();
  assert.equal(sessions.resolve(expiring, 1_000 + SESSION_ABSOLUTE_MS), undefined);
});

test('a login kept in memory ends when another process deletes it (a restore, a second tool on the file), from the next turn of the event loop', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bo-session-'));
  const { db } = openDatabase(join(dir, 'live.db'));
  const other = openDatabase(join(dir, 'live.db')).db;
  try {
    insertUser(db, { id: 'usr_a', username: 'clerk', displayName: '李四', role: 'clerk', secretHash: 'x', active: true, createdAt: 0 });
    const sessions = new SessionStore(db);
    const { token } = sessions.create('usr_a', '127.0.0.1', 'Chrome', 1_000);
    assert.ok(sessions.resolve(token, 1_000));
    other.prepare("UPDATE users SET active = 0 WHERE id = 'usr_a'").run();
    await new Promise((turn) => setImmediate(turn));
    assert.equal(sessions.resolve(token, 1_001), undefined);
  } finally {
    other.close();
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
