import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { join, resolve } from 'node:path';
import { UsageError, helpFlag, intFlag, parseFlags, type Command } from './command';
import { userDataFolder } from './paths';
import { FAULT_GRAMMAR, SANDBOX_DEFAULTS, parseFaultSpec, startSandbox, type Inspection, type SeedType } from '../sandbox';
import { inspect } from '../sandbox/inspect';
import { openSandboxDb } from '../sandbox/store';
import { getAccessTokenBody } from '../reporter/wire/auth';
import { checkWire, describeIssues } from '../reporter/wire/issues';

const defaultDataFile = (): string => join(userDataFolder(), 'sandbox.db');

const FLAGS = {
  port: { type: 'string' },
  host: { type: 'string' },
  data: { type: 'string' },
  'app-id': { type: 'string' },
  secret: { type: 'string' },
  faults: { type: 'string' },
  'token-ttl': { type: 'string' },
  'token-cap': { type: 'string' },
  'code-start': { type: 'string' },
  types: { type: 'string' },
  admin: { type: 'boolean' },
  inspect: { type: 'boolean' },
  json: { type: 'boolean' },
  ...helpFlag,
} as const;

export const sandboxCommand: Command = {
  name: 'sandbox',
  summary: 'run the sandbox reporting platform (a stand-in for the national one)',
  usage: `Usage: boxoffice sandbox [--port N] [--host ADDR] [--data FILE] [--app-id ID] [--secret S]
                         [--faults SPEC] [--token-ttl SECONDS] [--token-cap N] [--admin]
                         [--code-start N] [--types FILE]
       boxoffice sandbox --inspect [--data FILE] [--json]

Runs a complete stand-in for the national performance-ticketing platform (WH/T 93-2021 Annex A)
over plain HTTP until Ctrl+C (SIGINT) or SIGTERM. Nothing sent to it is reported anywhere.
Its state (venues, codes, orders, everything received) lives in its own SQLite file.

  --port N            port to listen on (default ${SANDBOX_DEFAULTS.port}; 0 picks a free one)
  --host ADDR         address to listen on (default ${SANDBOX_DEFAULTS.host})
  --data FILE         the sandbox's data file (default: ${defaultDataFile()})
  --app-id ID         the appId it accepts (default ${SANDBOX_DEFAULTS.appId})
  --secret S          the secret it accepts (default ${SANDBOX_DEFAULTS.secret})
  --faults SPEC       faults to inject from the start (grammar below); change them while it runs
                      with PUT/PATCH/DELETE /__sandbox/faults
  --token-ttl SECONDS token lifetime, expiresIn (default 3600)
  --token-cap N       token requests allowed per 24 hours, 5100 beyond (default: no cap)
  --admin             allow the /__sandbox/ endpoints although --host is not loopback
  --code-start N      a new data file's codes count from N (1 to 50) instead of 1: another platform, whose codes
                      never equal this one's (it refuses, as the real one would, codes it did not issue)
  --types FILE        a new data file's performance type list, JSON:
                      [{"typeId": 30, "typeName": "音乐", "children": [[3001, "交响乐"]]}]
  --inspect           print what the data file received (per interface, duplicates, rejections,
                      token requests) and exit; --json for the full JSON

Admin endpoints (loopback only unless --admin): GET /__sandbox/ (page), GET /__sandbox/inspect,
GET|PUT|PATCH|DELETE /__sandbox/faults, POST /__sandbox/expire-tokens.

${FAULT_GRAMMAR}`,
  async run(argv) {
    const { values } = parseFlags({ args: argv, options: FLAGS, strict: true, allowPositionals: false });
    const dataFile = resolve(values.data ?? defaultDataFile());
    if (values.inspect) return printInspection(dataFile, values.json === true);
    if (values.json) throw new UsageError('--json goes with --inspect');
    const credentials = checkWire(getAccessTokenBody, { appId: values['app-id'] ?? SANDBOX_DEFAULTS.appId, secret: values.secret ?? SANDBOX_DEFAULTS.secret });
    // Credentials no client could send (appId is String 32, secret String 100) would make a useless platform.
    if (!credentials.ok) throw new UsageError(describeIssues(credentials.issues).replace('appId', '--app-id').replace('secret', '--secret'));
    if (values.faults !== undefined) {
      try {
        parseFaultSpec(values.faults);
      } catch (error) {
        throw new UsageError(`--faults: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    const codeStart = intFlag(values['code-start'], '--code-start', 1, 50);
    const types = values.types === undefined ? undefined : readTypeList(resolve(values.types));
    const sandbox = await startSandbox({
      dataFile,
      ...(codeStart !== undefined || types !== undefined ? { seed: { ...(codeStart === undefined ? {} : { codeStart }), ...(types === undefined ? {} : { types }) } } : {}),
      port: intFlag(values.port, '--port', 0, 65_535) ?? SANDBOX_DEFAULTS.port,
      host: values.host ?? SANDBOX_DEFAULTS.host,
      appId: values['app-id'] ?? SANDBOX_DEFAULTS.appId,
      secret: values.secret ?? SANDBOX_DEFAULTS.secret,
      tokenTtlSeconds: intFlag(values['token-ttl'], '--token-ttl', 1, 7 * 24 * 3600) ?? 3600,
      tokenDailyCap: intFlag(values['token-cap'], '--token-cap', 1, 1_000_000) ?? null,
      admin: values.admin === true,
      ...(values.faults === undefined ? {} : { faults: values.faults }),
    });
    console.log(`sandbox platform (沙箱票务平台) listening on ${sandbox.url}`);
    console.log(`  appId        ${sandbox.appId}`);
    console.log(`  secret       ${sandbox.secret}`);
    console.log(`  data         ${dataFile}`);
    console.log(`  token ttl    ${sandbox.tokenTtlSeconds} s`);
    console.log(`  faults       ${sandbox.faults.describe()}`);
    console.log(`  inspection   ${sandbox.adminEnabled ? `${sandbox.url}/__sandbox/` : 'off (not loopback; --admin turns it on)'}`);
    console.log('Not the national platform: nothing sent here is reported anywhere. Ctrl+C stops it.');
    await new Promise<void>((done) => {
      const stop = (): void => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        done();
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    await sandbox.close();
    console.log('sandbox platform stopped');
    return 0;
  },
};

function printInspection(dataFile: string, json: boolean): Promise<number> {
  if (!existsSync(dataFile)) throw new Error(`no sandbox data file at ${dataFile}`);
  const db = openSandboxDb(dataFile, { readonly: true });
  try {
    const seen = inspect(db, json ? 100 : 20);
    console.log(json ? JSON.stringify(seen, null, 2) : formatInspection(seen, dataFile));
    return Promise.resolve(0);
  } finally {
    db.close();
  }
}

function formatInspection(seen: Inspection, dataFile: string): string {
  const t = seen.tokenRequests;
  const lines = [
    `sandbox data ${dataFile} (at ${seen.generatedAt}, UTC+8)`,
    `token requests: ${t.total} (${t.issued} issued, ${t.issuedLast24h} in the last 24 h; ${t.refused} refused; ${t.faulted} hit by faults)`,
    '',
    `${'interface'.padEnd(22)}${['calls', 'accepted', 'dup', 'rejected', 'faults', 'items'].map((h) => h.padStart(9)).join('')}`,
  ];
  for (const [name, c] of Object.entries(seen.interfaces)) {
    lines.push(`${name.padEnd(22)}${[c.calls, c.accepted, c.duplicates, c.rejected, c.faulted, c.items].map((n) => String(n).padStart(9)).join('')}`);
  }
  const totals = seen.totals;
  lines.push(`${'total'.padEnd(22)}${[totals.calls, totals.accepted, totals.duplicates, totals.rejected, totals.faulted].map((n) => String(n).padStart(9)).join('')}`);
  const faults = Object.entries(seen.faults).map(([k, n]) => `${k}×${n}`).join(', ');
  lines.push('', `faults injected: ${faults || 'none'}`);
  lines.push(`state: ${Object.entries(seen.state).map(([k, n]) => `${k} ${n}`).join(', ')}`);
  if (seen.rejections.latest.length) {
    lines.push('', `rejections (${seen.rejections.total}, latest first):`);
    for (const r of seen.rejections.latest) lines.push(`  ${r.at}  ${r.interface}  ${r.code}  ${r.msg}`);
  }
  return lines.join('\n');
}

const typeListFile = z
  .array(z.object({ typeId: z.number().int().min(1), typeName: z.string().min(1).max(20), children: z.array(z.tuple([z.number().int().min(1), z.string().min(1).max(20)])) }))
  .min(1);

function readTypeList(file: string): SeedType[] {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`--types: ${file} is not readable JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const parsed = typeListFile.safeParse(json);
  if (!parsed.success) throw new UsageError(`--types: ${parsed.error.issues[0]?.path.join('.') ?? ''} ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  return parsed.data;
}
