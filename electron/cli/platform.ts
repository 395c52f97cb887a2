import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { openDatabase, type Db } from '../../db/open';
import { currentPlatform, platformIdentity } from '../../db/platform-identity';
import { goLivePlan, switchNeedsDecision } from '../boxoffice/go-live/plan';
import { GO_LIVE_OUTCOMES, type GoLiveOutcome } from '../boxoffice/go-live/switch-books';
import { DEFAULT_TUNING, forgetToken } from '../reporter/sync';
import { WorkerLease } from '../reporter/sync/lease';
import { SYSTEM_ACTOR } from '../server/auth/actor';
import { PlatformConnection } from '../server/platform/connection';
import { changePlatform, describeSwitch, GoLiveDecisionRequired } from '../server/platform/go-live';
import { keyFileFor, lazyCoreCipher } from '../server/platform/key';
import { checkPlatformSettings, PlatformSettingsError, platformSettingsSummary, readPlatformSettings, type PlatformSettings } from '../server/platform/settings';
import { testPlatform } from '../server/platform/test-connection';
import { helpFlag, parseFlags, requireFlag, UsageError, type Command } from './command';

export const platformCommand: Command = {
  name: 'platform',
  summary: 'set where records are reported: the national platform (URL, appId, secret) or the sandbox',
  usage: `Usage: boxoffice platform --db FILE --url URL --app-id ID --secret-file FILE [--go-live OUTCOME] [--test]
       boxoffice platform --db FILE --sandbox [--go-live OUTCOME] [--test]
       boxoffice platform --db FILE [--test]

Stores the reporting platform's settings in the database: its address (https://; http:// only to this
machine), the appId and the secret it gave the venue. The secret is read from a file (so it stays out of
the shell history) and stored encrypted with the database's key file (FILE.key, created if missing, mode
0600): keep that key with the database. --sandbox returns to the built-in sandbox. With neither, prints
the current settings. A running core applies new settings when it restarts (its settings screen applies
them at once).

Going live: codes and deliveries belong to the platform that issued or received them. Moving to another
platform (another URL, or back to the sandbox) when the data carries the current one's codes, deliveries
or sales needs --go-live, and is refused (exit 2, nothing changed) without it:
  discard-training    keep the setup; archive the orders, refunds, check-ins, prints and shifts (they stay
                      exportable), put their seats back on sale; register the setup with the new platform
  keep-sales          register the setup and send every order, refund and check-in to the new platform
New credentials for the same URL keep every code. The new platform's performance types are downloaded
at once: see "boxoffice types" for performances whose type it does not list.

  --db FILE           the box-office database
  --url URL           the platform's base address, e.g. https://platform.example.cn/api
  --app-id ID         the appId (at most 32 characters)
  --secret-file FILE  a file holding the secret (at most 100 characters; a final newline is ignored)
  --sandbox           report to the built-in sandbox again
  --go-live OUTCOME   discard-training or keep-sales (see above)
  --test              then test the connection: one token request, the performance type list, and what
                      going live on it would do`,
  async run(argv) {
    const { values } = parseFlags({
      args: argv,
      options: {
        db: { type: 'string' },
        url: { type: 'string' },
        'app-id': { type: 'string' },
        'secret-file': { type: 'string' },
        sandbox: { type: 'boolean' },
        'go-live': { type: 'string' },
        test: { type: 'boolean' },
        ...helpFlag,
      },
      strict: true,
      allowPositionals: false,
    });
    const file = resolve(requireFlag(values.db, '--db'));
    const real = values.url !== undefined || values['app-id'] !== undefined || values['secret-file'] !== undefined;
    if (real && values.sandbox) throw new UsageError('--sandbox cannot go with --url, --app-id or --secret-file');
    const outcome = goLiveFlag(values['go-live']);
    if (outcome !== null && !real && !values.sandbox) throw new UsageError('--go-live goes with the platform moved to: --url ... or --sandbox');
    let settings: PlatformSettings | null = null;
    if (values.sandbox) settings = { mode: 'sandbox' };
    if (real) {
      const secret = readFileSync(resolve(requireFlag(values['secret-file'], '--secret-file')), 'utf8').replace(/\r?\n$/, '');
      try {
        settings = { mode: 'platform', ...checkPlatformSettings({ url: requireFlag(values.url, '--url'), appId: requireFlag(values['app-id'], '--app-id'), secret }) };
      } catch (error) {
        if (error instanceof PlatformSettingsError) throw new UsageError(error.message);
        throw error;
      }
    }
    const { db } = openDatabase(file);
    try {
      const cipher = lazyCoreCipher(file, db);
      if (settings && outcome === null && values.test && decisionNeeded(db, settings)) {
        // testing a platform before going live on it: nothing is saved; the test says what going live would do
        const target = settings.mode === 'platform' ? { ...settings, sandbox: false } : null;
        if (!target) throw new UsageError('going back to the sandbox needs --go-live discard-training or keep-sales');
        const result = await testPlatform(target, { data: { db, cacheTypes: false } });
        for (const step of result.steps) console.log(`  ${step.ok ? 'ok  ' : 'FAIL'} ${step.step.padEnd(6)} ${step.message} (${step.durationMs} ms)`);
        console.log(result.message);
        console.log('Nothing was changed: run again with --go-live discard-training or --go-live keep-sales to go live.');
        return result.ok ? 0 : 1;
      }
      // a key that cannot read this database's data is refused before anything else is decided
      if (settings?.mode === 'platform') cipher();
      let switched = false;
      if (settings) {
        const result = switchPlatform(db, cipher, settings, outcome);
        forgetToken(db);
        switched = result.switched !== null;
        console.log(describeSwitch(result));
      }
      const summary = platformSettingsSummary(db);
      console.log(
        summary.mode === 'sandbox'
          ? 'platform: the built-in sandbox (nothing is reported to the national platform)'
          : `platform: ${summary.url ?? ''}  appId ${summary.appId ?? ''}  secret stored encrypted (key ${keyFileFor(file)})`,
      );
      // on connecting to another platform its type list is downloaded at once (a test does it too)
      if (!values.test && !switched) return 0;
      const connection = await PlatformConnection.open({ db, dbFile: file, settings: readPlatformSettings(db, cipher), cipher });
      try {
        const result = await testPlatform(connection.target, { client: connection.client, data: { db, cacheTypes: true } });
        if (!values.test) {
          if (!result.ok) console.warn(`note: the new platform's performance types could not be downloaded (${result.message}); run "boxoffice types --db ${file}" later`);
          else console.log(result.message);
          return 0;
        }
        for (const step of result.steps) console.log(`  ${step.ok ? 'ok  ' : 'FAIL'} ${step.step.padEnd(6)} ${step.message} (${step.durationMs} ms)`);
        console.log(result.message);
        return result.ok ? 0 : 1;
      } finally {
        await connection.close();
      }
    } finally {
      db.close();
    }
  },
};

function decisionNeeded(db: Db, settings: PlatformSettings): boolean {
  return currentPlatform(db) !== platformIdentity(settings) && switchNeedsDecision(goLivePlan(db, null));
}

function goLiveFlag(value: string | undefined): GoLiveOutcome | null {
  if (value === undefined) return null;
  const outcome = GO_LIVE_OUTCOMES.find((o) => o === value);
  if (!outcome) throw new UsageError(`--go-live must be discard-training or keep-sales, got "${value}"`);
  return outcome;
}

/** Moves the settings (and the books, for another platform) while no running core is sending this database's records. */
function switchPlatform(db: Db, cipher: ReturnType<typeof lazyCoreCipher>, settings: PlatformSettings, outcome: GoLiveOutcome | null) {
  const from = currentPlatform(db);
  const to = platformIdentity(settings);
  // a large database takes a few seconds: say what is happening (it is one transaction: all or nothing)
  if (from !== to && outcome !== null) console.log(`moving the books from ${from} to ${to} (${outcome}) in one transaction…`);
  const lease = new WorkerLease(db, DEFAULT_TUNING.lock.staleMs, Date.now);
  const taken = lease.acquire();
  if (!taken.ok) {
    throw new Error(`a running core (process ${taken.holder.pid} on ${taken.holder.host}) is sending this database's records: change the platform in its Manage → 平台, or stop it first`);
  }
  try {
    return changePlatform(db, cipher, { settings, outcome, actor: SYSTEM_ACTOR, via: 'cli', now: Date.now() });
  } catch (error) {
    if (error instanceof GoLiveDecisionRequired) throw new UsageError(error.message);
    throw error;
  } finally {
    lease.release();
  }
}
