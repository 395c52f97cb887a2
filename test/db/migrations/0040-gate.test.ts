import { test } from 'node:test';
import assert from 'node:assert/strict';
import { memoryDb, tableNames } from '../../helpers/memory-db';
import { insertSoldTicket } from './sold-ticket';

test('0040: one first entry per ticket, enforced by the database', () => {
  const db = memoryDb(40);
  for (const table of ['check_ins', 'rejected_scans']) assert.ok(tableNames(db).includes(table), table);
  insertSoldTicket(db);
  const admit = (id: string, entry: number) =>
    db.exec(`INSERT INTO check_ins (id, order_line_id, ticket_id, session_id, gate_name, checked_at, checking_type, auth_type, entry_no)
      VALUES ('${id}', 'l1', 'k1', 'ss1', '东门', 60, 1, 2, ${entry})`);
  admit('c1', 1);
  assert.throws(() => admit('c2', 1), /UNIQUE/);
  admit('c2', 2);
  assert.throws(() => admit('c3', 0), /CHECK/);
  assert.throws(
    () => db.exec(`INSERT INTO check_ins (id, order_line_id, ticket_id, session_id, gate_name, checked_at, checking_type, auth_type, entry_no) VALUES ('c4', 'l1', 'k1', 'ss1', '东门', 60, 4, 2, 3)`),
    /CHECK/,
    'checkingType is 1, 2 or 3',
  );
});
