import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testWorld } from '../helpers/context';
import { buildTheatre, seatedShow } from '../helpers/fixtures';
import { setupChecklist } from '../../../electron/boxoffice/setup/checklist';

test('the checklist says what is done and names the next step, in order', () => {
  const world = testWorld();
  world.db.prepare("UPDATE users SET active = 0 WHERE role IN ('clerk', 'gate')").run();
  const empty = setupChecklist(world.manager);
  assert.equal(empty.next, 'venue');
  assert.ok(empty.steps.every((s) => !s.done));
  seatedShow(world, buildTheatre(world));
  const built = setupChecklist(world.manager);
  assert.deepEqual(built.steps.filter((s) => s.done).map((s) => s.step), ['venue', 'hall', 'performance', 'session', 'tickets']);
  assert.equal(built.next, 'platform', 'no performance types downloaded yet');
  world.db.prepare("INSERT INTO performance_types (type_id, type_name, parent_type_id, level, updated_at) VALUES (1001, '话剧', 0, 1, 0)").run();
  world.db.prepare("UPDATE users SET active = 1 WHERE role = 'clerk'").run();
  assert.equal(setupChecklist(world.manager).next, null);
});
