import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldedRuns } from '../../../renderer/src/stores/folded-runs';

test('calls while a run is on its way fold into one more run, never two at once', async () => {
  let runs = 0;
  let active = 0;
  let release: () => void = () => undefined;
  const refresh = foldedRuns(async () => {
    runs++;
    active++;
    assert.equal(active, 1, 'one at a time');
    await new Promise<void>((resolve) => (release = resolve));
    active--;
  });
  const first = refresh();
  void refresh();
  void refresh();
  release();
  // The folded run starts after the first; release it too.
  await new Promise((resolve) => setImmediate(resolve));
  release();
  await first;
  assert.equal(runs, 2);
  const third = refresh();
  release();
  await third;
  assert.equal(runs, 3, 'a call after the runs ended starts a new one');
});
