// A box office on a real SQLite file with real catalog, sales and gate services, a sandbox platform on
// 127.0.0.1, and sync workers draining the one into the other. Every timer is short.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../../../db/open';
import type { Db } from '../../../../db/open';
import { PlatformClient, type PlatformClientOptions } from '../../../../electron/reporter/client/platform-client';
import { realClock, type Clock } from '../../../../electron/reporter/sync/clock';
import type { TuningOverrides } from '../../../../electron/reporter/sync/options';
import { SyncWorker, type SyncWorkerOptions } from '../../../../electron/reporter/sync/worker';
import { startSandbox, type RunningSandbox, type SandboxOptions } from '../../../../electron/sandbox';
import { testWorld, type TestWorld } from '../../../boxoffice/helpers/context';

export const FAST_TIMEOUTS = { connectMs: 500, headersMs: 1_000, bodyMs: 1_000, totalMs: 1_500 };

/** Timers in milliseconds rather than seconds, so a drain through failures takes moments. */
export const FAST_TUNING: TuningOverrides = {
  backoff: { baseMs: 20, capMs: 400, busyFactor: 2 },
  manualRetryCapMs: 50,
  probe: { initialMs: 20, factor: 2, maxMs: 300 },
  wakePollMs: 20,
  idleRescanMs: 500,
  decreaseCooldownMs: 50,
  statusThrottleMs: 20,
  countsMaxAgeMs: 0,
  lock: { heartbeatMs: 200, staleMs: 1_000 },
  storageRetry: { initialMs: 50, maxMs: 200 },
};

export interface SyncWorld {
  dir: string;
  file: string;
  db: Db;
  world: TestWorld;
  sandbox: RunningSandbox;
  /** Stops the sandbox (the platform is unreachable: connections refused) until `startSandbox()`. */
  stopSandbox(): Promise<void>;
  /** Starts it again on the same port, with the same data. */
  startSandbox(): Promise<void>;
  client(options?: Partial<PlatformClientOptions>): PlatformClient;
  worker(options?: Partial<SyncWorkerOptions>): SyncWorker;
  close(): Promise<void>;
}

/** A world with its own temp folder; the domain clock starts at T0 (see test/boxoffice/helpers/context.ts). */
export async function syncWorld(options: { sandbox?: Partial<SandboxOptions>; clock?: Clock; tuning?: TuningOverrides; /** Where the box office's database goes (a small file system); the sandbox's stays in `dir`. */ dbDir?: string } = {}): Promise<SyncWorld> {
  const dir = mkdtempSync(join(tmpdir(), 'bo-sync-'));
  const file = join(options.dbDir ?? dir, 'box.db');
  const { db } = openDatabase(file);
  const world = testWorld(db, randomBytes(32));
  const clock = options.clock ?? realClock;
  const sandboxOptions: SandboxOptions = { dataFile: join(dir, 'sandbox.db'), now: () => clock.now(), ...options.sandbox };
  let sandbox = await startSandbox(sandboxOptions);
  const clients: PlatformClient[] = [];
  const workers: SyncWorker[] = [];
  const client = (extra: Partial<PlatformClientOptions> = {}) => {
    const made = new PlatformClient({ baseUrl: sandbox.url, appId: sandbox.appId, secret: sandbox.secret, timeouts: FAST_TIMEOUTS, connections: 16, now: () => clock.now(), ...extra });
    clients.push(made);
    return made;
  };
  return {
    dir,
    file,
    db,
    world,
    get sandbox() {
      return sandbox;
    },
    stopSandbox: () => sandbox.close(),
    async startSandbox() {
      sandbox = await startSandbox({ ...sandboxOptions, port: sandbox.port });
    },
    client,
    worker(extra = {}) {
      const made = new SyncWorker({ db, client: extra.client ?? client(), clock, tuning: { ...FAST_TUNING, ...options.tuning, ...extra.tuning }, ...extra });
      workers.push(made);
      return made;
    },
    async close() {
      for (const w of workers) await w.stop(200);
      for (const c of clients) await c.destroy();
      await sandbox.close();
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Runs a manual sync to its end. */
export async function drain(worker: SyncWorker): Promise<NonNullable<Awaited<ReturnType<SyncWorker['manualDone']>>>> {
  worker.syncNow();
  const done = await worker.manualDone();
  if (!done) throw new Error('no manual sync ran');
  return done;
}

/** Rows of the outbox by status. */
export function statusCounts(db: Db): Record<string, number> {
  const rows = db.prepare('SELECT status, count(*) AS n FROM outbox GROUP BY status').all() as { status: string; n: number }[];
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}

/** Waits (polling every 10 ms) until `check` holds, failing after `ms`. */
export async function until(check: () => boolean, ms = 3_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
