import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openDatabase } from '../../db/open';
import { backupDatabase, PARTIAL_SUFFIX } from '../../db/backup';

test('a backup finishes while the core keeps committing, and holds a consistent copy readable by its owner only', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bo-backup-'));
  try {
    const file = join(dir, 'live.db');
    const { db } = openDatabase(file, { migrate: false });
    db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL) STRICT');
    const insert = db.prepare('INSERT INTO t (v) VALUES (?)');
    // ~4 MB: many more pages than one step of a page-by-page backup copies.
    db.transaction(() => {
      for (let i = 0; i < 4_000; i++) insert.run('x'.repeat(1_000));
    })();
    // The serving connection commits a row every turn of the event loop until the backup is done, as gates do at
    // doors-open: a copy made page by page between those commits started over at each one and never ended.
    let done = false;
    let commits = 0;
    const keepWriting = () => {
      if (done) return;
      insert.run('scan');
      commits++;
      setImmediate(keepWriting);
    };
    setImmediate(keepWriting);
    const copy = join(dir, 'copy.db');
    const result = await backupDatabase(file, copy).finally(() => {
      done = true;
    });
    assert.ok(commits > 0, 'the core committed while the backup ran');
    assert.equal(statSync(copy).mode & 0o777, 0o600);
    assert.equal(result.bytes, statSync(copy).size);
    assert.equal(existsSync(`${copy}${PARTIAL_SUFFIX}`), false, 'the copy was written under a temporary name, then named');
    const copied = new Database(copy, { readonly: true });
    try {
      const rows = (copied.prepare('SELECT count(*) AS n FROM t').get() as { n: number }).n;
      assert.ok(rows >= 4_000 && rows <= 4_000 + commits, `the copy is one moment of the live data (${rows} rows)`);
      assert.equal(copied.pragma('integrity_check', { simple: true }), 'ok');
    } finally {
      copied.close();
    }
    db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a copy that fails leaves no file bearing the backup\'s name, nor its temporary one', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bo-backup-'));
  try {
    const notADatabase = join(dir, 'notes.db');
    writeFileSync(notADatabase, 'x'.repeat(8_192));
    const copy = join(dir, 'copy.db');
    await assert.rejects(backupDatabase(notADatabase, copy), /not a database/);
    assert.equal(existsSync(copy), false);
    assert.equal(existsSync(`${copy}${PARTIAL_SUFFIX}`), false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
