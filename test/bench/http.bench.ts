// `npm run bench http`: real admissions and 4-seat sales through `boxoffice serve` over HTTP, with 16 connections
// and with one, beside the domain's own rates (the same services called in-process on the same database) and the
// raw better-sqlite3 single-row transaction rate, all measured in the same run. Two ways in are measured:
// - local: the core's own PC (the desktop window, a gate screen on the core PC): plain HTTP on 127.0.0.1, the
//   default `serve`;
// - LAN: a paired device on the venue network: HTTPS by a LAN name to a `serve --https` core, each connection a
//   paired device with its own login (what gate tablets and window PCs use).
// BO_BENCH_SESSIONS=N sells N sessions of 10,000 (default 10); BO_BENCH_HTTP_SCALE=0.5 halves every request count;
// BO_BENCH_PROFILE=DIR starts each core with `node --cpu-prof --cpu-prof-dir=DIR`. Each line also gives the CPU time
// per request of the process doing the work (the core; this process for the domain), which a busy machine stretches
// far less than the latencies.
// Each client also holds the core's event stream on a connection of its own, as a gate tablet (its counters) and a window
// (its seat map) do. The floor under any of it is measured too: a bare node:http server answering a fixed JSON, called by the same undici client.
// The platform the cores report to is a `boxoffice sandbox` in a process of its own, as a venue runs (its platform is
// another machine); BO_BENCH_PLATFORM=embedded measures the training setup instead, the sandbox inside the core.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, watch } from 'node:fs';
import { loadavg, setPriority, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'undici';
import { openDatabase, type Db } from '../../db/open';
import { startBackgroundCheckpointer } from '../../db/checkpointer';
import { percentile, rawSingleRowTransactionRate } from './sqlite-baseline';
import type { Figures } from './run';
import { buildSoldOut } from './gate-scan.bench';
import { measure } from './boxoffice.bench';
import { createPersonalDataCipher } from '../../electron/boxoffice/personal-data/cipher';
import { loadOrCreateKeyFile } from '../../electron/boxoffice/personal-data/key-file';
import type { DomainContext } from '../../electron/boxoffice/context';
import { checkIn } from '../../electron/boxoffice/gate/check-in';
import { sell } from '../../electron/boxoffice/sales/sell';
import { parseInput } from '../../electron/boxoffice/parse-input';
import { checkInInput } from '../../electron/boxoffice/gate/schemas';
import { sellInput } from '../../electron/boxoffice/sales/schemas';
import { createPairingCode } from '../../electron/server/lan/devices';
import { writePlatformSettings } from '../../electron/server/platform/settings';
import { SANDBOX_DEFAULTS } from '../../electron/sandbox';

const SOLD_SESSIONS = Number(process.env.BO_BENCH_SESSIONS ?? 10);
const SCALE = Number(process.env.BO_BENCH_HTTP_SCALE ?? 1);
const CONNECTIONS = 16;
const count = (n: number) => Math.max(50, Math.round(n * SCALE));
// Per phase. The domain phases are the reference, the HTTP phases run once per way in (local, LAN).
const DOMAIN_CHECKINS = count(8_000);
const DOMAIN_SALES = count(1_000);
const HTTP_CHECKINS = { many: count(6_000), paced: count(6_000), one: count(2_000) };
const HTTP_SALES = { many: count(1_500), paced: count(1_000), one: count(600) };
// The open-loop phases offer this share of the domain's rate measured in the same run: the issue's "16 connections
// at ≥ 50% of the domain's rate, p99 ≤ 10 ms" read as a latency at a given load.
const PACED_SHARE = 0.5;
const WARM_UP = 200;
const LAN_NAME = 'box.venue.test';
const PINS = { gate: '3333', clerk: '1111' } as const;
const PLATFORM: 'process' | 'embedded' = process.env.BO_BENCH_PLATFORM === 'embedded' ? 'embedded' : 'process';
// The platform process's niceness (19 by default: the lowest priority; 0 runs it beside the core as an equal).
const PLATFORM_NICE = Math.max(0, Math.min(19, Number(process.env.BO_BENCH_PLATFORM_NICE ?? 19) || 0));

interface Timing {
  p50: number;
  p99: number;
  perSecond: number;
  /** CPU time of the process doing the work (the core, or this one for the domain) per request, in ms; null where unknown. */
  cpuMs: number | null;
  /** CPU time per request of the core's main thread alone (the serving thread: HTTP, the domain, the reporter), in ms. */
  mainMs?: number;
  /** The rest of the machine while the requests ran (HTTP phases on Linux): what else the 2 cores carried. */
  machine?: MachineShare;
}

interface MachineShare {
  /** Share of all cores busy (every process, other sessions' too) while the requests ran. */
  busy: number;
  /** CPU time per request of this process: the clients (undici), and the event streams' readers. */
  clientsMs: number;
  /** CPU time per request of the platform's process; null when it runs inside the core. */
  platformMs: number | null;
}

/** All cores' busy and total time so far (clock ticks), from /proc/stat; null elsewhere. */
function machineTicks(): { busy: number; total: number } | null {
  try {
    const [, ...fields] = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '').trim().split(/\s+/);
    const ticks = fields.map(Number);
    const total = ticks.reduce((sum, t) => sum + t, 0);
    // idle and iowait are the 4th and 5th fields.
    return { busy: total - (ticks[3] ?? 0) - (ticks[4] ?? 0), total };
  } catch {
    return null;
  }
}

/** Starts counting what the machine does during a phase's requests; `end` gives it per request. */
function watchMachine(platformPid: number | undefined): { end: (requests: number) => MachineShare | undefined } {
  const ticks = machineTicks();
  const clients = process.cpuUsage();
  const platform = cpuTimeOf(platformPid);
  return {
    end: (requests) => {
      const after = machineTicks();
      const used = process.cpuUsage(clients);
      const platformAfter = cpuTimeOf(platformPid);
      if (ticks === null || after === null || after.total === ticks.total) return undefined;
      return {
        busy: (after.busy - ticks.busy) / (after.total - ticks.total),
        clientsMs: (used.user + used.system) / 1000 / requests,
        platformMs: platform === null || platformAfter === null ? null : (platformAfter - platform) / requests,
      };
    },
  };
}

/**
 * A process's CPU time so far (user + system, ms), from /proc on Linux; null elsewhere. Beside the latencies it
 * says what a request costs the core whatever else the shared machine runs: a busy machine stretches the waits,
 * much less the work.
 */
function cpuTimeOf(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    // utime and stime, in clock ticks of 10 ms (USER_HZ is 100 on Linux).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/** CPU time so far (ms) of a process's main thread alone, from /proc (schedstat: nanoseconds on a CPU); null elsewhere. */
function mainThreadTimeOf(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    return Number(readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return null;
  }
}

/** The CPU time per request of the core (every thread) and of its serving thread, between two readings. */
function coreCpu(pid: number | undefined, before: { all: number | null; main: number | null }, total: number): Pick<Timing, 'cpuMs' | 'mainMs'> {
  const all = cpuTimeOf(pid);
  const main = mainThreadTimeOf(pid);
  return {
    cpuMs: before.all === null || all === null ? null : (all - before.all) / total,
    ...(before.main === null || main === null ? {} : { mainMs: (main - before.main) / total }),
  };
}

function timing(latencies: number[], seconds: number): Timing {
  return { p50: percentile(latencies, 50), p99: percentile(latencies, 99), perSecond: latencies.length / seconds, cpuMs: null };
}

/** Hands out distinct work (ticket codes, groups of 4 seats) in order; throws when a phase would run dry. */
class Supply<T> {
  private next = 0;
  constructor(private readonly items: readonly T[]) {}
  take(): T {
    const item = this.items[this.next++];
    if (item === undefined) throw new Error('the benchmark ran out of tickets: raise BO_BENCH_SESSIONS or lower BO_BENCH_HTTP_SCALE');
    return item;
  }
}

interface Caller {
  /** The core's process (its CPU time is read around each phase). */
  corePid: number | undefined;
  /** The platform's process, when it has one of its own. */
  platformPid?: number | undefined;
  pool: Pool;
  /** Another connection of the same client (a browser holds its event stream on one of its own). */
  connect?: () => Pool;
  host: string;
  cookie: string;
}

async function post(caller: Caller, name: string, body: unknown): Promise<{ status: number; json: unknown; setCookie: string[] }> {
  const response = await caller.pool.request({
    method: 'POST',
    path: `/api/${name}`,
    headers: { host: caller.host, 'content-type': 'application/json', ...(caller.cookie ? { cookie: caller.cookie } : {}) },
    body: JSON.stringify(body),
  });
  const json: unknown = await response.body.json();
  const raw = response.headers['set-cookie'];
  return { status: response.statusCode, json, setCookie: raw === undefined ? [] : Array.isArray(raw) ? raw : [raw] };
}

/** Adds the cookies a response set to the caller's cookie header (as a browser keeps them). */
function keepCookies(caller: Caller, setCookie: string[]): void {
  const jar = new Map(caller.cookie.split('; ').filter(Boolean).map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]));
  for (const line of setCookie) {
    const [pair = ''] = line.split(';');
    jar.set(pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1));
  }
  caller.cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
}

async function login(caller: Caller, username: 'gate' | 'clerk'): Promise<void> {
  const answer = await post(caller, 'auth.login', { username, secret: PINS[username] });
  if (answer.status !== 200) throw new Error(`login of ${username} answered ${answer.status}: ${JSON.stringify(answer.json)}`);
  keepCookies(caller, answer.setCookie);
}

/** Opens the caller's event stream on a connection of its own; counts the events of `name` it carries until closed. */
async function followEvents(caller: Caller, name: string): Promise<{ received: () => number; close: () => Promise<void> }> {
  if (!caller.connect) throw new Error('this caller cannot open another connection');
  const pool = caller.connect();
  const response = await pool.request({ method: 'GET', path: '/api/events', headers: { host: caller.host, cookie: caller.cookie } });
  if (response.statusCode !== 200) throw new Error(`the event stream answered ${response.statusCode}`);
  let events = 0;
  response.body.on('data', (chunk: Buffer) => {
    events += chunk.toString('utf8').split(`event: ${name}`).length - 1;
  });
  response.body.on('error', () => undefined);
  return {
    received: () => events,
    close: async () => {
      response.body.destroy();
      await pool.destroy();
    },
  };
}

/**
 * `total` requests from `callers.length` clients, each sending its next request when its last one was answered
 * (so at most that many are in flight: one per connection). Returns each request's latency. With `settled`, the
 * CPU time per request runs on until it resolves (the core has reported what the phase wrote): the reporting a
 * request causes is its cost, and is not left to be paid in the next phase.
 */
async function drive(callers: Caller[], total: number, request: (caller: Caller) => Promise<void>, settled?: () => Promise<unknown>): Promise<Timing> {
  let left = total;
  const latencies: number[] = [];
  const pid = callers[0]?.corePid;
  const cpuBefore = { all: cpuTimeOf(pid), main: mainThreadTimeOf(pid) };
  const machine = watchMachine(callers[0]?.platformPid);
  const start = process.hrtime.bigint();
  await Promise.all(
    callers.map(async (caller) => {
      while (left > 0) {
        left--;
        const t0 = process.hrtime.bigint();
        await request(caller);
        latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
      }
    }),
  );
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const share = machine.end(total);
  await settled?.();
  return { ...timing(latencies, seconds), ...coreCpu(pid, cpuBefore, total), ...(share ? { machine: share } : {}) };
}

/**
 * Open loop: `total` requests offered at `perSecond` over `callers` (one connection each), whatever the answers do:
 * request i is due at start + i / perSecond, goes out on a free connection as soon as it is due (or waits, first come
 * first served, until one is free), and its latency runs from when it was due. This is how a gate's scans arrive
 * (people walk up at the pace of the queue, not when the last scan was answered), and the way to read "p99 at a
 * given rate": a closed loop at saturation (`drive`) has a mean latency of clients ÷ rate by Little's law, whatever
 * the server does. The dispatcher wakes on the event loop's timers (about every millisecond), so each latency here
 * includes up to about a millisecond of this client's own lateness: the figure errs on the slow side.
 */
async function pace(callers: Caller[], total: number, perSecond: number, request: (caller: Caller) => Promise<void>, settled?: () => Promise<unknown>): Promise<Timing> {
  const interval = 1e9 / perSecond;
  const latencies: number[] = [];
  const pid = callers[0]?.corePid;
  const cpuBefore = { all: cpuTimeOf(pid), main: mainThreadTimeOf(pid) };
  const machine = watchMachine(callers[0]?.platformPid);
  const free = [...callers];
  const start = process.hrtime.bigint();
  const since = () => Number(process.hrtime.bigint() - start);
  let sent = 0;
  let answered = 0;
  // Held in an object: the callbacks set it, and a plain `let` would stay narrowed to null below.
  const outcome: { failure: Error | null } = { failure: null };
  await new Promise<void>((resolve) => {
    const send = (caller: Caller, due: number) => {
      request(caller).then(
        () => {
          latencies.push((since() - due) / 1e6);
          answered++;
          free.push(caller);
          dispatch();
        },
        (error: unknown) => {
          outcome.failure ??= error instanceof Error ? error : new Error(String(error));
          answered++;
          free.push(caller);
          dispatch();
        },
      );
    };
    let timer: NodeJS.Timeout | null = null;
    function dispatch(): void {
      if (answered === total || outcome.failure !== null) {
        if (answered === sent) resolve();
        return;
      }
      const now = since();
      while (sent < total && free.length > 0 && sent * interval <= now) {
        const caller = free.shift();
        if (caller) send(caller, sent++ * interval);
      }
      // Stopped for time, not for a connection (an answer dispatches again when one is free).
      if (sent < total && free.length > 0 && timer === null) {
        timer = setTimeout(() => {
          timer = null;
          dispatch();
        }, Math.max(0, Math.floor((sent * interval - now) / 1e6)));
      }
    }
    dispatch();
  });
  if (outcome.failure !== null) throw outcome.failure;
  const seconds = since() / 1e9;
  const share = machine.end(total);
  await settled?.();
  return { ...timing(latencies, seconds), ...coreCpu(pid, cpuBefore, total), ...(share ? { machine: share } : {}) };
}

function startServe(file: string, extra: string[]): Promise<{ url: string; child: ChildProcess; exited: Promise<void> }> {
  const profile = process.env.BO_BENCH_PROFILE;
  const node = profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : [];
  const child = spawn(process.execPath, [...node, 'bin/boxoffice.mjs', 'serve', '--db', file, '--port', '0', ...extra], { stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`core did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      // Keep reading after the start, so a chatty core never blocks on a full pipe.
      if (output.length < 20_000) output += chunk.toString();
      const match = /core ready: (https?:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ url: match[1], child, exited });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then(() => reject(new Error(`core exited:\n${output}`)));
  });
}

/**
 * Waits until the core has delivered its backlog (the setup's sales, the domain phase's scans) to its
 * platform, and has taken the daily backup a core takes at its start once the day's time is past (the first core on
 * this file; the second finds today's taken): at doors-open the sales of the weeks before are long delivered and the
 * day's backup long taken, and a drain or a backup running beside the measurement would be measured with it.
 */
async function drained(file: string): Promise<number> {
  const started = Date.now();
  const { db } = openDatabase(file, { migrate: false });
  try {
    const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    const backupTaken = () => count("SELECT count(*) AS n FROM audit_log WHERE action = 'backup.run'") > 0;
    // Records to deliver, and the backup as one more thing to wait for.
    const waiting = () => count("SELECT count(*) AS n FROM outbox WHERE status IN ('pending', 'in_flight')") + (backupTaken() ? 0 : 1);
    // Each delivery the core records is a write to the database's WAL: the count is read again when the file changes
    // (between the read and the wait no callback can run, so no change is missed).
    let wake: () => void = () => undefined;
    const wal = watch(`${file}-wal`, () => wake());
    try {
      while (waiting() > 0) {
        if (Date.now() - started > 900_000) throw new Error(`the core did not deliver its backlog within 15 minutes (${waiting()} waiting)`);
        await new Promise<void>((resolve) => (wake = resolve));
      }
    } finally {
      wal.close();
    }
  } finally {
    db.close();
  }
  return (Date.now() - started) / 1000;
}

/**
 * The platform as a venue has it: another process (a real one is another machine), here `boxoffice sandbox` on
 * loopback with its own data file, which the cores are configured to report to.
 */
function startPlatform(dataFile: string): Promise<{ url: string; child: ChildProcess; exited: Promise<void> }> {
  const child = spawn(process.execPath, ['bin/boxoffice.mjs', 'sandbox', '--port', '0', '--data', dataFile], { stdio: ['ignore', 'pipe', 'inherit'] });
  // At the lowest priority: a venue's platform is another machine, and its receiving work (a third of a core in a
  // sale phase) would otherwise take this machine's 2 cores from the core and its clients. It still gets every idle
  // moment, so reporting goes on, and the core pays for its own side of each report (its CPU is counted until settled).
  if (PLATFORM_NICE > 0 && child.pid !== undefined) setPriority(child.pid, PLATFORM_NICE);
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      if (output.length < 20_000) output += chunk.toString();
      const url = /listening on (http:\/\/\S+)/.exec(output)?.[1];
      if (url) resolve({ url, child, exited });
    });
    void exited.then(() => reject(new Error(`the sandbox platform exited:\n${output}`)));
  });
}

// The floor under any API call over HTTP: a bare node:http server in a process of its own, reading the body and
// answering a fixed JSON of a check-in answer's size, called by the same undici client as the core.
const BARE_SERVER = `
const body = JSON.stringify({ verdict: 'admitted', admitted: true, message: 'Admitted.', ticket: { orderLineId: 'x'.repeat(26), ticketId: 'x'.repeat(26), sessionId: 'x'.repeat(26), sessionName: 'x'.repeat(12), performanceName: 'x'.repeat(15), startsAt: Date.now(), seatText: 'x'.repeat(20), tierName: 'x'.repeat(6), ticketType: 'regular', holderName: null, holderIdType: null, holderIdLast4: null, concession: null } });
const server = require('node:http').createServer((request, response) => {
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', () => {
    JSON.parse(Buffer.concat(chunks).toString('utf8'));
    response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
    response.end(body);
  });
});
server.listen(0, '127.0.0.1', () => console.log('bare listening on ' + server.address().port));
`;

async function measureBare(work: { sessionIds: string[] }): Promise<{ one: Timing; many: Timing }> {
  const child = spawn(process.execPath, ['-e', BARE_SERVER], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  try {
    const port = await new Promise<string>((resolve, reject) => {
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /bare listening on (\d+)/.exec(output);
        if (match?.[1]) resolve(match[1]);
      });
      void exited.then(() => reject(new Error(`the bare server exited:\n${output}`)));
    });
    const callers = Array.from({ length: CONNECTIONS }, (): Caller => ({ corePid: child.pid, pool: new Pool(`http://127.0.0.1:${port}`, { connections: 1, pipelining: 1 }), host: `127.0.0.1:${port}`, cookie: 'bo_session=' + 'x'.repeat(43) }));
    const call = async (caller: Caller) => {
      const answer = await post(caller, 'gate.checkIn', { gateName: '1号口', sessionIds: work.sessionIds, code: 'BO-XXXX-XXXX-XXXX' });
      if (answer.status !== 200) throw new Error(`the bare server answered ${answer.status}`);
    };
    try {
      await drive(callers, WARM_UP, call);
      const many = await drive(callers, HTTP_CHECKINS.many, call);
      const one = await drive(callers.slice(0, 1), HTTP_CHECKINS.one, call);
      return { one, many };
    } finally {
      await Promise.all(callers.map((c) => c.pool.close()));
    }
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

/** Starts `serve` with `args`, waits for its backlog to be delivered, measures, and stops it. */
async function withServe(file: string, args: string[], measure: (url: string, corePid: number | undefined) => Promise<WayFigures>): Promise<WayFigures> {
  const core = await startServe(file, args);
  try {
    console.log(`serve ${args.join(' ')}: the core delivered its backlog to the platform and took its start-up backup in ${(await drained(file)).toFixed(1)} s before the measurement`);
    return await measure(core.url, core.child.pid);
  } finally {
    core.child.kill('SIGTERM');
    await core.exited;
  }
}

interface Way {
  name: 'local' | 'lan';
  /** A caller of the given role on its own connection pool of `connections`, logged in. */
  caller(role: 'gate' | 'clerk', connections: number): Promise<Caller>;
}

interface WayFigures {
  checkIn16: Timing;
  /** 16 connections offered half the domain's rate (open loop, `pace`). */
  checkInPaced: Timing;
  sellPaced: Timing;
  checkIn1: Timing;
  sell16: Timing;
  sell1: Timing;
}

/** `settled`: resolves once the core has reported everything written so far (each phase starts with nothing waiting). */
async function measureWay(
  way: Way,
  work: { sessionIds: string[]; codes: Supply<string>; seats: Supply<{ sessionId: string; ticketIds: string[] }> },
  settled: () => Promise<unknown>,
  offered: { checkIn: number; sell: number },
): Promise<WayFigures> {
  const admit = async (caller: Caller) => {
    const answer = await post(caller, 'gate.checkIn', { gateName: '1号口', sessionIds: work.sessionIds, code: work.codes.take() });
    if (answer.status !== 200 || !(answer.json as { admitted?: boolean }).admitted) throw new Error(`check-in over HTTP (${way.name}) not admitted: ${answer.status} ${JSON.stringify(answer.json)}`);
  };
  const sellFour = async (caller: Caller) => {
    const { sessionId, ticketIds } = work.seats.take();
    const answer = await post(caller, 'sales.sell', { sessionId, seats: ticketIds.map((ticketId) => ({ ticketId })), payment: { method: 'card' } });
    if (answer.status !== 200) throw new Error(`sale over HTTP (${way.name}) refused: ${answer.status} ${JSON.stringify(answer.json)}`);
  };
  // Each of the 16 clients is its own device and login, on one connection of its own; one after another, since the
  // login guard checks one PIN per username at a time.
  const gates: Caller[] = [];
  const clerks: Caller[] = [];
  for (let i = 0; i < CONNECTIONS; i++) {
    gates.push(await way.caller('gate', 1));
    clerks.push(await way.caller('clerk', 1));
  }
  // Each gate screen holds the core's event stream, as a gate tablet does: its counters follow every gate's admissions.
  // Each window too: its seat map follows every window's sales.
  const streams = await Promise.all(gates.map((gate) => followEvents(gate, 'gate.admitted')));
  const windowStreams = await Promise.all(clerks.map((clerk) => followEvents(clerk, 'seats.changed')));
  try {
    await drive(gates, WARM_UP, admit, settled);
    const checkIn16 = await drive(gates, HTTP_CHECKINS.many, admit, settled);
    const checkInPaced = await pace(gates, HTTP_CHECKINS.paced, offered.checkIn, admit, settled);
    const checkIn1 = await drive(gates.slice(0, 1), HTTP_CHECKINS.one, admit, settled);
    await drive(clerks, WARM_UP / 4, sellFour, settled);
    const sell16 = await drive(clerks, HTTP_SALES.many, sellFour, settled);
    const sellPaced = await pace(clerks, HTTP_SALES.paced, offered.sell, sellFour, settled);
    const sell1 = await drive(clerks.slice(0, 1), HTTP_SALES.one, sellFour, settled);
    const gateEvents = streams.reduce((sum, stream) => sum + stream.received(), 0);
    console.log(`${way.name}: the ${streams.length} gate screens' event streams carried ${gateEvents} admission events for ${(WARM_UP + HTTP_CHECKINS.many + HTTP_CHECKINS.paced + HTTP_CHECKINS.one).toLocaleString('en-US')} admissions`);
    const seatEvents = windowStreams.reduce((sum, stream) => sum + stream.received(), 0);
    console.log(`${way.name}: the ${windowStreams.length} windows' event streams carried ${seatEvents} seat events for ${(WARM_UP / 4 + HTTP_SALES.many + HTTP_SALES.paced + HTTP_SALES.one).toLocaleString('en-US')} sales`);
    return { checkIn16, checkInPaced, checkIn1, sell16, sellPaced, sell1 };
  } finally {
    await Promise.all([...streams, ...windowStreams].map((stream) => stream.close()));
    await Promise.all([...gates, ...clerks].map((c) => c.pool.close()));
  }
}

/** The domain's rates on this database: the same services the API calls, in-process, with background checkpoints. */
function measureDomain(db: Db, file: string, work: { sessionIds: string[]; codes: Supply<string>; seats: Supply<{ sessionId: string; ticketIds: string[] }> }): { checkIn: Timing; sell: Timing } {
  const cipher = createPersonalDataCipher(loadOrCreateKeyFile(`${file}.key`).key);
  const userId = (username: string) => (db.prepare('SELECT id FROM users WHERE username = ?').get(username) as { id: string }).id;
  const as = (role: 'gate' | 'clerk'): DomainContext => ({ db, cipher, clock: Date.now, actor: { userId: userId(role), username: role, role, address: '127.0.0.1' } });
  const gate = as('gate');
  const clerk = as('clerk');
  const loop = measure;
  // Parsed as the API parses them, outside the timed part (the API's parse is in the HTTP figures).
  const scans = Array.from({ length: WARM_UP + DOMAIN_CHECKINS }, () => parseInput(checkInInput, { gateName: '1号口', sessionIds: work.sessionIds, code: work.codes.take() }));
  const sales = Array.from({ length: WARM_UP / 4 + DOMAIN_SALES }, () => {
    const { sessionId, ticketIds } = work.seats.take();
    return parseInput(sellInput, { sessionId, seats: ticketIds.map((ticketId) => ({ ticketId })), payment: { method: 'card' } });
  });
  const admit = () => {
    const scan = scans.pop();
    if (!scan || !checkIn(gate, scan).admitted) throw new Error('domain check-in not admitted');
  };
  const sellFour = () => {
    const sale = sales.pop();
    if (!sale) throw new Error('no seats left for the domain sales');
    sell(clerk, sale);
  };
  // This process's CPU time per call, as the core's is read for the HTTP phases.
  const withCpu = (count: number, once: () => void): Timing => {
    const before = process.cpuUsage();
    const figures = loop(count, once);
    const used = process.cpuUsage(before);
    return { ...figures, cpuMs: (used.user + used.system) / 1000 / count };
  };
  loop(WARM_UP, admit);
  const checkInTiming = withCpu(DOMAIN_CHECKINS, admit);
  loop(WARM_UP / 4, sellFour);
  const sellTiming = withCpu(DOMAIN_SALES, sellFour);
  return { checkIn: checkInTiming, sell: sellTiming };
}

/** The benchmark (see test/bench/run.ts). */
export default async function httpBench(): Promise<Figures> {
  const build = spawnSync(process.execPath, ['scripts/build.mjs', 'node'], { encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`build failed: ${build.stderr}`);
  const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
  const loadAtStart = load();
  console.log(`load average at start: ${loadAtStart} (2 cores shared: compare the ratios, measured in this run)`);
  const dir = mkdtempSync(join(tmpdir(), 'bo-bench-http-'));
  const file = join(dir, 'http.db');
  let platform: { url: string; child: ChildProcess; exited: Promise<void> } | null = null;
  try {
    const setup = process.hrtime.bigint();
    const sold = await buildSoldOut(file, { sessions: SOLD_SESSIONS, unsold: 4 });
    // Codes spread over every session, each scanned once; seats in groups of 4 side by side.
    const stride = 7;
    const codes = new Supply(Array.from({ length: Math.floor(sold.codes.length / stride) }, (_, i) => sold.codes[(i * stride) % sold.codes.length] ?? '').concat(
      sold.codes.filter((_, i) => i % stride !== 0),
    ));
    const seats = new Supply(
      sold.unsold.flatMap(({ sessionId, ticketIds }) => Array.from({ length: Math.floor(ticketIds.length / 4) }, (_, i) => ({ sessionId, ticketIds: ticketIds.slice(i * 4, i * 4 + 4) }))),
    );
    const work = { sessionIds: sold.sessionIds, codes, seats };
    console.log(`setup: ${sold.codes.length.toLocaleString('en-US')} sold tickets in ${SOLD_SESSIONS} sessions, ${(sold.unsold.length * 10_000).toLocaleString('en-US')} seats for sale, in ${(Number(process.hrtime.bigint() - setup) / 1e9).toFixed(1)} s`);

    platform = PLATFORM === 'process' ? await startPlatform(join(dir, 'platform.db')) : null;
    if (platform) {
      const { db: setupDb } = openDatabase(file);
      try {
        const cipher = createPersonalDataCipher(loadOrCreateKeyFile(`${file}.key`).key);
        writePlatformSettings(setupDb, () => cipher, { mode: 'platform', url: platform.url, appId: SANDBOX_DEFAULTS.appId, secret: SANDBOX_DEFAULTS.secret }, Date.now());
      } finally {
        setupDb.close();
      }
    }
    console.log(
      platform
        ? `platform: \`boxoffice sandbox\` in a process of its own at ${platform.url}, nice ${PLATFORM_NICE}, as a venue runs (BO_BENCH_PLATFORM=embedded: the training setup, the sandbox inside the core)`
        : 'platform: the embedded sandbox, inside the core (training); without BO_BENCH_PLATFORM=embedded it is a process of its own, as a venue runs',
    );

    const raw = rawSingleRowTransactionRate();
    const bare = await measureBare(work);
    const { db } = openDatabase(file);
    let domain: { checkIn: Timing; sell: Timing };
    try {
      const checkpointer = startBackgroundCheckpointer(db);
      domain = measureDomain(db, file, work);
      await checkpointer.stop();
    } finally {
      db.close();
    }

    const offered = { checkIn: PACED_SHARE * domain.checkIn.perSecond, sell: PACED_SHARE * domain.sell.perSecond };

    // The core's own PC: the default `serve` (plain HTTP on loopback).
    const localFigures = await withServe(file, [], (url, corePid) => {
      const host = new URL(url).host;
      return measureWay(
        {
          name: 'local',
          caller: async (role, connections) => {
            const connect = () => new Pool(url, { connections, pipelining: 1 });
            const caller: Caller = { corePid, platformPid: platform?.child.pid, pool: connect(), connect, host, cookie: '' };
            await login(caller, role);
            return caller;
          },
        },
        work,
        () => drained(file),
        offered,
      );
    });

    // A paired device on the venue network: HTTPS by a LAN name, its own device credential and login.
    const pairing = (() => {
      const { db: setupDb } = openDatabase(file);
      try {
        const actor = { userId: sold.managerId, username: 'manager', role: 'manager' as const, address: null };
        const make = (kind: 'gate' | 'window', i: number) => createPairingCode(setupDb, { kind, gateName: kind === 'gate' ? '1号口' : null, deviceName: `${kind} ${i}` }, actor, Date.now()).code;
        return { gate: Array.from({ length: CONNECTIONS }, (_, i) => make('gate', i)), window: Array.from({ length: CONNECTIONS }, (_, i) => make('window', i)) };
      } finally {
        setupDb.close();
      }
    })();
    const lanFigures = await withServe(file, ['--host', '127.0.0.1', '--https', '--allow-host', LAN_NAME], (url, corePid) => {
      const port = new URL(url).port;
      const ca = readFileSync(`${file}.tls.crt`, 'utf8');
      const host = `${LAN_NAME}:${port}`;
      return measureWay(
        {
          name: 'lan',
          caller: async (role, connections) => {
            const connect = () => new Pool(`https://127.0.0.1:${port}`, { connections, pipelining: 1, connect: { servername: LAN_NAME, ca } });
            const caller: Caller = { corePid, platformPid: platform?.child.pid, pool: connect(), connect, host, cookie: '' };
            const code = (role === 'gate' ? pairing.gate : pairing.window).pop();
            const paired = await post(caller, 'devices.pair', { code });
            if (paired.status !== 200) throw new Error(`pairing answered ${paired.status}: ${JSON.stringify(paired.json)}`);
            keepCookies(caller, paired.setCookie);
            await login(caller, role);
            return caller;
          },
        },
        work,
        () => drained(file),
        offered,
      );
    });
    const loadAtEnd = load();

    const rate = (t: Timing) => Math.round(t.perSecond).toLocaleString('en-US').padStart(7);
    const cpu = (t: Timing) =>
      (t.cpuMs === null ? '' : `  cpu ${t.cpuMs.toFixed(3)}${t.mainMs === undefined ? '' : ` (serving thread ${t.mainMs.toFixed(3)})`} ms/req`) +
      (t.machine ? `; machine ${(100 * t.machine.busy).toFixed(0)}% busy, clients ${t.machine.clientsMs.toFixed(3)}${t.machine.platformMs === null ? '' : `, platform ${t.machine.platformMs.toFixed(3)}`} ms/req` : '');
    const versus = (t: Timing, reference: Timing | 'raw' | 'floor') =>
      reference === 'floor' ? '  = the HTTP floor' : reference === 'raw' ? `  = ${((100 * t.perSecond) / raw).toFixed(1)}% of raw` : `  = ${((100 * t.perSecond) / reference.perSecond).toFixed(0).padStart(3)}% of the domain`;
    const line = (what: string, t: Timing, reference: Timing | 'raw' | 'floor') =>
      `${what.padEnd(40)} p50 ${t.p50.toFixed(3).padStart(7)} ms  p99 ${t.p99.toFixed(3).padStart(7)} ms  ${rate(t)}/s${versus(t, reference)}${cpu(t)}`;
    console.log(`raw better-sqlite3 single-row transactions: ${Math.round(raw).toLocaleString('en-US')}/s (WAL, synchronous=NORMAL)`);
    console.log(line('bare node:http round trip, 16 conn', bare.many, 'floor'));
    console.log(line('bare node:http round trip, 1 conn', bare.one, 'floor'));
    console.log(line('domain check-in', domain.checkIn, 'raw'));
    console.log(line('domain sell 4 seats', domain.sell, 'raw'));
    for (const [name, f] of [
      ['local: HTTP on 127.0.0.1', localFigures],
      ['LAN: HTTPS paired device', lanFigures],
    ] as const) {
      console.log(line(`${name}, check-in, 16 conn`, f.checkIn16, domain.checkIn));
      console.log(line(`${name}, check-in, 16 conn at ${PACED_SHARE * 100}%`, f.checkInPaced, domain.checkIn));
      console.log(line(`${name}, check-in, 1 conn`, f.checkIn1, domain.checkIn));
      console.log(line(`${name}, sell 4, 16 conn`, f.sell16, domain.sell));
      console.log(line(`${name}, sell 4, 16 conn at ${PACED_SHARE * 100}%`, f.sellPaced, domain.sell));
      console.log(line(`${name}, sell 4, 1 conn`, f.sell1, domain.sell));
    }
    const met = (ok: boolean) => (ok ? 'met' : 'NOT met');
    // An open loop kept up when it answered at the rate offered (within 2%: the last requests' answers end the phase).
    const keptUp = (t: Timing, offeredPerSecond: number) => t.perSecond >= 0.98 * offeredPerSecond;
    const targets = (name: string, f: WayFigures) =>
      `${name}: check-in 16 conn >= 50% of the domain ${met(f.checkIn16.perSecond >= 0.5 * domain.checkIn.perSecond)}, at 50% p99 <= 10 ms ${met(keptUp(f.checkInPaced, offered.checkIn) && f.checkInPaced.p99 <= 10)}, ` +
      `1 conn p50 <= 0.3 ms ${met(f.checkIn1.p50 <= 0.3)} (bare node:http round trip ${bare.one.p50.toFixed(3)} ms); sale 16 conn >= 50% ${met(f.sell16.perSecond >= 0.5 * domain.sell.perSecond)}, at 50% p99 <= 10 ms ${met(keptUp(f.sellPaced, offered.sell) && f.sellPaced.p99 <= 10)}, ` +
      `1 conn p50 <= the domain's + 0.3 ms ${met(f.sell1.p50 <= domain.sell.p50 + 0.3)}`;
    console.log(`targets, ${targets('local', localFigures)}`);
    console.log(`targets, ${targets('LAN', lanFigures)}`);
    console.log(`targets, domain: check-in >= 40% of raw ${met(domain.checkIn.perSecond >= 0.4 * raw)}, p99 <= 2 ms ${met(domain.checkIn.p99 <= 2)}`);
    console.log(`load average at end: ${loadAtEnd}`);

    const flat = (prefix: string, t: Timing) => ({
      [`${prefix}P50Ms`]: Number(t.p50.toFixed(3)),
      [`${prefix}P99Ms`]: Number(t.p99.toFixed(3)),
      [`${prefix}PerSecond`]: Math.round(t.perSecond),
      ...(t.cpuMs === null ? {} : { [`${prefix}CpuMs`]: Number(t.cpuMs.toFixed(3)) }),
      ...(t.mainMs === undefined ? {} : { [`${prefix}MainThreadCpuMs`]: Number(t.mainMs.toFixed(3)) }),
      ...(t.machine
        ? {
            [`${prefix}MachineBusy`]: Number(t.machine.busy.toFixed(3)),
            [`${prefix}ClientsCpuMs`]: Number(t.machine.clientsMs.toFixed(3)),
            ...(t.machine.platformMs === null ? {} : { [`${prefix}PlatformCpuMs`]: Number(t.machine.platformMs.toFixed(3)) }),
          }
        : {}),
    });
    const way = (prefix: string, f: WayFigures) => ({
      ...flat(`${prefix}CheckIn16`, f.checkIn16),
      ...flat(`${prefix}CheckInPaced`, f.checkInPaced),
      ...flat(`${prefix}CheckIn1`, f.checkIn1),
      ...flat(`${prefix}Sell16`, f.sell16),
      ...flat(`${prefix}SellPaced`, f.sellPaced),
      ...flat(`${prefix}Sell1`, f.sell1),
      [`${prefix}CheckIn16ToDomain`]: Number((f.checkIn16.perSecond / domain.checkIn.perSecond).toFixed(3)),
      [`${prefix}Sell16ToDomain`]: Number((f.sell16.perSecond / domain.sell.perSecond).toFixed(3)),
    });
    return {
      platform: PLATFORM,
      loadAverageStart: loadAtStart,
      loadAverageEnd: loadAtEnd,
      ...(platform ? { platformNice: PLATFORM_NICE } : {}),
      soldTickets: sold.codes.length,
      rawTransactionsPerSecond: Math.round(raw),
      ...flat('bare16', bare.many),
      ...flat('bare1', bare.one),
      ...flat('domainCheckIn', domain.checkIn),
      ...flat('domainSell', domain.sell),
      domainCheckInToRaw: Number((domain.checkIn.perSecond / raw).toFixed(3)),
      ...way('local', localFigures),
      ...way('lan', lanFigures),
      connections: CONNECTIONS,
    };
  } finally {
    if (platform) {
      platform.child.kill('SIGTERM');
      await platform.exited;
    }
    rmSync(dir, { recursive: true, force: true });
  }
}
