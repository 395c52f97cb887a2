import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LinkHealth, SLOW_MS } from '../../../../renderer/src/gate/offline/link-health';

const ok = { ok: true, ms: 20 };
const failed = { ok: false, ms: 5 };
const slow = { ok: true, ms: SLOW_MS + 1 };

test('the first answer decides; then two failures in a row go offline, one does not', () => {
  const health = new LinkHealth();
  assert.equal(health.record(ok), true);
  assert.equal(health.online, true);
  assert.equal(health.record(failed), false, 'one failure on venue Wi-Fi says little');
  assert.equal(health.record(ok), false);
  health.record(failed);
  assert.equal(health.record(failed), true);
  assert.equal(health.online, false);
});

test('answers that keep taking seconds go offline; one good fast answer comes back', () => {
  const health = new LinkHealth();
  health.record(ok);
  health.record(slow);
  health.record(slow);
  assert.equal(health.online, true, 'two slow answers of three');
  assert.equal(health.record(slow), true);
  assert.equal(health.online, false);
  assert.equal(health.record(slow), false, 'a slow answer does not bring it back');
  assert.equal(health.record(ok), true);
  assert.equal(health.online, true);
});

test('a device that never reached the core is offline at its first failure', () => {
  const health = new LinkHealth();
  assert.equal(health.record(failed), true);
  assert.equal(health.online, false);
});
