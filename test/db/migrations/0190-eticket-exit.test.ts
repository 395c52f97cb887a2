import { test } from 'node:test';
import assert from 'node:assert/strict';
import { memoryDb, tableNames } from '../../helpers/memory-db';
import { loadMigrations, migrate } from '../../../db/migrate';
import { insertSoldTicket } from './sold-ticket';


test('0190 adds the e-ticket deliveries, the recorder’s messages and the gate exits (on top of 0120)', () => {
  const db = memoryDb(120);
  assert.deepEqual(migrate(db, loadMigrations(), 190).applied.at(-1), '190-eticket-exit');
  for (const table of ['eticket_deliveries', 'eticket_recorded_sms', 'gate_exits']) assert.ok(tableNames(db).includes(table), table);
});

test('0190: a delivery is queued, sent (with its time) or failed; statuses and causes are checked', () => {
  const db = memoryDb(190);
  insertSoldTicket(db);
  const insert = (id: string, status: string, sentAt: number | null, cause = 'sale') =>
    db.exec(`INSERT INTO eticket_deliveries (id, order_line_id, order_id, cause, status, next_attempt_at, created_at, sent_at, updated_at) VALUES ('${id}', 'l1', 'o1', '${cause}', '${status}', 0, 0, ${sentAt ?? 'NULL'}, 0)`);
  insert('d1', 'queued', null);
  insert('d2', 'sent', 5, 'resend');
  insert('d3', 'failed', null);
  assert.throws(() => insert('d4', 'sent', null), /CHECK/);
  assert.throws(() => insert('d5', 'bounced', null), /CHECK/);
  assert.throws(() => insert('d6', 'queued', null, 'spam'), /CHECK/);
  assert.throws(() => db.exec("INSERT INTO eticket_deliveries (id, order_line_id, order_id, cause, next_attempt_at, created_at, updated_at) VALUES ('d7', 'nope', 'o1', 'sale', 0, 0, 0)"), /FOREIGN KEY/);
});

test('0190: an exit adds a gate change (devices follow it) and an offline exit is stored once by its client id', () => {
  const db = memoryDb(190);
  insertSoldTicket(db);
  const before = (db.prepare('SELECT count(*) AS n FROM gate_changes').get() as { n: number }).n;
  const exit = "INSERT INTO gate_exits (id, order_line_id, session_id, gate_name, exited_at, client_id) VALUES ('x1', 'l1', 'ss1', '北出口', 70, 'device-01-aaaa')";
  db.exec(exit);
  assert.equal((db.prepare('SELECT count(*) AS n FROM gate_changes').get() as { n: number }).n, before + 1);
  assert.throws(() => db.exec(exit.replace("'x1'", "'x2'")), /UNIQUE/);
  assert.throws(() => db.exec("INSERT INTO gate_exits (id, order_line_id, session_id, gate_name, exited_at) VALUES ('x3', 'l1', 'ss1', '', 70)"), /CHECK/);
});
