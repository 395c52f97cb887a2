import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, openSync, closeSync, writeSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../../db/open';
import { checkAfterUncleanStop, failedCheck } from '../../../electron/server/storage/unclean-start';

/** A real database file with a few pages of rows, closed (its WAL folded back). */
function databaseFile(): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'bo-unclean-'));
  const file = join(dir, 'boxoffice.db');
  const { db } = openDatabase(file, { migrate: false });
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL); CREATE INDEX t_v ON t (v)');
  const insert = db.prepare('INSERT INTO t (v) VALUES (?)');
  db.transaction(() => {
    for (let i = 0; i < 2_000; i++) insert.run(`row ${i} ${'x'.repeat(100)}`);
  })();
  db.close();
  return { dir, file };
}

test('a clean start checks nothing and leaves no marker once stopped', async () => {
  const { dir, file } = databaseFile();
  try {
    const start = checkAfterUncleanStop(file);
    assert.deepEqual(start.check, { unclean: false, integrity: null });
    assert.ok(existsSync(`${file}.running`), 'the marker says a core runs on the file');
    assert.deepEqual(await start.checked, { unclean: false, integrity: null });
    start.cleanStop();
    assert.equal(existsSync(`${file}.running`), false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('after an unclean stop the check runs beside the start, and the marker goes once it has passed', async () => {
  const { dir, file } = databaseFile();
  try {
    writeFileSync(`${file}.running`, '');
    const start = checkAfterUncleanStop(file);
    assert.deepEqual(start.check, { unclean: true, integrity: null }, 'the start does not wait for the check');
    const checked = await start.checked;
    assert.deepEqual(checked, { unclean: true, integrity: 'ok' });
    assert.equal(failedCheck(file, checked), null);
    start.cleanStop();
    assert.equal(existsSync(`${file}.running`), false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a core stopped before its check finished is checked again at its next start', async () => {
  const { dir, file } = databaseFile();
  try {
    writeFileSync(`${file}.running`, '');
    const start = checkAfterUncleanStop(file);
    // The check's answer comes through the event loop: this stop happens before it.
    start.cleanStop();
    assert.ok(existsSync(`${file}.running`), 'the marker stays');
    await start.checked;
    const again = checkAfterUncleanStop(file);
    assert.equal(again.check.unclean, true);
    assert.equal((await again.checked).integrity, 'ok');
    again.cleanStop();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a damaged database fails its check: the core is told why, and the marker stays for the next start', async () => {
  const { dir, file } = databaseFile();
  try {
    // Garbage over the middle pages: what a disk that lost writes leaves behind.
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(4096 * 20, 0x5a), 0, 4096 * 20, 4096 * 10);
    closeSync(fd);
    writeFileSync(`${file}.running`, '');
    const start = checkAfterUncleanStop(file);
    const checked = await start.checked;
    assert.notEqual(checked.integrity, 'ok');
    assert.match(failedCheck(file, checked)?.message ?? '', /failed its check after an unclean stop \(\*\*\* in database main.*restore a backup/s);
    start.cleanStop();
    assert.ok(existsSync(`${file}.running`), 'checked again at the next start');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
