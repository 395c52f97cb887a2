import { test } from 'node:test';
import assert from 'node:assert/strict';
import { memoryDb, tableNames } from '../../helpers/memory-db';
import { loadMigrations, migrate } from '../../../db/migrate';
import { insertSoldTicket } from './sold-ticket';

test('0210 keeps every gate conflict through the rebuild and adds the offline exits’ log (on top of 0190)', () => {
  const db = memoryDb(190);
  insertSoldTicket(db);
  db.exec(`INSERT INTO gate_offline_scans (client_id, device_id, gate_name, code, scanned_at, offline_verdict, outcome, received_at) VALUES ('scan-00001', 'device-0001', '东门', 'C', 60, 'valid', 'double_entry', 70);
    INSERT INTO gate_conflicts (id, kind, session_id, order_line_id, first_gate, first_at, second_gate, second_at, client_id, detected_at, platform_has_second)
      VALUES ('g1', 'double_entry', 'ss1', 'l1', '西门', 55, '东门', 60, 'scan-00001', 70, 1)`);
  assert.deepEqual(migrate(db, loadMigrations(), 210).applied.at(-1), '210-gate-offline-exits');
  assert.ok(tableNames(db).includes('gate_offline_exits'));
  assert.deepEqual(db.prepare('SELECT id, kind, first_gate, second_at, client_id, platform_has_second FROM gate_conflicts').all(), [
    { id: 'g1', kind: 'double_entry', first_gate: '西门', second_at: 60, client_id: 'scan-00001', platform_has_second: 1 },
  ]);
  assert.ok((db.prepare("SELECT sql FROM sqlite_master WHERE name = 'gate_conflicts_session'").get() as { sql: string } | undefined)?.sql);
});

test('0210: an exit conflict names an offline exit; kinds and outcomes are checked; an exited exit names its gate_exits row', () => {
  const db = memoryDb(210);
  insertSoldTicket(db);
  const conflict = (id: string, kind: string) =>
    db.exec(`INSERT INTO gate_conflicts (id, kind, session_id, order_line_id, first_gate, first_at, second_gate, second_at, client_id, detected_at) VALUES ('${id}', '${kind}', 'ss1', 'l1', NULL, 60, '侧门', 60, 'exit-00001', 70)`);
  conflict('g2', 'exit_not_inside');
  assert.throws(() => conflict('g3', 'triple_entry'), /CHECK/);
  const log = (clientId: string, outcome: string, exitId: string | null) =>
    db.exec(`INSERT INTO gate_offline_exits (client_id, gate_name, code, exited_at, outcome, exit_id, received_at) VALUES ('${clientId}', '侧门', 'C', 60, '${outcome}', ${exitId === null ? 'NULL' : `'${exitId}'`}, 70)`);
  db.exec("INSERT INTO gate_exits (id, order_line_id, session_id, gate_name, exited_at, client_id) VALUES ('x1', 'l1', 'ss1', '侧门', 60, 'exit-00002')");
  log('exit-00001', 'not_inside', null);
  log('exit-00002', 'exited', 'x1');
  assert.throws(() => log('exit-00003', 'exited', null), /CHECK/);
  assert.throws(() => log('exit-00004', 'lost', null), /CHECK/);
  assert.throws(() => log('exit-00001', 'unknown', null), /UNIQUE|PRIMARY/);
});
