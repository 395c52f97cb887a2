import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { statusCounts, syncWorld } from './helpers/world';
import { encore, evening, seeded } from './helpers/scenario';
import { count } from '../../boxoffice/helpers/outbox';

const SOURCE = fileURLToPath(new URL('./helpers/worker-child.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * The child as one bundle in the repository's .tmp/ (so its packages resolve), with the migrations beside it as
 * the build does: a bundle starts in a fraction of the time tsx needs, and twenty restarts are mostly start-up.
 */
async function bundleChild(): Promise<{ file: string; remove: () => void }> {
  const dir = mkdtempSync(join(ROOT, '.tmp', 'sync-crash-'));
  await build({
    entryPoints: [SOURCE],
    outfile: join(dir, 'worker-child.mjs'),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  cpSync(join(ROOT, 'db', 'migrations'), join(dir, 'migrations'), { recursive: true });
  return { file: join(dir, 'worker-child.mjs'), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The sandbox's interface for each outbox kind. */
const INTERFACE: Record<string, string> = {
  'venue.save': 'venueSave',
  'performance.code': 'performanceCode',
  'performance.update': 'performanceUpdate',
  'session.update': 'sessionUpdate',
  inventory: 'inventory',
  ticket: 'ticket',
  order: 'order',
  refund: 'refundOrder',
  checking: 'checking',
};

interface Child {
  /** Resolves once the child has loaded its code and waits for "go". */
  ready: Promise<void>;
  /** Starts its worker; kills it `killAfterMs` after it runs (never when null); resolves when it exits. */
  run(killAfterMs: number | null): Promise<{ code: number | null; signal: string | null; out: string }>;
  /** Ends a spare that was never run. */
  kill(): void;
  exited: Promise<unknown>;
}

function spawnChild(file: string, env: Record<string, string>): Child {
  const child = spawn(process.execPath, [file], { env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  let onReady = () => {};
  let onStarted = () => {};
  const ready = new Promise<void>((resolve) => (onReady = resolve));
  const started = new Promise<void>((resolve) => (onStarted = resolve));
  const exited = new Promise<{ code: number | null; signal: string | null; out: string }>((resolve) =>
    child.on('exit', (code, signal) => {
      if (code !== 0 && signal === null && !err.includes('ENOENT')) console.error(err);
      resolve({ code, signal, out });
    }),
  );
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    if (out.includes('"ready"')) onReady();
    if (out.includes('"started"')) onStarted();
  });
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  child.stdin.on('error', () => undefined);
  return {
    ready,
    exited,
    kill: () => child.kill('SIGKILL'),
    async run(killAfterMs) {
      child.stdin.write('go\n');
      if (killAfterMs !== null) {
        // Killed at a random moment once its worker runs: mid-request, mid-transaction, mid-planning.
        await started;
        setTimeout(() => child.kill('SIGKILL'), killAfterMs);
      }
      return exited;
    },
  };
}

test('SIGKILL at 20 random moments of a drain: after restarts everything arrives; only records in flight at a kill arrive twice', async () => {
  const w = await syncWorld();
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  const child = await bundleChild();
  try {
    const night = evening(w.world, { orders: 180, refunds: 18, checkIns: 200, seed: 3 });
    // Latency stretches the drain over the kills (each call takes 15 ms at least).
    w.sandbox.faults.setLatency(15);
    const env = { BO_SYNC: JSON.stringify({ file: w.file, url: w.sandbox.url, appId: w.sandbox.appId, secret: w.sandbox.secret }) };
    const random = seeded(42);
    const inFlightAtKills: Record<string, number> = {};
    const expected = { orders: night.orders, tickets: night.tickets, checkIns: night.checkIns };
    // Two children load while one drains, so twenty restarts cost little more than twenty drains.
    const spares = [spawnChild(child.file, env), spawnChild(child.file, env)];
    const next = async () => {
      const ready = spares.shift() ?? spawnChild(child.file, env);
      spares.push(spawnChild(child.file, env));
      await ready.ready;
      return ready;
    };
    let kills = 0;
    let encores = 0;
    try {
      while (kills < 20) {
        const result = await (await next()).run(Math.floor(random() * 250));
        if (result.signal === 'SIGKILL') {
          kills++;
          for (const row of w.db.prepare("SELECT kind, count(*) AS n FROM outbox WHERE status = 'in_flight' GROUP BY kind").all() as { kind: string; n: number }[]) {
            inFlightAtKills[row.kind] = (inFlightAtKills[row.kind] ?? 0) + row.n;
          }
          continue;
        }
        // This machine drained everything before the kill came: more sales, so every kill lands mid-drain.
        assert.equal(result.code, 0);
        const more = encore(w.world, night.unseated.session.hallId, 40);
        expected.orders += more.orders;
        expected.tickets += more.tickets;
        expected.checkIns += more.checkIns;
        encores++;
      }
      const last = await (await next()).run(null);
      assert.equal(last.code, 0);
      assert.match(last.out, /"outcome":"drained"/);
    } finally {
      for (const spare of spares) spare.kill();
      await Promise.all(spares.map((spare) => spare.exited));
    }
    assert.deepEqual(Object.keys(statusCounts(w.db)).filter((s) => s !== 'delivered' && s !== 'discarded'), []);

    const seen = w.sandbox.inspect();
    assert.equal(seen.state.orders, expected.orders);
    assert.equal(seen.state.ticketsSold, expected.tickets);
    assert.equal(seen.state.refunds, night.refunds);
    assert.equal(seen.state.checkings, expected.checkIns);
    assert.equal(seen.state.tickets, count(w.db, 'SELECT count(*) AS n FROM tickets'));
    for (const [kind, name] of Object.entries(INTERFACE)) {
      const duplicates = seen.interfaces[name]?.duplicateItems ?? 0;
      assert.ok(duplicates <= (inFlightAtKills[kind] ?? 0), `${kind}: ${duplicates} repeated records, ${inFlightAtKills[kind] ?? 0} were in flight at a kill`);
    }
    if (process.env.SHOW) console.log(JSON.stringify({ kills, encores, inFlightAtKills, duplicates: Object.fromEntries(Object.entries(seen.interfaces).map(([k, v]) => [k, v.duplicateItems])) }));
  } finally {
    child.remove();
    await w.close();
  }
});
