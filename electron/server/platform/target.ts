import { dirname, join } from 'node:path';
import { startSandbox, SANDBOX_DEFAULTS, type RunningSandbox } from '../../sandbox';

/** Where reports go and with which credentials. */
export interface PlatformTarget {
  url: string;
  appId: string;
  secret: string;
  /** True while reports go to the built-in sandbox: every screen says so. */
  sandbox: boolean;
}

export interface EmbeddedSandbox {
  target: PlatformTarget;
  sandbox: RunningSandbox;
}

/**
 * The embedded default: until real platform credentials are entered, the core runs the sandbox
 * platform in-process on loopback, with its state in `sandbox.db` beside the box-office database.
 */
export async function startEmbeddedSandbox(dbFile: string): Promise<EmbeddedSandbox> {
  const dataFile = dbFile === ':memory:' ? ':memory:' : join(dirname(dbFile), 'sandbox.db');
  const sandbox = await startSandbox({ dataFile, host: '127.0.0.1', port: 0 });
  return {
    sandbox,
    target: { url: sandbox.url, appId: SANDBOX_DEFAULTS.appId, secret: SANDBOX_DEFAULTS.secret, sandbox: true },
  };
}
