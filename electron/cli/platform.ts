import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { appendAudit } from '../../db/audit';
import { openDatabase } from '../../db/open';
import { platformCodeCounts } from '../../db/platform-codes';
import { forgetToken } from '../reporter/sync';
import { PlatformConnection } from '../server/platform/connection';
import { keyFileFor, lazyCoreCipher } from '../server/platform/key';
import { checkPlatformSettings, PlatformSettingsError, platformSettingsSummary, readPlatformSettings, writePlatformSettings, type PlatformSettings } from '../server/platform/settings';
import { testPlatform } from '../server/platform/test-connection';
import { helpFlag, parseFlags, requireFlag, UsageError, type Command } from './command';

export const platformCommand: Command = {
  name: 'platform',
  summary: 'set where records are reported: the national platform (URL, appId, secret) or the sandbox',
  usage: `Usage: boxoffice platform --db FILE --url URL --app-id ID --secret-file FILE [--test]
       boxoffice platform --db FILE --sandbox [--test]
       boxoffice platform --db FILE [--test]

Stores the reporting platform's settings in the database: its address (https://; http:// only to this
machine), the appId and the secret it gave the venue. The secret is read from a file (so it stays out of
the shell history) and stored encrypted with the database's key file (FILE.key, created if missing, mode
0600): keep that key with the database. --sandbox returns to the built-in sandbox. With neither, prints
the current settings. A running core applies new settings when it restarts (its settings screen applies
them at once).

  --db FILE           the box-office database
  --url URL           the platform's base address, e.g. https://platform.example.cn/api
  --app-id ID         the appId (at most 32 characters)
  --secret-file FILE  a file holding the secret (at most 100 characters; a final newline is ignored)
  --sandbox           report to the built-in sandbox again
  --test              then test the connection: one token request and the performance type list`,
  async run(argv) {
    const { values } = parseFlags({
      args: argv,
      options: { db: { type: 'string' }, url: { type: 'string' }, 'app-id': { type: 'string' }, 'secret-file': { type: 'string' }, sandbox: { type: 'boolean' }, test: { type: 'boolean' }, ...helpFlag },
      strict: true,
      allowPositionals: false,
    });
    const file = resolve(requireFlag(values.db, '--db'));
    const real = values.url !== undefined || values['app-id'] !== undefined || values['secret-file'] !== undefined;
    if (real && values.sandbox) throw new UsageError('--sandbox cannot go with --url, --app-id or --secret-file');
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
      if (settings) {
        const before = platformSettingsSummary(db);
        writePlatformSettings(db, cipher, settings, Date.now());
        forgetToken(db);
        appendAudit(db, {
          action: 'platform.set',
          target: settings.mode === 'platform' ? settings.url : 'sandbox',
          outcome: 'ok',
          detail: settings.mode === 'platform' ? { mode: 'platform', url: settings.url, appId: settings.appId, via: 'cli' } : { mode: 'sandbox', via: 'cli' },
        });
        const codes = platformCodeCounts(db);
        const moved = before.mode !== settings.mode || (settings.mode === 'platform' && (before.url !== settings.url || before.appId !== settings.appId));
        if (moved && codes.venues + codes.halls + codes.sessions > 0) {
          console.warn(`note: ${codes.venues} venue(s), ${codes.halls} hall(s) and ${codes.sessions} session(s) keep the codes the previous platform gave; records already delivered there are not sent again`);
        }
      }
      const summary = platformSettingsSummary(db);
      console.log(
        summary.mode === 'sandbox'
          ? 'platform: the built-in sandbox (nothing is reported to the national platform)'
          : `platform: ${summary.url ?? ''}  appId ${summary.appId ?? ''}  secret stored encrypted (key ${keyFileFor(file)})`,
      );
      if (!values.test) return 0;
      const connection = await PlatformConnection.open({ db, dbFile: file, settings: readPlatformSettings(db, cipher), cipher });
      try {
        const result = await testPlatform(connection.target, { client: connection.client });
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
