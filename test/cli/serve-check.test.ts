import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../db/open';

test('serve after an unclean stop: a database found damaged is not served on, the core stops and says why', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bo-serve-check-'));
  const file = join(dir, 'boxoffice.db');
  try {
    const { db } = openDatabase(file);
    // Pages the core never reads while starting, written last (at the end of the file), then damaged.
    db.exec('CREATE TABLE filler (id INTEGER PRIMARY KEY, v TEXT NOT NULL)');
    const insert = db.prepare('INSERT INTO filler (v) VALUES (?)');
    db.transaction(() => {
      for (let i = 0; i < 2_000; i++) insert.run('x'.repeat(200));
    })();
    db.close();
    const size = statSync(file).size;
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(4096 * 20, 0x5a), 0, 4096 * 20, size - 4096 * 25);
    closeSync(fd);
    writeFileSync(`${file}.running`, '');

    const result = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli.ts', 'serve', '--db', file, '--port', '0'], { encoding: 'utf8', timeout: 120_000 });
    assert.match(result.stdout, /boxoffice core ready/, 'the core started while the check ran');
    assert.match(result.stderr, /boxoffice core stopped: the database .* failed its check after an unclean stop .*restore a backup/s);
    assert.equal(result.status, 1);
    assert.ok(existsSync(`${file}.running`), 'checked again at the next start');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
