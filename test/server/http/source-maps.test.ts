import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestCore } from '../../helpers/core-server';

test('the built renderer is served, its source maps are not', async () => {
  const rendererDir = mkdtempSync(join(tmpdir(), 'bo-renderer-'));
  mkdirSync(join(rendererDir, 'assets'));
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>x</title>');
  writeFileSync(join(rendererDir, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(join(rendererDir, 'assets', 'index-abc.js.map'), '{"sources":["secret.ts"]}');
  const core = await startTestCore({ rendererDir });
  try {
    assert.equal((await fetch(`${core.url}/assets/index-abc.js`)).status, 200);
    const map = await fetch(`${core.url}/assets/index-abc.js.map`);
    assert.equal(map.status, 404);
    assert.doesNotMatch(await map.text(), /secret\.ts/);
  } finally {
    await core.close();
    rmSync(rendererDir, { recursive: true, force: true });
  }
});
