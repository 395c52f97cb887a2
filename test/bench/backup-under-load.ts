import { monitorEventLoopDelay } from 'node:perf_hooks';
import { rmSync } from 'node:fs';
import { backupDatabase } from '../../db/backup';
import { openDatabase } from '../../db/open';
import { startBackgroundCheckpointer } from '../../db/checkpointer';

/** What the serving thread went through while `work` ran: its commits and its event loop's delays. */
export interface UnderLoad {
  seconds: number;
  commits: number;
  loopDelayP99Ms: number;
  loopDelayMaxMs: number;
}

/** Commits a scan-sized row every 0.25 ms (4,000 a second) on the core's own kind of connection while `work` runs. */
async function serving(file: string, work: () => Promise<unknown>): Promise<UnderLoad> {
  const { db } = openDatabase(file, { migrate: false });
  const checkpointer = startBackgroundCheckpointer(db);
  try {
    db.exec('CREATE TABLE IF NOT EXISTS bench_scans (id INTEGER PRIMARY KEY, v TEXT NOT NULL)');
    const insert = db.prepare('INSERT INTO bench_scans (v) VALUES (?)');
    const delay = monitorEventLoopDelay({ resolution: 1 });
    let done = false;
    let commits = 0;
    let next = performance.now();
    const commitDue = () => {
      if (done) return;
      for (const now = performance.now(); next < now; next += 0.25, commits++) insert.run('x'.repeat(200));
      setImmediate(commitDue);
    };
    delay.enable();
    const started = performance.now();
    setImmediate(commitDue);
    await work().finally(() => {
      done = true;
    });
    delay.disable();
    return { seconds: (performance.now() - started) / 1000, commits, loopDelayP99Ms: delay.percentile(99) / 1e6, loopDelayMaxMs: delay.max / 1e6 };
  } finally {
    db.exec('DROP TABLE IF EXISTS bench_scans');
    await checkpointer.stop();
    db.close();
  }
}

/**
 * The daily backup taken during an evening of scans (a core started after the day's backup time takes it at once):
 * the copy and its check on threads of their own, beside the same serving load for as long with no backup.
 */
export async function backupUnderLoad(file: string, copy: string): Promise<{ backup: UnderLoad; alone: UnderLoad }> {
  try {
    const backup = await serving(file, () => backupDatabase(file, copy));
    const alone = await serving(file, () => new Promise((resolve) => setTimeout(resolve, backup.seconds * 1000)));
    return { backup, alone };
  } finally {
    rmSync(copy, { force: true });
  }
}
