import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../db/open';
import { appendEvent } from '../../db/outbox/write';
import type { OutboxPayload } from '../../db/outbox/payloads';
import { openSandboxDb } from '../../electron/sandbox/store';
import { inspect } from '../../electron/sandbox/inspect';
import { testWorld } from '../boxoffice/helpers/context';
import { loadOrCreateKeyFile } from '../../electron/boxoffice/personal-data/key-file';
import { verifyDataKey } from '../../electron/boxoffice/personal-data/key-check';
import { createPersonalDataCipher } from '../../electron/boxoffice/personal-data/cipher';
import { outboxRows } from '../boxoffice/helpers/outbox';
import { evening } from '../reporter/sync/helpers/scenario';
import { runCli } from './helpers/run-cli';

const run = (args: string[]) => runCli(args);

/** A database file with an evening in its outbox (and, optionally, an order the platform will refuse). */
function boxOffice(dir: string, rogue: boolean, key: 'key file' | 'desktop keychain' = 'key file'): string {
  const file = join(dir, 'box.db');
  const { db } = openDatabase(file);
  // Headless, names are encrypted with the key file beside the database; the desktop app keeps its key in the keychain.
  const dataKey = key === 'key file' ? loadOrCreateKeyFile(`${file}.key`).key : randomBytes(32);
  const world = testWorld(db, dataKey);
  // What the core does when it first opens the database.
  verifyDataKey(db, createPersonalDataCipher(dataKey), 'the test');
  evening(world, { orders: 6, refunds: 1, checkIns: 4 });
  if (rogue) {
    const sold = outboxRows(db, 'order').map((r) => r.payload as OutboxPayload<'order'>)[1];
    const line = sold?.ticketOrderList[0];
    if (!sold || !line) throw new Error('no order');
    appendEvent(db, 'order', 'ord_rogue', { ...sold, orderId: 'ord_rogue', ticketOrderList: [{ ...line, ticketOrderId: 'tko_rogue' }], ticketNum: 1, totalAmount: line.ticketOrderAmount }, {
      scope: { sessionId: line.sessionId, orderId: 'ord_rogue' },
      refs: { tickets: [line.ticketId] },
      eventAt: 0,
      now: 0,
    });
  }
  db.close();
  return file;
}

test('boxoffice sync --once drains to the sandbox beside the database and sums up in one line of JSON', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bo-cli-sync-'));
  try {
    const file = boxOffice(dir, true);
    const result = await run(['sync', '--db', file, '--once']);
    assert.equal(result.code, 0, result.err + result.out);
    const lines = result.out.trim().split('\n');
    assert.equal(lines.length, 1);
    const summary = JSON.parse(lines[0] ?? '') as { outcome: string; delivered: Record<string, number>; pending: number; held: number; dead: number; platform: string };
    assert.deepEqual([summary.outcome, summary.pending, summary.held, summary.dead, summary.platform], ['drained', 0, 0, 1, 'sandbox']);
    assert.equal(summary.delivered.order, 6);
    assert.equal(summary.delivered.checking, 4);
    const sandbox = openSandboxDb(join(dir, 'sandbox.db'), { now: Date.now() });
    assert.equal(inspect(sandbox).state.orders, 6);
    sandbox.close();
    const again = await run(['sync', '--db', file, '--once']);
    assert.equal(again.code, 0);
    assert.match(again.out, /"delivered":\{\}/);
    assert.equal((await run(['sync', '--db', file])).code, 2, '--once is required');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('boxoffice platform stores the settings with the secret encrypted; sync --once fails (exit 1) when the platform cannot be reached', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bo-cli-platform-'));
  try {
    const file = boxOffice(dir, false);
    const secretFile = join(dir, 'secret.txt');
    writeFileSync(secretFile, 'venue-secret-42\n');
    const plain = await run(['platform', '--db', file, '--url', 'http://platform.example.cn', '--app-id', 'VENUE-1', '--secret-file', secretFile]);
    assert.equal(plain.code, 2);
    assert.match(plain.err, /refusing plain http:\/\/ to platform\.example\.cn/);

    // Nothing listens on port 9 of this machine: the platform is unreachable.
    const refused = await run(['platform', '--db', file, '--url', 'http://127.0.0.1:9', '--app-id', 'VENUE-1', '--secret-file', secretFile]);
    assert.equal(refused.code, 2, 'sales made on the sandbox need a decision');
    assert.match(refused.err, /discard-training .* or keep-sales/);
    const set = await run(['platform', '--db', file, '--url', 'http://127.0.0.1:9', '--app-id', 'VENUE-1', '--secret-file', secretFile, '--go-live', 'keep-sales']);
    assert.equal(set.code, 0, set.err);
    assert.match(set.err, /performance types could not be downloaded/);
    assert.match(set.out, /platform: http:\/\/127\.0\.0\.1:9 {2}appId VENUE-1 {2}secret stored encrypted/);
    assert.equal(set.out.includes('venue-secret-42'), false);
    if (process.platform !== 'win32') assert.equal(statSync(`${file}.key`).mode & 0o077, 0);
    const { db } = openDatabase(file);
    const stored = db.prepare("SELECT value FROM settings WHERE key = 'platform.settings'").pluck().get() as string;
    db.close();
    assert.equal(stored.includes('venue-secret-42'), false);

    const shown = await run(['platform', '--db', file, '--test']);
    assert.equal(shown.code, 1);
    assert.match(shown.out, /FAIL token +Could not connect to http:\/\/127\.0\.0\.1:9/);

    const sync = await run(['sync', '--db', file, '--once', '--timeout', '2']);
    assert.equal(sync.code, 1);
    const summary = JSON.parse(sync.out.trim()) as { outcome: string; pending: number; platform: string };
    assert.deepEqual([summary.outcome, summary.platform], ['timeout', 'http://127.0.0.1:9']);
    assert.ok(summary.pending > 0);

    const back = await run(['platform', '--db', file, '--sandbox', '--go-live', 'keep-sales']);
    assert.equal(back.code, 0);
    assert.match(back.out, /the built-in sandbox/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the tools refuse a database whose data was encrypted with another key, and leave no key file behind', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bo-cli-key-'));
  try {
    const file = boxOffice(dir, false, 'desktop keychain');
    const secretFile = join(dir, 'secret.txt');
    writeFileSync(secretFile, 'venue-secret-42\n');
    const set = await run(['platform', '--db', file, '--url', 'https://platform.example.cn', '--app-id', 'VENUE-1', '--secret-file', secretFile]);
    assert.equal(set.code, 1, set.out);
    assert.match(set.err, /encrypted with another personal-data key than the key file .*box\.db\.key/);
    assert.equal(existsSync(`${file}.key`), false, 'the key file made for the attempt is removed');
    const { db } = openDatabase(file);
    const stored = db.prepare("SELECT value FROM settings WHERE key = 'platform.settings'").pluck().get();
    db.close();
    assert.equal(stored, undefined, 'nothing was written');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
