import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { demoCommand } from '../../electron/cli/demo';

test('boxoffice demo writes a database with its key file beside it, and refuses to run twice', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bo-demo-'));
  const log = console.log;
  const printed: string[] = [];
  console.log = (...args: unknown[]) => printed.push(args.join(' '));
  try {
    const file = join(dir, 'demo.db');
    assert.equal(await demoCommand.run(['--db', file, '--orders', '12', '--refunds', '2', '--checkins', '5']), 0);
    assert.ok(printed.some((line) => line.includes(`${file}.key`)), 'the key file is named');
    if (process.platform !== 'win32') assert.equal(statSync(`${file}.key`).mode & 0o777, 0o600);
    const db = new Database(file, { readonly: true });
    const kinds = db.prepare("SELECT kind, count(*) AS n FROM outbox WHERE kind IN ('order', 'refund', 'checking') GROUP BY kind ORDER BY kind").all();
    db.close();
    assert.deepEqual(kinds, [{ kind: 'checking', n: 5 }, { kind: 'order', n: 12 }, { kind: 'refund', n: 2 }]);
    await assert.rejects(demoCommand.run(['--db', file]), /already has users/);
  } finally {
    console.log = log;
    rmSync(dir, { recursive: true, force: true });
  }
});
