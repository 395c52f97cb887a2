import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadMigrations, migrate } from '../../../db/migrate';
import { memoryDb } from '../../helpers/memory-db';
import { insertSoldTicket } from './sold-ticket';

const scan = "INSERT INTO gate_offline_scans (client_id, device_id, gate_name, code, scanned_at, offline_verdict, outcome, received_at) VALUES ('scan-0001', 'device-01', '东门', 'C', 60, 'valid', 'double_entry', 61)";
const conflict = (extra: string, value: string) =>
  `INSERT INTO gate_conflicts (id, kind, session_id, order_line_id, first_gate, first_at, second_gate, second_at, client_id, detected_at${extra})
   VALUES ('g1', 'double_entry', 'ss1', 'l1', '东门', 1, '西门', 2, 'scan-0001', 3${value})`;

test('0130: a conflict says whether the platform holds the flagged admission; earlier conflicts say it does not', () => {
  const db = memoryDb(120);
  insertSoldTicket(db);
  db.exec(scan);
  db.exec(conflict('', ''));
  migrate(db, loadMigrations(), 130);
  assert.deepEqual(db.prepare('SELECT platform_has_second AS p FROM gate_conflicts').all(), [{ p: 0 }]);
  db.exec('DELETE FROM gate_conflicts');
  db.exec(conflict(', platform_has_second', ', 1'));
  db.exec('DELETE FROM gate_conflicts');
  assert.throws(() => db.exec(conflict(', platform_has_second', ', 2')), /CHECK/);
});
