import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../db/open';
import { startBackgroundCheckpointer } from '../../db/checkpointer';

test('the background checkpointer keeps the WAL from growing while the serving connection never checkpoints itself', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bo-ckpt-'));
  try {
    const file = join(dir, 'c.db');
    const { db } = openDatabase(file);
    db.exec('CREATE TABLE t (v TEXT) STRICT');
    const checkpointer = startBackgroundCheckpointer(db, { intervalMs: 20 });
    assert.equal(db.pragma('wal_autocheckpoint', { simple: true }), 20_000);
    const insert = db.prepare('INSERT INTO t (v) VALUES (?)');
    for (let i = 0; i < 3000; i++) insert.run('x'.repeat(500));
    await checkpointer.nextCheckpoint();
    // after a passive checkpoint, the next write restarts the WAL from its beginning
    for (let i = 0; i < 10; i++) insert.run('y');
    await checkpointer.stop();
    const [wal] = db.pragma('wal_checkpoint(PASSIVE)') as { log: number }[];
    assert.ok(wal && wal.log < 50, `the WAL was checkpointed in the background and restarted (${wal?.log} frames now)`);
    assert.equal((db.prepare('SELECT count(*) AS n FROM t').get() as { n: number }).n, 3010);
    db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
