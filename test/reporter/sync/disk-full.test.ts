import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { storageTrouble } from '../../../db/storage-errors';
import { sell } from '../../../electron/boxoffice/sales/sell';
import { parseInput } from '../../../electron/boxoffice/parse-input';
import { sellInput } from '../../../electron/boxoffice/sales/schemas';
import { statusCounts, syncWorld } from './helpers/world';
import { evening } from './helpers/scenario';

const until = async (what: string, check: () => boolean, ms = 15_000): Promise<void> => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

/** Writes zeros into `file` until the file system says ENOSPC. */
function fillUp(file: string): void {
  const fd = openSync(file, 'w');
  const chunk = Buffer.alloc(256 * 1024);
  try {
    for (;;) writeSync(fd, chunk);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  } finally {
    closeSync(fd);
  }
}

const isRoot = process.getuid?.() === 0;

test('a full disk while records are in flight: nothing is marked dead or lost, and delivery resumes once space is freed', { skip: isRoot ? false : 'needs root to mount a small tmpfs (run as root to include this test)' }, async () => {
  const mount = mkdtempSync(join(tmpdir(), 'robust-full-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=24m,mode=0700', 'robust-full', mount]);
  try {
    // The answers take a while: the disk fills while the worker's requests are out.
    const w = await syncWorld({ dbDir: mount, sandbox: { faults: 'latency=600' } });
    try {
      const scene = evening(w.world, { orders: 4, refunds: 1, checkIns: 2 });
      w.db.pragma('wal_checkpoint(TRUNCATE)');
      const worker = w.worker({ tuning: { storageRetry: { initialMs: 50, maxMs: 200 } } });
      worker.start();
      await until('requests are in flight', () => (statusCounts(w.db).in_flight ?? 0) > 0);
      const filler = join(mount, 'filler');
      fillUp(filler);

      await until('the worker holds on the full disk', () => worker.status().state === 'paused');
      assert.match(worker.status().stateReason ?? '', /disk of the local database is full/);
      // A sale now is refused as a full disk (nothing acknowledged), and the process is still here.
      w.world.clock.now = scene.unseated.session.startsAt - 2 * 3_600_000;
      const sale = { sessionId: scene.unseated.session.id, unseated: [{ priceTierId: scene.unseated.tier['站票'] ?? '', quantity: 1 }], payment: { method: 'card' as const, reference: 'while-full' } };
      assert.throws(() => sell(w.world.clerk, parseInput(sellInput, sale)), (error: unknown) => storageTrouble(error) === 'full');
      assert.equal(statusCounts(w.db).dead ?? 0, 0, 'nothing was marked dead by the full disk');

      rmSync(filler);
      const left = () => (statusCounts(w.db).pending ?? 0) + (statusCounts(w.db).in_flight ?? 0);
      await until('everything is delivered after space returned', () => left() === 0);
      assert.equal(worker.status().state, 'online');
      assert.equal(statusCounts(w.db).dead, undefined, 'no dead letters');
      assert.ok((statusCounts(w.db).delivered ?? 0) > 0);
      await worker.stop();
    } finally {
      await w.close();
    }
  } finally {
    execFileSync('umount', [mount]);
    rmSync(mount, { recursive: true, force: true });
  }
});
