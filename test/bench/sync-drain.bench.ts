// `npm run bench sync-drain`: a long outage's backlog — 100,000 check-ins, 10,000 orders, 1,000 refunds, with the
// catalog, stock and ticket states they come with — drained to the sandbox with 20 ms added to every call. The
// sandbox runs in its own process (`boxoffice sandbox`), as a platform would. The figure that matters is the
// ratio of the drain time to its lower bound: the fewest calls that can carry the backlog × 20 ms ÷ the most
// requests the worker keeps in flight. BO_BENCH_SCALE=0.1 runs a tenth of it.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../db/open';
import { startBackgroundCheckpointer } from '../../db/checkpointer';
import { PlatformClient } from '../../electron/reporter/client/platform-client';
import { SyncWorker } from '../../electron/reporter/sync/worker';
import type { Inspection } from '../../electron/sandbox';
import { SANDBOX_DEFAULTS, startSandbox } from '../../electron/sandbox';
import { buildBacklog } from './sync-backlog';
import { percentile } from './sqlite-baseline';
import type { RequestLogEntry } from '../../electron/reporter/client/transport';
import type { Figures } from './run';

const SCALE = Number(process.env.BO_BENCH_SCALE ?? 1);
const LATENCY_MS = 20;
const MAX_IN_FLIGHT = Number(process.env.BO_BENCH_CONCURRENCY ?? 16);

/** BO_BENCH_SANDBOX=inprocess runs the sandbox on this process's event loop instead (no process hop per call). */
async function startInProcess(dataFile: string): Promise<{ child: null; url: string; close: () => Promise<void> }> {
  const sandbox = await startSandbox({ dataFile, port: 0, faults: `latency=${LATENCY_MS}` });
  return { child: null, url: sandbox.url, close: () => sandbox.close() };
}

function startSandboxProcess(dataFile: string): Promise<{ child: ChildProcess; url: string }> {
  // BO_BENCH_CPU_PROF=DIR writes a CPU profile of the sandbox process there (run the bench itself with `node --cpu-prof` too).
  const profile = process.env.BO_BENCH_CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir', process.env.BO_BENCH_CPU_PROF] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', 'electron/cli.ts', 'sandbox', '--port', '0', '--data', dataFile, '--faults', `latency=${LATENCY_MS}`], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /listening on (http:\/\/\S+)/.exec(out)?.[1];
      if (url) resolve({ child, url });
    });
    child.on('exit', (code) => reject(new Error(`the sandbox exited (${code ?? 'signal'})`)));
  });
}

/**
 * What a bare client gets from the same sandbox at the same concurrency: single order calls, MAX_IN_FLIGHT at a
 * time, for a few seconds. The drain's calls at this rate are its practical floor on this machine (the process
 * hop and the sandbox's own work cost more than the 20 ms of added latency, more so on a loaded machine).
 */
async function rawCallRate(client: PlatformClient): Promise<number> {
  const session = { sessionId: 'RAW-S1', sessionName: '基准', hallCode: '', sessionStartTime: '2030-01-01 20:00:00', sessionEndTime: '2030-01-01 22:00:00', hasSeat: 0 as const, tag: 0 as const };
  const venue = await client.venueSave({ provinceId: 440000, cityId: 440100, districtId: 440106, venueName: '基准场馆', venueAddress: '基准路 1 号', hasHall: 1, hallName: '基准厅', hasSeat: 0, seatingCapacity: 100_000 });
  if (venue.kind !== 'success' || !venue.data.hallCode) throw new Error(`raw baseline: ${JSON.stringify(venue)}`);
  const codes = await client.performanceCode({ performanceId: 'RAW', performanceName: '基准', approval: '基准', typeId: 1001, sessionList: [{ ...session, hallCode: venue.data.hallCode }] });
  if (codes.kind !== 'success') throw new Error(`raw baseline: ${JSON.stringify(codes)}`);
  const sessionCode = codes.data['RAW-S1'] ?? '';
  let next = 0;
  const started = performance.now();
  const until = started + 5_000;
  await Promise.all(
    Array.from({ length: MAX_IN_FLIGHT }, async () => {
      while (performance.now() < until) {
        const i = next++;
        const line = { ticketOrderId: `RAW-L${i}`, performanceId: 'RAW', sessionId: 'RAW-S1', sessionCode, priceId: 'RAW-P1', ticketPrice: 100, ticketId: `RAW-T${i}`, ticketOrderAmount: 100 };
        const outcome = await client.reportOrder({ orderId: `RAW-O${i}`, orderTime: '2030-01-01 10:00:00', channelType: 2, channelName: '基准', ticketNum: 1, totalAmount: 100, ticketType: 1, ticketMode: 2, authMode: 1, ticketOrderList: [line] });
        if (outcome.kind !== 'success') throw new Error(`raw baseline: ${JSON.stringify(outcome)}`);
      }
    }),
  );
  return next / ((performance.now() - started) / 1000);
}

/** The benchmark (see test/bench/run.ts). */
export default async function syncDrainBench(): Promise<Figures> {
  const dir = mkdtempSync(join(tmpdir(), 'bo-bench-sync-'));
  const { db } = openDatabase(join(dir, 'box.db'));
  // As the core does: WAL checkpoints (and their fsync) on a thread of their own, never inside a claim or a delivery.
  const checkpointer = startBackgroundCheckpointer(db);
  const sandbox = process.env.BO_BENCH_SANDBOX === 'inprocess' ? await startInProcess(join(dir, 'sandbox.db')) : await startSandboxProcess(join(dir, 'sandbox.db'));
  const durations = new Map<string, number[]>();
  const client = new PlatformClient({
    baseUrl: sandbox.url,
    appId: SANDBOX_DEFAULTS.appId,
    secret: SANDBOX_DEFAULTS.secret,
    connections: MAX_IN_FLIGHT,
    ...(process.env.BO_BENCH_DEBUG ? { onRequestLog: (e: RequestLogEntry) => durations.set(e.interface, [...(durations.get(e.interface) ?? []), e.durationMs]) } : {}),
  });
  const worker = new SyncWorker({ db, client, tuning: { concurrency: { initial: MAX_IN_FLIGHT, min: 1, max: MAX_IN_FLIGHT } } });
  try {
    const built = Date.now();
    const backlog = buildBacklog(db, {
      sessions: 10,
      orders: Math.round(10_000 * SCALE),
      perOrder: 11,
      refunds: Math.round(1_000 * SCALE),
      checkIns: Math.round(100_000 * SCALE),
    });
    const buildMs = Date.now() - built;
    const rows = db.prepare("SELECT count(*) FROM outbox WHERE status = 'pending'").pluck().get() as number;

    const cpu = (pid: number) => {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
      return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
    };
    const sandboxPid = sandbox.child?.pid ?? process.pid;
    const canMeasureCpu = existsSync(`/proc/${process.pid}/stat`);
    const cpuBefore = canMeasureCpu ? { worker: cpu(process.pid), sandbox: cpu(sandboxPid) } : null;
    // BO_BENCH_DEBUG: how long the worker's event loop made things wait (an answer, a send) during the drain.
    const loopDelay = process.env.BO_BENCH_DEBUG ? monitorEventLoopDelay({ resolution: 1 }) : undefined;
    loopDelay?.enable();
    const started = Date.now();
    worker.start();
    const progress = worker.syncNow();
    const sampler = process.env.BO_BENCH_DEBUG
      ? setInterval(() => {
          const s = worker.status();
          console.log(`${((Date.now() - started) / 1000).toFixed(1)}s active ${s.concurrency.active}/${s.concurrency.limit} delivered ${JSON.stringify(Object.fromEntries(Object.entries(s.kinds).map(([k, v]) => [k, v.deliveredToday])))}`);
        }, 1000)
      : undefined;
    const done = await worker.manualDone();
    clearInterval(sampler);
    loopDelay?.disable();
    if (loopDelay) console.log(`event loop delay: mean ${(loopDelay.mean / 1e6).toFixed(2)} ms, p50 ${(loopDelay.percentile(50) / 1e6).toFixed(2)}, p99 ${(loopDelay.percentile(99) / 1e6).toFixed(2)}, max ${(loopDelay.max / 1e6).toFixed(1)}`);
    for (const [name, list] of durations) console.log(`${name.padEnd(18)} calls ${list.length} mean ${(list.reduce((a, b) => a + b, 0) / list.length).toFixed(1)} ms, p50 ${percentile(list, 50)}, p99 ${percentile(list, 99)}`);
    const drainMs = Date.now() - started;
    const cpuAfter = cpuBefore ? { worker: cpu(process.pid), sandbox: cpu(sandboxPid) } : null;
    const seen = (await (await fetch(`${sandbox.url}/__sandbox/inspect`)).json()) as Inspection;
    const raw = await rawCallRate(client);
    const calls = seen.totals.calls - seen.tokenRequests.total;
    const lowerBoundMs = (backlog.minimumCalls * LATENCY_MS) / MAX_IN_FLIGHT;
    const figures: Figures = {
      outboxRows: rows,
      checkIns: backlog.checkIns,
      orders: backlog.orders,
      refunds: backlog.refunds,
      ticketStates: backlog.tickets,
      buildSeconds: Number((buildMs / 1000).toFixed(1)),
      outcome: done?.outcome ?? 'none',
      delivered: done?.delivered ?? 0,
      drainSeconds: Number((drainMs / 1000).toFixed(2)),
      recordsPerSecond: Math.round((done?.delivered ?? 0) / (drainMs / 1000)),
      calls,
      minimumCalls: backlog.minimumCalls,
      tokenRequests: seen.tokenRequests.total,
      maxInFlight: MAX_IN_FLIGHT,
      latencyMs: LATENCY_MS,
      lowerBoundSeconds: Number((lowerBoundMs / 1000).toFixed(2)),
      ratioToLowerBound: Number((drainMs / lowerBoundMs).toFixed(2)),
      rawClientCallsPerSecond: Math.round(raw),
      ratioToRawClient: Number((drainMs / ((calls / raw) * 1000)).toFixed(2)),
      loadAverage: Number(loadavg()[0]?.toFixed(1) ?? 0),
      workerCpuShare: cpuBefore && cpuAfter ? Number(((cpuAfter.worker - cpuBefore.worker) / drainMs).toFixed(2)) : 'n/a',
      sandboxCpuShare: cpuBefore && cpuAfter ? Number(((cpuAfter.sandbox - cpuBefore.sandbox) / drainMs).toFixed(2)) : 'n/a',
      duplicates: seen.totals.duplicates,
      rejected: seen.totals.rejected,
      startedTotal: progress.total,
    };
    for (const [key, value] of Object.entries(figures)) console.log(`${key.padEnd(22)} ${String(value)}`);
    return figures;
  } finally {
    await worker.stop();
    await client.close();
    await checkpointer.stop();
    if (sandbox.child) sandbox.child.kill('SIGTERM');
    else await sandbox.close();
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
