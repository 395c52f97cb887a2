import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadMigrations, migrate } from '../../../db/migrate';
import { memoryDb } from '../../helpers/memory-db';
import { insertSoldTicket } from './sold-ticket';

test('0200: packages, their sessions and tiers, and the orders sold as one, on a database with sales', () => {
  const db = memoryDb(190);
  insertSoldTicket(db);
  migrate(db, loadMigrations(), 200);
  db.exec(`INSERT INTO packages (id, name, refund_rule, created_at, updated_at) VALUES ('pk1', '三部曲套票', 'whole', 0, 0)`);
  assert.throws(() => db.exec(`INSERT INTO packages (id, name, refund_rule, created_at, updated_at) VALUES ('pk2', '三部曲套票', 'whole', 0, 0)`), /UNIQUE/, 'one name per package');
  assert.throws(() => db.exec(`INSERT INTO packages (id, name, refund_rule, created_at, updated_at) VALUES ('pk3', 'x', 'any', 0, 0)`), /CHECK/, 'a known refund rule');
  db.exec(`INSERT INTO package_sessions (package_id, session_id, position) VALUES ('pk1', 'ss1', 0)`);
  assert.throws(() => db.exec(`INSERT INTO package_sessions (package_id, session_id, position) VALUES ('pk1', 'nope', 1)`), /FOREIGN KEY/);
  db.exec(`INSERT INTO package_tiers (package_id, tier_name, price_fen) VALUES ('pk1', 'GA', 50000)`);
  assert.throws(() => db.exec(`INSERT INTO package_tiers (package_id, tier_name, price_fen) VALUES ('pk1', 'B', -1)`), /CHECK/, 'never a negative price');
  db.exec(`INSERT INTO package_orders (order_id, package_id, package_name, refund_rule, sets) VALUES ('o1', 'pk1', '三部曲套票', 'whole', 1)`);
  assert.throws(() => db.exec(`INSERT INTO package_orders (order_id, package_id, package_name, refund_rule, sets) VALUES ('o1', 'pk1', 'x', 'whole', 1)`), /UNIQUE|PRIMARY/);
});
