import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { commands } from '../../electron/cli/commands';

function run(args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli.ts', ...args], { encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

test('boxoffice --help lists every command', () => {
  const { code, out } = run(['--help']);
  assert.equal(code, 0);
  for (const command of commands) assert.match(out, new RegExp(`\\b${command.name}\\b`));
});

test('every command has its own --help', () => {
  for (const command of commands) {
    const { code, out } = run([command.name, '--help']);
    assert.equal(code, 0, command.name);
    assert.match(out, new RegExp(`^Usage: boxoffice ${command.name}`), command.name);
  }
});

test('unknown commands and bad flags exit 2 with a clear error', () => {
  const unknown = run(['sell-everything']);
  assert.equal(unknown.code, 2);
  assert.match(unknown.err, /unknown command "sell-everything"/);
  const badFlag = run(['serve', '--prot', '80']);
  assert.equal(badFlag.code, 2);
  assert.match(badFlag.err, /boxoffice serve: Unknown option '--prot'/);
  const badPort = run(['serve', '--port', 'eighty']);
  assert.equal(badPort.code, 2);
  assert.match(badPort.err, /--port must be a whole number, got "eighty"/);
  const missing = run(['backup', '--db', 'x.db']);
  assert.equal(missing.code, 2);
  assert.match(missing.err, /--out is required/);
});

test('demo creates the three users and refuses a database that has users', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bo-cli-'));
  try {
    const db = join(dir, 'demo.db');
    const first = run(['demo', '--db', db]);
    assert.equal(first.code, 0, first.err);
    assert.match(first.out, /manager\s+username manager\s+PIN 1111/);
    const users = new Database(db).prepare('SELECT role FROM users ORDER BY role').all() as { role: string }[];
    assert.deepEqual(users.map((u) => u.role), ['clerk', 'gate', 'manager']);
    const again = run(['demo', '--db', db]);
    assert.equal(again.code, 1);
    assert.match(again.err, /already has users/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('backup copies a live database (written to during the copy) and the copy passes integrity_check', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bo-cli-'));
  try {
    const source = join(dir, 'live.db');
    const live = new Database(source);
    live.pragma('journal_mode = WAL');
    live.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT) STRICT');
    const insert = live.prepare('INSERT INTO t (v) VALUES (?)');
    live.transaction(() => {
      for (let i = 0; i < 20_000; i++) insert.run(`row ${i}`);
    })();
    // Keep a connection open with uncheckpointed WAL content, as a running core would.
    insert.run('in the WAL');
    const out = join(dir, 'copy.db');
    const result = run(['backup', '--db', source, '--out', out]);
    assert.equal(result.code, 0, result.err);
    assert.match(result.out, /integrity ok/);
    const copy = new Database(out, { readonly: true });
    assert.equal((copy.prepare('SELECT count(*) AS n FROM t').get() as { n: number }).n, 20_001);
    copy.close();
    live.close();
    const refused = run(['backup', '--db', source, '--out', out]);
    assert.equal(refused.code, 1, 'an existing output file is never overwritten');
    assert.ok(existsSync(out));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
