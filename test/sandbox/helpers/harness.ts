// A real sandbox on 127.0.0.1 (free port) over a real SQLite file in a temp dir, and a real
// client talking to it over HTTP. Every timeout is short so a failing test fails fast.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PlatformClient, type PlatformClientOptions } from '../../../electron/reporter/client/platform-client';
import type { Outcome } from '../../../electron/reporter/client/outcome';
import { startSandbox, type RunningSandbox, type SandboxOptions } from '../../../electron/sandbox';

export const FAST_TIMEOUTS = { connectMs: 1_000, headersMs: 1_500, bodyMs: 1_500, totalMs: 3_000 };

export interface Harness {
  sandbox: RunningSandbox;
  client: PlatformClient;
  dir: string;
  dataFile: string;
  /** Another client on the same sandbox. */
  newClient(options?: Partial<PlatformClientOptions>): PlatformClient;
  close(): Promise<void>;
}

/** Starts a sandbox (own temp folder unless `dataFile` is given) and a client for it. */
export async function startHarness(
  options: Partial<SandboxOptions> = {},
  clientOptions: Partial<PlatformClientOptions> = {},
): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'bo-sandbox-'));
  const dataFile = options.dataFile ?? join(dir, 'sandbox.db');
  const sandbox = await startSandbox({ ...options, dataFile });
  const clients: PlatformClient[] = [];
  const newClient = (extra: Partial<PlatformClientOptions> = {}): PlatformClient => {
    const client = new PlatformClient({
      baseUrl: sandbox.url,
      appId: sandbox.appId,
      secret: sandbox.secret,
      timeouts: FAST_TIMEOUTS,
      ...clientOptions,
      ...extra,
    });
    clients.push(client);
    return client;
  };
  const client = newClient();
  return {
    sandbox,
    client,
    dir,
    dataFile,
    newClient,
    async close() {
      // destroy, not close: a hung exchange must not hold the test open.
      await Promise.all(clients.map((c) => c.destroy()));
      await sandbox.close();
      if (!options.dataFile) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The data of a success, or a failed assertion showing the whole outcome. */
export function expectSuccess<T>(outcome: Outcome<T>): T {
  if (outcome.kind !== 'success') throw new Error(`expected success, got ${JSON.stringify(outcome)}`);
  return outcome.data;
}

/** The platform code and message of a refusal, or a failed assertion. */
export function expectRefusal(outcome: Outcome<unknown>): { code: string; msg: string } {
  if (outcome.kind !== 'permanent' && outcome.kind !== 'credentials_refused' && outcome.kind !== 'token_expired') {
    throw new Error(`expected a platform refusal, got ${JSON.stringify(outcome)}`);
  }
  return { code: outcome.code, msg: outcome.msg };
}
