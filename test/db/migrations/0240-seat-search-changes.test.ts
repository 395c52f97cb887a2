import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadMigrations, migrate } from '../../../db/migrate';
import { memoryDb } from '../../helpers/memory-db';
import { insertSoldTicket } from './sold-ticket';

const changes = (db: ReturnType<typeof memoryDb>) => db.prepare("SELECT session_id || ':' || ticket_id FROM seat_state_changes ORDER BY seq").pluck().all() as string[];
const marks = (db: ReturnType<typeof memoryDb>) => db.prepare('SELECT layout_epoch AS layout, pruned_through AS pruned FROM seat_search_marks').get() as { layout: number; pruned: number };

test('0240: every change of a ticket’s state or hold is logged in order; a write rolled back leaves no row', () => {
  const db = memoryDb(190);
  insertSoldTicket(db);
  migrate(db, loadMigrations(), 240);
  assert.deepEqual(changes(db), []);
  db.exec(`
    INSERT INTO tickets (id, session_id, price_tier_id, status, updated_at) VALUES ('k2', 'ss1', 't1', 'available', 0);
    UPDATE tickets SET updated_at = 5, note = 'x' WHERE id = 'k2';
    UPDATE tickets SET status = 'sold' WHERE id = 'k2';
    UPDATE tickets SET status = 'sold' WHERE id = 'k2';
    INSERT INTO seat_holds (ticket_id, hold_id, session_id, expires_at, created_at) VALUES ('k1', 'h', 'ss1', 10, 0);
    UPDATE seat_holds SET expires_at = 20 WHERE ticket_id = 'k1';
    UPDATE seat_holds SET hold_id = 'g' WHERE ticket_id = 'k1';
    DELETE FROM seat_holds WHERE ticket_id = 'k1';
  `);
  assert.deepEqual(changes(db), ['ss1:k2', 'ss1:k1', 'ss1:k1', 'ss1:k1'], 'sold, held, hold renewed, released; nothing for a ticket added (the tiers count it), a note or an unchanged status');
  assert.throws(() => db.transaction(() => {
    db.exec("UPDATE tickets SET status = 'available' WHERE id = 'k2'");
    throw new Error('no');
  })());
  assert.equal(changes(db).length, 4);
  db.exec("DELETE FROM tickets WHERE id = 'k2'");
  assert.equal(changes(db).at(-1), 'ss1:k2');
});

test('0240: the log keeps its last 100,000 rows and says how far it was pruned; seats and zones bump the layout epoch', () => {
  const db = memoryDb(190);
  insertSoldTicket(db);
  migrate(db, loadMigrations(), 240);
  db.exec("INSERT INTO seat_state_changes (seq, session_id, ticket_id) VALUES (100998, 'ss1', 'k1')");
  db.exec("INSERT INTO seat_state_changes (session_id, ticket_id) VALUES ('ss1', 'k1'), ('ss1', 'k1')");
  assert.deepEqual(marks(db), { layout: 0, pruned: 1000 });
  assert.equal(db.prepare('SELECT min(seq) FROM seat_state_changes').pluck().get(), 100998, 'rows newer than 100,000 back are kept');
  db.exec(`
    INSERT INTO seats (id, hall_id, floor_name, area_name, row_name, seat_no, x, y, line, block, pos, row_centre) VALUES ('s1', 'h1', '1', 'A', '1', '1', 0, 0, 1, 1, 0, 0);
    UPDATE seats SET accessible = 1 WHERE id = 's1';
    INSERT INTO seat_quality_zones (seat_id, zone) VALUES ('s1', 'A');
    UPDATE seat_quality_zones SET zone = 'B';
    DELETE FROM seats WHERE id = 's1';
  `);
  assert.equal(marks(db).layout, 6, 'added, made accessible, zoned, rezoned, removed (its zone with it)');
});
