import { openDatabase } from '../../db/open';
import { startBackgroundCheckpointer } from '../../db/checkpointer';
import { APP_VERSION } from '../version';
import { createApp } from './app';
import { createCore, type Core } from './core';
import { listen } from './listen';
import { startEmbeddedSandbox } from './platform/target';
import { createPersonalDataCipher } from '../boxoffice/personal-data/cipher';
import { loadOrCreateKeyFile } from '../boxoffice/personal-data/key-file';
import { BackupService } from './backups/backup-service';
import { SYSTEM_ACTOR } from './auth/actor';
import { dirname, join } from 'node:path';

export interface StartOptions {
  dbFile: string;
  host: string;
  port: number;
  allowedHostNames: readonly string[];
  rendererDir?: string;
  /**
   * The personal-data key: given by the desktop shell (from Electron safeStorage), or else read from
   * (or created in) a key file, by default beside the database as `<db>.key`.
   */
  dataKey?: Uint8Array;
  keyFile?: string;
}

export interface RunningCore {
  url: string;
  port: number;
  dbFile: string;
  core: Core;
  stop(): Promise<void>;
}

/** The composition root: opens the database, builds the services and serves them. */
export async function startCore(options: StartOptions): Promise<RunningCore> {
  const { db } = openDatabase(options.dbFile);
  // Undone in reverse order of start: the server stops taking requests before the database closes.
  const cleanups: (() => Promise<void> | void)[] = [() => void db.close()];
  const stop = async () => {
    while (cleanups.length > 0) await cleanups.pop()?.();
  };
  try {
    // WAL checkpoints run off the request path, so a scan at the gate never waits for one.
    const checkpointer = startBackgroundCheckpointer(db);
    cleanups.push(() => checkpointer.stop());
    const embedded = await startEmbeddedSandbox(options.dbFile);
    cleanups.push(() => embedded.sandbox.close());
    const keyFile = options.dataKey ? null : (options.keyFile ?? `${options.dbFile}.key`);
    const key = options.dataKey ?? loadOrCreateKeyFile(keyFile ?? '').key;
    const core = createCore({
      db,
      version: APP_VERSION,
      platform: embedded.target,
      cipher: createPersonalDataCipher(key),
      backups: (c) => new BackupService({ db, dbFile: options.dbFile, keyFile, dir: join(dirname(options.dbFile), 'backups'), clock: c.clock }),
    });
    core.backups.startSchedule(SYSTEM_ACTOR);
    cleanups.push(() => core.backups.stop());
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
