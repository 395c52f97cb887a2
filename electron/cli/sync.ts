import { resolve } from 'node:path';
import { openDatabase } from '../../db/open';
import { startBackgroundCheckpointer } from '../../db/checkpointer';
import { drainOnce, SyncWorker } from '../reporter/sync';
import { PlatformConnection } from '../server/platform/connection';
import { lazyCoreCipher } from '../server/platform/key';
import { readPlatformSettings } from '../server/platform/settings';
import { helpFlag, intFlag, parseFlags, requireFlag, UsageError, type Command } from './command';

export const syncCommand: Command = {
  name: 'sync',
  summary: 'send what the outbox holds to the reporting platform once, and sum it up',
  usage: `Usage: boxoffice sync --db FILE --once [--timeout SECONDS]

Drains the database's outbox to the configured platform (see "boxoffice platform"; the built-in sandbox
beside the database until one is set): every record that can be delivered now is, in an order the
platform accepts, retrying passing failures. Prints one line of JSON: the outcome, the records delivered
per kind, what is still pending (of which "held" wait on dead letters), the dead letters, the time taken.

Exit 0 when nothing is left but dead letters (and what waits on them), reported in the line; 1 when records
could not be delivered (the platform unreachable until the timeout, the credentials refused, another process
already sending this database's records). A running core does this itself: use its "sync now".

  --db FILE           the box-office database
  --once              drain once and exit (required)
  --timeout SECONDS   give up after this long (default 600)`,
  async run(argv) {
    const { values } = parseFlags({ args: argv, options: { db: { type: 'string' }, once: { type: 'boolean' }, timeout: { type: 'string' }, ...helpFlag }, strict: true, allowPositionals: false });
    const file = resolve(requireFlag(values.db, '--db'));
    if (!values.once) throw new UsageError('--once is required (the core runs the worker continuously)');
    const timeoutMs = (intFlag(values.timeout, '--timeout', 1, 86_400) ?? 600) * 1000;
    const { db } = openDatabase(file);
    const checkpointer = startBackgroundCheckpointer(db);
    const cipher = lazyCoreCipher(file, db);
    const connection = await PlatformConnection.open({ db, dbFile: file, settings: readPlatformSettings(db, cipher), cipher });
    const worker = new SyncWorker({ db, client: connection.client });
    try {
      worker.start();
      const leased = worker.status();
      if (leased.state === 'leased') {
        console.log(JSON.stringify({ outcome: 'leased', reason: leased.stateReason }));
        return 1;
      }
      const { summary, succeeded } = await drainOnce(worker, db, { timeoutMs, now: Date.now });
      console.log(JSON.stringify({ ...summary, platform: connection.target.sandbox ? 'sandbox' : connection.target.url }));
      return succeeded ? 0 : 1;
    } finally {
      await worker.stop(2_000);
      await connection.close();
      await checkpointer.stop();
      db.close();
    }
  },
};
