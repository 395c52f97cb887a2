import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openDatabase } from '../../db/open';
import { hashToken } from '../../electron/server/auth/session-store';

function run(args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli.ts', ...args], { encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

test('boxoffice pair prints a one-time code, its QR in the terminal and the fingerprint; only its hash is stored', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bo-lan-pair-'));
  try {
    const db = join(dir, 'boxoffice.db');
    openDatabase(db).db.close();
    const { code, out, err } = run(['pair', '--db', db, '--role', 'gate', '--gate', '南门', '--port', '7701']);
    assert.equal(code, 0, err);
    const pairing = /pairing code: ([0-9A-Z]{4}-[0-9A-Z]{4})/.exec(out)?.[1] ?? '';
    assert.notEqual(pairing, '');
    assert.ok(out.includes('\u001b[47m') || out.includes('▀'), 'a QR code drawn in the terminal');
    assert.match(out, /certificate SHA-256 fingerprint: ([0-9A-F]{2}:){31}[0-9A-F]{2}/);
    assert.equal(statSync(`${db}.tls.key`).mode & 0o777, 0o600);
    const stored = new Database(db, { readonly: true });
    const rows = stored.prepare('SELECT code_hash, kind, gate_name, device_name, expires_at - created_at AS ttl FROM pairing_codes').all() as { code_hash: string; kind: string; gate_name: string; device_name: string; ttl: number }[];
    stored.close();
    assert.equal(rows.length, 1);
    assert.deepEqual({ kind: rows[0]?.kind, gate: rows[0]?.gate_name, ttl: rows[0]?.ttl }, { kind: 'gate', gate: '南门', ttl: 600_000 });
    assert.equal(rows[0]?.code_hash, hashToken(pairing.replace('-', '')), 'a hash of the code, not the code');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('boxoffice pair: a gate needs its name, a window has none, the role is gate or window (exit 2, in words)', () => {
  assert.match(run(['pair', '--db', 'x.db', '--role', 'gate']).err, /--gate NAME is required for a gate device/);
  assert.match(run(['pair', '--db', 'x.db', '--role', 'window', '--gate', '南门']).err, /--gate is only for --role gate/);
  const bad = run(['pair', '--db', 'x.db', '--role', 'tablet']);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /--role must be gate or window/);
});
