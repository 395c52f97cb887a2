import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadMigrations, migrate } from '../../../db/migrate';
import { memoryDb } from '../../helpers/memory-db';
import { insertSoldTicket } from './sold-ticket';

test('0150: a reserved ticket is in one named hold, and leaves it when it stops being reserved', () => {
  const db = memoryDb(120);
  insertSoldTicket(db);
  migrate(db, loadMigrations(), 150);
  db.exec(`
    INSERT INTO tickets (id, session_id, price_tier_id, status, updated_at) VALUES ('k2', 'ss1', 't1', 'reserved', 0), ('k3', 'ss1', 't1', 'reserved', 0);
    INSERT INTO named_holds (id, session_id, name, release_minutes_before_start, created_at, updated_at) VALUES ('nh1', 'ss1', '媒体', 30, 0, 0);
    INSERT INTO named_hold_tickets (ticket_id, hold_id, held_at) VALUES ('k2', 'nh1', 0), ('k3', 'nh1', 0);
  `);
  assert.throws(() => db.exec("INSERT INTO named_holds (id, session_id, name, created_at, updated_at) VALUES ('nh2', 'ss1', '媒体', 0, 0)"), /UNIQUE/, 'one hold of a name per session');
  assert.throws(() => db.exec("INSERT INTO named_holds (id, session_id, name, created_at, updated_at) VALUES ('nh3', 'ss1', '', 0, 0)"), /CHECK/);
  assert.throws(() => db.exec("INSERT INTO named_hold_tickets (ticket_id, hold_id, held_at) VALUES ('k2', 'nh1', 1)"), /UNIQUE|PRIMARY/, 'a seat is in one hold');
  assert.throws(() => db.exec("INSERT INTO named_hold_tickets (ticket_id, hold_id, held_at) VALUES ('nope', 'nh1', 1)"), /FOREIGN KEY/);

  db.exec("UPDATE tickets SET status = 'sold' WHERE id = 'k2'");
  db.exec("UPDATE tickets SET updated_at = 5 WHERE id = 'k3'");
  const left = db.prepare("SELECT ticket_id AS id FROM named_hold_tickets WHERE hold_id = 'nh1'").all();
  assert.deepEqual(left, [{ id: 'k3' }], 'the sold seat left the hold; an update that keeps it reserved does not');
});
