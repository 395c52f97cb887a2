import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { startDemoCore, type TestCore } from '../../helpers/core-server';
import { syncStatusWhen } from '../../helpers/sync-status';
import { FAST_TUNING } from '../../reporter/sync/helpers/world';
import { seatSeller } from './sell-helper';

const HOLDER = fileURLToPath(new URL('./lock-holder.ts', import.meta.url));

/** Another process holding the database's write lock until `release()`. */
async function holdWriteLock(dbFile: string): Promise<{ release: () => Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', HOLDER, dbFile], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout });
  const next = async (expected: string) => {
    const [line] = (await once(lines, 'line')) as [string];
    assert.equal(line, expected);
  };
  await next('locked');
  return {
    release: async () => {
      child.stdin.end();
      await next('released');
      await once(child, 'exit');
    },
  };
}

const orders = (core: TestCore) => core.core.db.prepare('SELECT count(*) FROM orders').pluck().get() as number;

test('another process holding BEGIN IMMEDIATE: the core stays up, reads answer, writes get 503 DATABASE_BUSY, everything resumes after', async () => {
  const core = await startDemoCore({ core: { sync: FAST_TUNING } });
  try {
    const { clerk, manager } = core.cookies;
    const seller = await seatSeller(core, clerk);
    assert.equal((await seller.sellNext()).status, 200);
    await syncStatusWhen(core, 'the demo is delivered', (s) => s.totals.pending === 0 && s.state === 'online');
    const ordersBefore = orders(core);

    const lock = await holdWriteLock(core.dbFile);
    let writeAnswered = false;
    const write = seller.sellNext().then((answer) => {
      writeAnswered = true;
      return answer;
    });
    const now = Date.now();
    const read = await core.call('sessions.list', { from: now - 86_400_000, to: now + 30 * 86_400_000 }, clerk);
    assert.equal(read.status, 200, 'reads keep working under the lock');
    assert.equal(writeAnswered, false, 'the read was answered while the write was still waiting for the lock (the event loop was free)');
    const refused = await write;
    assert.equal(refused.status, 503);
    assert.equal((refused.json as { code: string }).code, 'DATABASE_BUSY');
    assert.equal(orders(core), ordersBefore, 'nothing of the refused sale was saved');
    // The sync worker's lease heartbeat meets the lock: it holds, it does not end the process.
    const held = await syncStatusWhen(core, 'the sync worker holds on the busy database', (s) => s.state === 'paused');
    assert.match(held.stateReason ?? '', /another program holds the local database/);
    assert.equal((await fetch(`${core.url}/api/health`)).status, 200);
    const storage = (await core.call('system.storage', {}, manager)).json as { busySince: number | null };
    assert.notEqual(storage.busySince, null, "the manager's banner knows of the lock");

    await lock.release();
    const sold = await seller.sellNext();
    assert.equal(sold.status, 200, JSON.stringify(sold.json));
    const after = await syncStatusWhen(core, 'the worker resumed and delivered the new sale', (s) => s.state === 'online' && s.totals.pending === 0);
    assert.equal(after.totals.dead, 0, 'no record was marked dead by the lock');
    assert.equal(orders(core), ordersBefore + 1);
  } finally {
    await core.close();
  }
});
