// Going live, as a venue does it on the command line: train on the sandbox, then move to another platform
// with each outcome. The other platform is a second sandbox with its own code sequence and type list, so a code of
// the first one would be refused there, and the demo's performance types are not in its list.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openDatabase } from '../../db/open';
import { currentPlatform } from '../../db/platform-identity';
import { startSandbox, type RunningSandbox, type SeedType } from '../../electron/sandbox';
import { runCli, type CliRun } from './helpers/run-cli';

const LIVE_TYPES: SeedType[] = [
  { typeId: 30, typeName: '音乐', children: [[3001, '交响乐'], [3002, '民谣']] },
  { typeId: 31, typeName: '戏剧', children: [[3101, '话剧']] },
];

let trained = '';

// One trained database for every test to copy: the demo (100 orders, 5 refunds, 10 check-ins) delivered to the sandbox.
before(async () => {
  trained = mkdtempSync(join(tmpdir(), 'bo-golive-trained-'));
  const file = join(trained, 'd.db');
  const demo = await runCli(['demo', '--db', file, '--orders', '100', '--refunds', '5', '--checkins', '10']);
  assert.equal(demo.code, 0, demo.err);
  const sync = await runCli(['sync', '--db', file, '--once']);
  assert.equal(sync.code, 0, sync.err);
  assert.equal((JSON.parse(sync.out) as { pending: number }).pending, 0);
});

after(() => rmSync(trained, { recursive: true, force: true }));

interface Venue {
  dir: string;
  file: string;
  secret: string;
  live: RunningSandbox;
  liveData: string;
  close(): Promise<void>;
}

/** A copy of the trained venue, and a second platform started for it. */
async function venue(): Promise<Venue> {
  const dir = mkdtempSync(join(tmpdir(), 'bo-golive-'));
  for (const name of ['d.db', 'd.db.key', 'sandbox.db']) copyFileSync(join(trained, name), join(dir, name));
  const secret = join(dir, 'secret.txt');
  writeFileSync(secret, 'live-secret\n', { mode: 0o600 });
  const liveData = join(dir, 'live.db');
  const live = await startSandbox({ dataFile: liveData, appId: 'LIVE', secret: 'live-secret', seed: { codeStart: 50, types: LIVE_TYPES } });
  return {
    dir,
    file: join(dir, 'd.db'),
    secret,
    live,
    liveData,
    async close() {
      await live.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const goLive = (v: Venue, ...extra: string[]) => runCli(['platform', '--db', v.file, '--url', v.live.url, '--app-id', 'LIVE', '--secret-file', v.secret, ...extra]);

function count(file: string, sql: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare(sql).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

function codes(file: string, sql: string): Set<string> {
  const db = new Database(file, { readonly: true });
  try {
    return new Set(db.prepare(sql).pluck().all() as string[]);
  } finally {
    db.close();
  }
}

/** `sync --once` until nothing is pending (or three times); returns the last summary. */
async function syncUntilDone(file: string): Promise<{ pending: number; dead: number; outcome: string }> {
  let last: CliRun | null = null;
  for (let i = 0; i < 3; i++) {
    last = await runCli(['sync', '--db', file, '--once', '--timeout', '120']);
    const summary = JSON.parse(last.out) as { pending: number; dead: number; outcome: string };
    if (summary.pending === 0) return summary;
  }
  throw new Error(`still pending: ${last?.out ?? ''} ${last?.err ?? ''}`);
}

test('keep-sales: refused without a choice (nothing changed), then the second platform gets the venue, both codes, 100 orders, 5 refunds, 10 check-ins, once each', async () => {
  const v = await venue();
  try {
    const before = { outbox: count(v.file, 'SELECT count(*) AS n FROM outbox'), sessions: count(v.file, 'SELECT count(*) AS n FROM sessions WHERE platform_session_code IS NOT NULL') };
    const refused = await goLive(v);
    assert.equal(refused.code, 2, refused.out);
    assert.match(refused.err, /discard-training .*keep-sales/);
    assert.equal(count(v.file, 'SELECT count(*) AS n FROM outbox'), before.outbox, 'outbox untouched');
    assert.equal(count(v.file, 'SELECT count(*) AS n FROM sessions WHERE platform_session_code IS NOT NULL'), before.sessions, 'codes untouched');
    const { db } = openDatabase(v.file);
    assert.equal(currentPlatform(db), 'sandbox');
    db.close();

    const tested = await goLive(v, '--test');
    assert.equal(tested.code, 0, tested.err);
    assert.match(tested.out, /2 local performance\(s\) use a type this platform does not list/);
    assert.match(tested.out, /archives 100 order\(s\), 5 refund\(s\), 10 check-in\(s\)/);
    // the setup: 2 halls, 2 code requests, 16 tiers' inventory and every ticket; the sales: 100 + 5 + 10
    const tickets = count(v.file, 'SELECT count(*) AS n FROM tickets');
    assert.match(tested.out, new RegExp(`\\(${2 + 2 + 16 + tickets} records\\)`));
    assert.match(tested.out, /\(115 more records\)/);
    assert.match(tested.out, /Nothing was changed/);

    const switched = await goLive(v, '--go-live', 'keep-sales');
    assert.equal(switched.code, 0, switched.err);
    assert.match(switched.out, /\(keep-sales\).* 115 order\/refund\/check-in record\(s\) queued again/);

    const listed = await runCli(['types', '--db', v.file]);
    assert.equal(listed.code, 0, listed.err);
    assert.equal(listed.out.match(/NEEDS A TYPE/g)?.length, 2);
    const held = await runCli(['sync', '--db', v.file, '--once', '--timeout', '60']);
    const heldSummary = JSON.parse(held.out) as { pending: number; dead: number; delivered: Record<string, number> };
    assert.equal(heldSummary.dead, 0, 'a performance needing a type is held, not a dead letter');
    assert.ok(heldSummary.pending > 0);
    assert.equal(heldSummary.delivered['venue.save'], 2, 'the halls register meanwhile');
    assert.equal(v.live.inspect().interfaces.performanceCode?.calls ?? 0, 0, 'no code request with a type the platform does not list');

    const refusedType = await runCli(['types', '--db', v.file, '--map', '1001=9999']);
    assert.equal(refusedType.code, 2);
    assert.match(refusedType.err, /9999 is not in the platform's type list/);
    const mapped = await runCli(['types', '--db', v.file, '--map', '1001=3101', '--map', '1002=3002']);
    assert.equal(mapped.code, 0, mapped.err);
    assert.doesNotMatch(mapped.out, /NEEDS A TYPE/);

    const done = await syncUntilDone(v.file);
    assert.equal(done.dead, 0);
    const seen = v.live.inspect();
    assert.equal(seen.totals.rejected, 0, JSON.stringify(seen.rejections.latest.slice(0, 3)));
    assert.equal(seen.totals.duplicates, 0, 'every record exactly once');
    assert.equal(seen.interfaces.venueSave?.accepted, 2);
    assert.equal(seen.interfaces.performanceCode?.accepted, 2);
    assert.equal(seen.state.orders, 100);
    assert.equal(seen.state.refunds, 5);
    assert.equal(seen.state.checkings, 10);

    // every code the venue holds now was issued by the second platform; none of the sandbox's was ever sent to it
    const sandboxCodes = codes(join(v.dir, 'sandbox.db'), 'SELECT session_code FROM sessions');
    const liveCodes = codes(v.liveData, 'SELECT session_code FROM sessions');
    const local = codes(v.file, "SELECT platform_session_code FROM sessions WHERE platform_session_code_by = (SELECT json_extract(value, '$.url') FROM settings WHERE key = 'platform.settings')");
    assert.equal(local.size, 5);
    for (const code of local) assert.ok(liveCodes.has(code) && !sandboxCodes.has(code), code);
    for (const code of codes(v.liveData, 'SELECT DISTINCT session_code FROM order_lines')) assert.ok(!sandboxCodes.has(code), code);
    assert.equal(count(v.file, "SELECT count(*) AS n FROM outbox_archive WHERE platform = 'sandbox' AND status = 'delivered'"), before.outbox);
    assert.equal(count(v.file, "SELECT count(*) AS n FROM audit_log WHERE action = 'platform.switch'"), 1);

    // new credentials for the same platform keep every code
    writeFileSync(v.secret, 'rotated\n');
    const rotated = await runCli(['platform', '--db', v.file, '--url', v.live.url, '--app-id', 'LIVE-2', '--secret-file', v.secret]);
    assert.equal(rotated.code, 0, rotated.err);
    assert.match(rotated.out, /same platform/);
    assert.equal(count(v.file, 'SELECT count(*) AS n FROM sessions WHERE platform_session_code IS NOT NULL'), 5);
  } finally {
    await v.close();
  }
});

test('discard-training: the second platform gets the setup and no sale; the seats are on sale again and the training stays in the archive', async () => {
  const v = await venue();
  try {
    const sold = count(v.file, "SELECT count(*) AS n FROM tickets WHERE status = 'sold'");
    assert.ok(sold > 0);
    const switched = await goLive(v, '--go-live', 'discard-training');
    assert.equal(switched.code, 0, switched.err);
    assert.match(switched.out, new RegExp(`${sold} seat\\(s\\) back on sale`));
    assert.equal((await runCli(['types', '--db', v.file, '--map', '1001=3101', '--map', '1002=3002'])).code, 0);
    const done = await syncUntilDone(v.file);
    assert.equal(done.dead, 0);
    const seen = v.live.inspect();
    assert.equal(seen.totals.rejected, 0);
    assert.equal(seen.interfaces.venueSave?.accepted, 2);
    assert.equal(seen.interfaces.performanceCode?.accepted, 2);
    assert.equal(seen.state.orders, 0);
    assert.equal(seen.state.refunds, 0);
    assert.equal(seen.state.checkings, 0);
    assert.equal(seen.state.tickets, count(v.file, 'SELECT count(*) AS n FROM tickets'), 'every ticket listed, for sale again');
    assert.equal(count(v.file, 'SELECT count(*) AS n FROM orders'), 0);
    assert.equal(count(v.file, "SELECT count(*) AS n FROM tickets WHERE status = 'sold'"), 0);
    assert.equal(count(v.file, 'SELECT coalesce(sum(sold_count), 0) AS n FROM price_tiers'), 0);
    assert.equal(count(v.file, "SELECT count(*) AS n FROM training_archive WHERE table_name = 'orders'"), 100);
    assert.equal(count(v.file, "SELECT count(*) AS n FROM training_archive WHERE table_name = 'check_ins'"), 10);
    assert.equal(count(v.file, "SELECT count(*) AS n FROM platform_switches WHERE outcome = 'discard-training'"), 1);

    // the manager can still export the training
    const out = join(v.dir, 'training.json');
    const exported = await runCli(['training-archive', '--db', v.file, '--out', out]);
    assert.equal(exported.code, 0, exported.err);
    const archive = JSON.parse(readFileSync(out, 'utf8')) as { switches: { outcome: string }[]; training: { table: string; row: Record<string, unknown> }[] };
    assert.deepEqual(archive.switches.map((s) => s.outcome), ['discard-training']);
    assert.equal(archive.training.filter((r) => r.table === 'orders').length, 100);
    assert.ok(!readFileSync(out, 'utf8').includes('"name_enc":null'), 'buyers kept, encrypted');
    if (process.platform !== 'win32') assert.equal(statSync(out).mode & 0o077, 0);
  } finally {
    await v.close();
  }
});

/** Which of the two states the database is in: the sandbox's books untouched, or the new platform's complete. */
function state(file: string, trainedOutbox: number): string {
  const db = new Database(file);
  try {
    assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
    const n = (sql: string) => (db.prepare(sql).pluck().get() as number);
    const platform = currentPlatform(db);
    const facts = {
      platform,
      outbox: n('SELECT count(*) FROM outbox'),
      archived: n('SELECT count(*) FROM outbox_archive'),
      switches: n('SELECT count(*) FROM platform_switches'),
      codes: n('SELECT count(*) FROM sessions WHERE platform_session_code IS NOT NULL'),
      events: n("SELECT count(*) FROM outbox WHERE kind IN ('order', 'refund', 'checking')"),
      audits: n("SELECT count(*) FROM audit_log WHERE action = 'platform.switch'"),
    };
    if (platform === 'sandbox' && facts.outbox === trainedOutbox && facts.archived === 0 && facts.switches === 0 && facts.codes === 5 && facts.audits === 0) return 'old';
    if (platform !== 'sandbox' && facts.archived === trainedOutbox && facts.switches === 1 && facts.codes === 0 && facts.events === 115 && facts.audits === 1) return 'new';
    return JSON.stringify(facts);
  } finally {
    db.close();
  }
}

test('SIGKILL during the switch leaves the old state or the new one, never a mix', async () => {
  const trainedOutbox = count(join(trained, 'd.db'), 'SELECT count(*) AS n FROM outbox');
  const seen = new Set<string>();
  // The kill lands at growing delays after the CLI says the transaction starts: before it, inside it, after it.
  for (const delayMs of [0, 40, 120, 250, 500, 1000, 3000]) {
    const dir = mkdtempSync(join(tmpdir(), 'bo-golive-kill-'));
    try {
      for (const name of ['d.db', 'd.db.key']) copyFileSync(join(trained, name), join(dir, name));
      const file = join(dir, 'd.db');
      writeFileSync(join(dir, 'secret.txt'), 's\n');
      // nothing listens on port 9: after the switch, the type download fails at once
      const result = await runCli(['platform', '--db', file, '--url', 'http://127.0.0.1:9', '--app-id', 'A', '--secret-file', join(dir, 'secret.txt'), '--go-live', 'keep-sales'], (child) => {
        child.stdout?.on('data', (chunk: Buffer) => {
          if (chunk.toString().includes('in one transaction')) setTimeout(() => child.kill('SIGKILL'), delayMs);
        });
      });
      const found = state(file, trainedOutbox);
      assert.ok(found === 'old' || found === 'new', `after a kill at +${delayMs} ms (${result.signal ?? result.code ?? ''}): ${found}`);
      seen.add(found);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  assert.ok(seen.has('old') || seen.has('new'));
});
