import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadOrCreateKeyFile } from '../../../electron/boxoffice/personal-data/key-file';

function withDir(fn: (dir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'bo-key-'));
  try {
    fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('creates a 32-byte key readable by its owner only, then keeps using it', () => {
  withDir((dir) => {
    const path = join(dir, 'box.db.key');
    const first = loadOrCreateKeyFile(path);
    assert.equal(first.created, true);
    assert.equal(first.key.length, 32);
    if (process.platform !== 'win32') assert.equal(statSync(path).mode & 0o777, 0o600);
    const second = loadOrCreateKeyFile(path);
    assert.equal(second.created, false);
    assert.deepEqual(second.key, first.key);
  });
});

test('refuses a key file that other users can read, and a file that is not a key', { skip: process.platform === 'win32' }, () => {
  withDir((dir) => {
    const path = join(dir, 'k');
    loadOrCreateKeyFile(path);
    chmodSync(path, 0o644);
    assert.throws(() => loadOrCreateKeyFile(path), /readable by other users.*chmod 600/);
    const short = join(dir, 'short');
    writeFileSync(short, 'abc', { mode: 0o600 });
    assert.throws(() => loadOrCreateKeyFile(short), /not a boxoffice key/);
  });
});
