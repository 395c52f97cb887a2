// A sync worker in its own process (the crash test kills it with SIGKILL). It loads, says {"ready"}, waits for
// "go" on stdin (so the test can start the next one while the current one drains), then drains the database
// file given in BO_SYNC to the sandbox at the given URL: {"started"} once running, {"done"} at the end.
import { createInterface } from 'node:readline';
import { openDatabase } from '../../../../db/open';
import { PlatformClient } from '../../../../electron/reporter/client/platform-client';
import { SyncWorker } from '../../../../electron/reporter/sync/worker';
import { persistedToken } from '../../../../electron/reporter/sync/token-store';
import { FAST_TUNING } from './world';

const print = (value: unknown) => process.stdout.write(`${JSON.stringify(value)}\n`);
print({ ready: process.pid });
const lines = createInterface({ input: process.stdin });
await new Promise<void>((resolve) => lines.once('line', () => resolve()));
lines.close();

const task = JSON.parse(process.env.BO_SYNC ?? '{}') as { file: string; url: string; appId: string; secret: string };
const { db } = openDatabase(task.file);
const client = new PlatformClient({
  baseUrl: task.url,
  appId: task.appId,
  secret: task.secret,
  connections: 8,
  timeouts: { connectMs: 1_000, headersMs: 2_000, bodyMs: 2_000, totalMs: 3_000 },
  // as the core does: a restart reuses the token the last run saved
  token: persistedToken(db, task.url, task.appId),
});
const worker = new SyncWorker({ db, client, tuning: FAST_TUNING });
worker.start();
print({ started: process.pid });
worker.syncNow();
print({ done: await worker.manualDone() });
await worker.stop();
await client.close();
db.close();
