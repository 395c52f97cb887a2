import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadMigrations, migrate } from '../../../db/migrate';
import { memoryDb } from '../../helpers/memory-db';

const plan = (db: ReturnType<typeof memoryDb>) =>
  (db.prepare("EXPLAIN QUERY PLAN SELECT floor_name FROM seats WHERE hall_id = 'h1' ORDER BY line, id").all() as { detail: string }[]).map((row) => row.detail).join('; ');

test('0160: a hall seats are read in layout order through an index, without a sort', () => {
  const db = memoryDb(120);
  assert.match(plan(db), /TEMP B-TREE/, 'before: sorted per read');
  migrate(db, loadMigrations(), 160);
  assert.match(plan(db), /USING INDEX seats_hall_line/);
  assert.doesNotMatch(plan(db), /TEMP B-TREE/);
});
