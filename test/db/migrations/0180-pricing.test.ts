import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadMigrations, migrate } from '../../../db/migrate';
import { memoryDb } from '../../helpers/memory-db';
import { insertSoldTicket } from './sold-ticket';

const priceType = (id: string, extra = "'percent', 50, 'none', NULL, NULL") =>
  `INSERT INTO price_types (id, performance_id, name, price_rule, price_value, proof, min_age, max_age, created_at, updated_at) VALUES ('${id}', 'p1', '${id}', ${extra}, 0, 0)`;
const promo = (used: number, limit = 2) =>
  `INSERT INTO promo_codes (id, performance_id, code, discount_rule, discount_value, starts_at, ends_at, use_limit, used_count, applies_to, created_at, updated_at)
   VALUES ('c${used}', 'p1', 'CODE${used}', 'percent', 10, 0, 10, ${limit}, ${used}, '["full"]', 0, 0)`;

test('0180: price types, promo codes and the pricing of sold tickets, on a database with sales', () => {
  const db = memoryDb(120);
  insertSoldTicket(db);
  migrate(db, loadMigrations(), 180);
  db.exec(priceType('学生'));
  db.exec(priceType('老年', "'fixed', 9000, 'id_age', 60, NULL"));
  assert.throws(() => db.exec(priceType('x', "'percent', 101, 'none', NULL, NULL")), /CHECK/, 'a percentage above 100');
  assert.throws(() => db.exec(priceType('y', "'percent', 50, 'id_age', NULL, NULL")), /CHECK/, 'an age check without an age');
  assert.throws(() => db.exec(priceType('z', "'percent', 50, 'none', 60, NULL")), /CHECK/, 'an age without the ID check');
  assert.throws(() => db.exec(priceType('学生')), /UNIQUE/, 'one name per performance');
  db.exec(promo(2));
  assert.throws(() => db.exec('UPDATE promo_codes SET used_count = 3'), /CHECK/, 'never more uses than the limit');
  assert.throws(() => db.exec(promo(3)), /CHECK/);
  db.exec(`INSERT INTO order_pricing (order_id, list_total_fen, promo_code_id) VALUES ('o1', 0, 'c2')`);
  assert.throws(() => db.exec(`INSERT INTO order_pricing (order_id, list_total_fen, manual_discount_fen) VALUES ('o1', 0, 100)`), /CHECK|UNIQUE/, 'a manual discount needs its reason');
  db.exec(`INSERT INTO order_line_pricing (order_line_id, price_type_id, price_type_name, proof, concession_fen) VALUES ('l1', '老年', '老年', 'id_age', 0)`);
  assert.throws(() => db.exec(`INSERT INTO order_line_pricing (order_line_id, price_type_id, concession_fen) VALUES ('l1', '学生', 0)`), /CHECK|UNIQUE/);
  assert.throws(() => db.exec(`INSERT INTO order_line_pricing (order_line_id, concession_fen) VALUES ('nope', 0)`), /FOREIGN KEY/);
});
