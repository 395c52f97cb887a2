import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadMigrations, migrate } from '../../../db/migrate';
import { memoryDb } from '../../helpers/memory-db';
import { insertSoldTicket } from './sold-ticket';
import { SCANNED_TICKET } from '../../../electron/boxoffice/gate/scanned-ticket';

type Db = ReturnType<typeof memoryDb>;
// Parameters bound as null (unknown values to the planner, as the live statements' are).
const plan = (db: Db, sql: string) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...(sql.match(/\?/g) ?? []).map(() => null)) as { detail: string }[]).map((row) => row.detail).join('; ');
const foreignKeys = (db: Db) => (db.prepare("SELECT \"table\", \"from\" FROM pragma_foreign_key_list('check_ins') ORDER BY \"from\"").all() as { table: string; from: string }[]);

// Every statement that reads check_ins (its callers: gate, refunds, orders, reports, reconcile, offline gates).
const READERS = [
  `${SCANNED_TICKET} WHERE l.ticket_code = ?`,
  `SELECT c.checked_at, c.gate_name FROM order_lines l JOIN check_ins c ON c.order_line_id = l.id AND c.entry_no = 1
     WHERE l.session_id = ? AND l.id_hmac = ? AND l.status = 'active' AND l.id <> ? ORDER BY c.checked_at LIMIT 1`,
  'SELECT checked_at, gate_name FROM check_ins WHERE order_line_id = ? AND checked_at <= ? ORDER BY checked_at DESC, entry_no DESC LIMIT 1',
  'SELECT count(*) FROM check_ins WHERE session_id IN (SELECT value FROM json_each(?)) AND entry_no = 1 AND gate_name = ?',
  'SELECT checked_at - checked_at % ? AS start, gate_name, count(*) FROM check_ins WHERE session_id IN (SELECT value FROM json_each(?)) AND entry_no = 1 GROUP BY start, gate_name',
  'SELECT c.session_id, c.order_line_id, max(c.checked_at) FROM check_ins c WHERE c.session_id IN (SELECT value FROM json_each(?)) GROUP BY c.order_line_id',
  'SELECT id, gate_name, checked_at, user_id FROM check_ins WHERE order_line_id = ? AND entry_no = 1',
  'SELECT min(checked_at) FROM check_ins WHERE order_line_id = ? HAVING count(*) > 0',
  'SELECT l.id, (SELECT min(checked_at) FROM check_ins c WHERE c.order_line_id = l.id) FROM order_lines l WHERE l.order_id = ?',
  'SELECT count(*) FROM check_ins WHERE checked_at >= ? AND checked_at < ?',
  'SELECT session_id, count(*) FROM check_ins WHERE checked_at >= ? AND checked_at < ? GROUP BY session_id',
  'SELECT s.id, (SELECT count(*) FROM check_ins c WHERE c.session_id = s.id AND c.entry_no = 1) FROM sessions s',
  'DELETE FROM check_ins WHERE id = ?',
];

const admit = (db: Db, id: string, entry: number, ticket = 'k1', session = 'ss1') =>
  db.exec(`INSERT INTO check_ins (id, order_line_id, ticket_id, session_id, gate_name, checked_at, checking_type, auth_type, entry_no)
    VALUES ('${id}', 'l1', '${ticket}', '${session}', '东门', 60, 'code', 'device', ${entry})`);

test('0260: check_ins keeps its rows, indexes, trigger and every reader’s plan, and checks two foreign keys instead of four', () => {
  const db = memoryDb(250);
  insertSoldTicket(db);
  admit(db, 'c1', 1);
  admit(db, 'c2', 2);
  // An offline scan naming an admission: the drop and rebuild must not trip its key (checked at the migration's commit).
  db.exec(`INSERT INTO gate_offline_scans (client_id, device_id, gate_name, code, scanned_at, offline_verdict, outcome, check_in_id, received_at)
    VALUES ('client-01', 'device-01', '东门', 'C', 60, 'valid', 'admitted', 'c1', 61)`);
  const rows = db.prepare('SELECT * FROM check_ins ORDER BY id').all();
  const plans = READERS.map((sql) => plan(db, sql));
  const schema = () => db.prepare("SELECT type, name FROM sqlite_master WHERE tbl_name = 'check_ins' ORDER BY name").all();
  const objects = schema();
  assert.equal(objects.length, 4, 'the table, its unique (line, entry) index, its session index, the feed’s trigger');
  assert.deepEqual(foreignKeys(db).map((k) => k.from), ['order_line_id', 'session_id', 'ticket_id', 'user_id']);

  migrate(db, loadMigrations(), 260);

  assert.deepEqual(db.prepare('SELECT * FROM check_ins ORDER BY id').all(), rows);
  assert.deepEqual(READERS.map((sql) => plan(db, sql)), plans);
  assert.deepEqual(foreignKeys(db), [{ table: 'order_lines', from: 'order_line_id' }, { table: 'users', from: 'user_id' }]);
  assert.deepEqual(schema(), objects);
  assert.deepEqual(db.pragma('foreign_key_check'), []);
  assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');

  // The rules it kept: one first entry per line, the checks, the order line's and user's keys, the offline feed.
  assert.throws(() => admit(db, 'c3', 1), /UNIQUE/);
  assert.throws(() => admit(db, 'c3', 0), /CHECK/);
  assert.throws(() => db.exec("UPDATE check_ins SET checking_type = 'x' WHERE id = 'c2'"), /CHECK/);
  assert.throws(() => db.exec("UPDATE check_ins SET order_line_id = 'nope' WHERE id = 'c2'"), /FOREIGN KEY/);
  assert.throws(() => db.exec("UPDATE check_ins SET user_id = 'nope' WHERE id = 'c2'"), /FOREIGN KEY/);
  const feed = () => db.prepare("SELECT count(*) FROM gate_changes WHERE order_line_id = 'l1'").pluck().get();
  const before = feed();
  admit(db, 'c3', 3);
  assert.equal(feed(), Number(before) + 1);
  // The admission named by an offline scan still cannot go while named.
  assert.throws(() => db.exec("DELETE FROM check_ins WHERE id = 'c1'"), /FOREIGN KEY/);
});
