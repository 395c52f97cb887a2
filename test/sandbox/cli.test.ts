import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PlatformClient } from '../../electron/reporter/client/platform-client';

const CLI = ['--import', 'tsx', 'electron/cli.ts', 'sandbox'];

test('boxoffice sandbox: prints its URL and credentials, serves the platform, stops on SIGTERM; --inspect reads the file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bo-sandbox-cli-'));
  const data = join(dir, 'sandbox.db');
  try {
    const child = spawn(process.execPath, [...CLI, '--port', '0', '--data', data, '--app-id', 'THEATRE-1', '--secret', 's3cret', '--faults', 'latency=1'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.setEncoding('utf8');
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: string) => {
        out += chunk;
        const match = /listening on (http:\/\/\S+)/.exec(out);
        if (match?.[1] && out.includes('Ctrl+C')) resolve(match[1]);
      });
      child.once('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
    });
    assert.match(out, /appId +THEATRE-1/);
    assert.match(out, /secret +s3cret/);
    assert.match(out, /faults +latency=1/);
    const client = new PlatformClient({ baseUrl: url, appId: 'THEATRE-1', secret: 's3cret', timeouts: { totalMs: 3000 } });
    const types = await client.performanceTypeList();
    await client.close();
    assert.equal(types.kind, 'success');
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    assert.equal(await exited, 0);
    assert.match(out, /stopped/);

    const inspect = spawnSync(process.execPath, [...CLI, '--inspect', '--data', data], { encoding: 'utf8' });
    assert.equal(inspect.status, 0, inspect.stderr);
    assert.match(inspect.stdout, /token requests: 1 \(1 issued/);
    assert.match(inspect.stdout, /performanceTypeList +1 +1 +0 +0 +0/);
    const json = spawnSync(process.execPath, [...CLI, '--inspect', '--json', '--data', data], { encoding: 'utf8' });
    assert.equal((JSON.parse(json.stdout) as { interfaces: Record<string, { accepted: number }> }).interfaces.performanceTypeList?.accepted, 1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('boxoffice sandbox: a bad fault spec or flag is a usage error (exit 2) naming the problem', () => {
  const bad = spawnSync(process.execPath, [...CLI, '--faults', '5000=2'], { encoding: 'utf8' });
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--faults: "5000=2": "2" is not a share/);
  const long = spawnSync(process.execPath, [...CLI, '--app-id', 'x'.repeat(33)], { encoding: 'utf8' });
  assert.equal(long.status, 2);
  assert.match(long.stderr, /--app-id: at most 32 characters/);
  const missing = spawnSync(process.execPath, [...CLI, '--inspect', '--data', join(tmpdir(), 'no-such-sandbox.db')], { encoding: 'utf8' });
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /no sandbox data file/);
});
