import { openDatabase } from '../../db/open';
import { startBackgroundCheckpointer } from '../../db/checkpointer';
import type { Clock, TuningOverrides } from '../reporter/sync';
import { APP_VERSION } from '../version';
import { createApp } from './app';
import { createCore, EventBus, type Core } from './core';
import { listen } from './listen';
import { PlatformConnection, type ClientTuning } from './platform/connection';
import { loadCoreCipher } from './platform/key';
import { readPlatformSettings } from './platform/settings';
import { SyncService } from './sync/sync-service';

export interface StartOptions {
  dbFile: string;
  host: string;
  port: number;
  allowedHostNames: readonly string[];
  rendererDir?: string;
  /** Sync worker timers and limits (tests make them short). */
  sync?: TuningOverrides;
  syncClock?: Clock;
  /** Platform client options (tests shorten timeouts). */
  platformClient?: ClientTuning;
}

export interface RunningCore {
  url: string;
  port: number;
  dbFile: string;
  core: Core;
  stop(): Promise<void>;
}

/** Loads the key file only when something needs it (a sandbox-only box office without personal data never does). */
function lazy<T>(make: () => T): () => T {
  let value: { v: T } | null = null;
  return () => (value ??= { v: make() }).v;
}

/**
 * The composition root: opens the database, connects to the configured platform (the embedded sandbox until a
 * real one is set), starts the sync worker, builds the services and serves them.
 */
export async function startCore(options: StartOptions): Promise<RunningCore> {
  const { db } = openDatabase(options.dbFile);
  // Undone in reverse order of start: the server stops taking requests, the worker stops, then the platform
  // connection and the embedded sandbox close, and the database last.
  const cleanups: (() => Promise<void> | void)[] = [() => void db.close()];
  // WAL checkpoints (and their fsync) on a thread of their own: never inside a sale, a scan or a sync claim.
  const checkpointer = startBackgroundCheckpointer(db);
  cleanups.push(() => checkpointer.stop());
  const stop = async () => {
    while (cleanups.length > 0) await cleanups.pop()?.();
  };
  try {
    const cipher = lazy(() => loadCoreCipher(options.dbFile));
    const connection = await PlatformConnection.open({ db, dbFile: options.dbFile, settings: readPlatformSettings(db, cipher), ...(options.platformClient ? { tuning: options.platformClient } : {}) });
    cleanups.push(() => connection.close());
    const events = new EventBus();
    const sync = new SyncService({ db, cipher, connection, events, ...(options.sync ? { tuning: options.sync } : {}), ...(options.syncClock ? { clock: options.syncClock } : {}) });
    sync.start();
    cleanups.push(() => sync.stop());
    const core = createCore({ db, version: APP_VERSION, events, sync, cipher });
    core.sessions.sweep();
    const app = createApp(core, { rendererDir: options.rendererDir, allowedHostNames: options.allowedHostNames });
    const server = await listen(app, options.host, options.port);
    cleanups.push(() => server.close());
    return { url: server.url, port: server.port, dbFile: options.dbFile, core, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
