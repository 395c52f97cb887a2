import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadMigrations, migrate } from '../../../db/migrate';
import { memoryDb } from '../../helpers/memory-db';
import { insertSoldTicket } from './sold-ticket';

const admit = (id: string, entry: number, checking: number | string, auth: number | string) =>
  `INSERT INTO check_ins (id, order_line_id, ticket_id, session_id, gate_name, checked_at, checking_type, auth_type, entry_no)
   VALUES ('${id}', 'l1', 'k1', 'ss1', '东门', 60, ${typeof checking === 'string' ? `'${checking}'` : checking}, ${typeof auth === 'string' ? `'${auth}'` : auth}, ${entry})`;

test('0120: check-ins keep how a ticket was checked by name; earlier rows are translated, other values refused', () => {
  const db = memoryDb(60);
  insertSoldTicket(db);
  db.exec(admit('c1', 1, 1, 2));
  db.exec(admit('c2', 2, 2, 1));
  db.exec(admit('c3', 3, 3, 2));
  migrate(db, loadMigrations(), 120);
  const rows = db.prepare('SELECT id, checking_type AS checking, auth_type AS auth FROM check_ins ORDER BY entry_no').all();
  assert.deepEqual(rows, [
    { id: 'c1', checking: 'code', auth: 'device' },
    { id: 'c2', checking: 'id_document', auth: 'manual' },
    { id: 'c3', checking: 'face', auth: 'device' },
  ]);
  db.exec(admit('c4', 4, 'id_document', 'device'));
  assert.throws(() => db.exec(admit('c5', 5, 1, 'device')), /CHECK|cannot store/, 'numbers are no longer taken');
  assert.throws(() => db.exec(admit('c5', 5, 'code', 'scanner')), /CHECK/);
  assert.throws(() => db.exec(admit('c4', 4, 'code', 'device')), /UNIQUE|PRIMARY/, 'one row per entry, as before');
});
