import { openDatabase } from '../../db/open';
import { APP_VERSION } from '../version';
import { createApp } from './app';
import { createCore, type Core } from './core';
import { listen } from './listen';

export interface StartOptions {
  dbFile: string;
  host: string;
  port: number;
  allowedHostNames: readonly string[];
  rendererDir?: string;
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
  try {
    const core = createCore({ db, version: APP_VERSION, platform: null });
    core.sessions.sweep();
    const app = createApp(core, { rendererDir: options.rendererDir, allowedHostNames: options.allowedHostNames });
    const server = await listen(app, options.host, options.port);
    return {
      url: server.url,
      port: server.port,
      dbFile: options.dbFile,
      core,
      async stop() {
        await server.close();
        db.close();
      },
    };
  } catch (error) {
    db.close();
    throw error;
  }
}
