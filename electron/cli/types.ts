import { resolve } from 'node:path';
import { openDatabase } from '../../db/open';
import { BoxOfficeError } from '../boxoffice/errors';
import { checkPerformanceTypes, retypePerformances } from '../boxoffice/go-live/performance-types';
import { SYSTEM_ACTOR } from '../server/auth/actor';
import { PlatformConnection } from '../server/platform/connection';
import { lazyCoreCipher } from '../server/platform/key';
import { readPlatformSettings } from '../server/platform/settings';
import { testPlatform } from '../server/platform/test-connection';
import { helpFlag, parseFlags, requireFlag, UsageError, type Command } from './command';

export const typesCommand: Command = {
  name: 'types',
  summary: "check local performances' types against the platform's list, and re-type them",
  usage: `Usage: boxoffice types --db FILE [--map OLD=NEW]... [--offline]

Downloads the current platform's performance type list (one call; --offline uses the list downloaded last)
and lists every local performance with its type and whether the platform lists it. A performance whose type
the platform does not list is held: none of its records is sent until it has one of the platform's types.

  --db FILE       the box-office database
  --map OLD=NEW   give every performance of type OLD the type NEW (one the platform lists); audited; repeatable
  --offline       do not ask the platform; use the cached list`,
  async run(argv) {
    const { values } = parseFlags({
      args: argv,
      options: { db: { type: 'string' }, map: { type: 'string', multiple: true }, offline: { type: 'boolean' }, ...helpFlag },
      strict: true,
      allowPositionals: false,
    });
    const file = resolve(requireFlag(values.db, '--db'));
    const maps = (values.map ?? []).map(parseMap);
    const { db } = openDatabase(file);
    try {
      const cipher = lazyCoreCipher(file, db);
      if (!values.offline) {
        const connection = await PlatformConnection.open({ db, dbFile: file, settings: readPlatformSettings(db, cipher), cipher });
        try {
          const result = await testPlatform(connection.target, { client: connection.client, data: { db, cacheTypes: true } });
          if (!result.ok) console.warn(`note: the type list could not be downloaded (${result.message}); using the list downloaded last`);
        } finally {
          await connection.close();
        }
      }
      const ctx = { db, clock: Date.now, actor: SYSTEM_ACTOR, get cipher() { return cipher(); } };
      for (const map of maps) {
        try {
          const { changed } = retypePerformances(ctx, map);
          console.log(`type ${map.from} → ${map.to}: ${changed.length} performance(s) re-typed`);
        } catch (error) {
          if (error instanceof BoxOfficeError) throw new UsageError(`--map ${map.from}=${map.to}: ${error.message}`);
          throw error;
        }
      }
      const check = checkPerformanceTypes(ctx);
      if (!check.listKnown) console.log("the platform's type list is not known yet: every type is accepted until it is downloaded");
      for (const p of check.performances) {
        console.log(`${p.listed ? 'ok          ' : 'NEEDS A TYPE'}  ${String(p.typeId).padEnd(6)} ${(p.typeName ?? '(not listed)').padEnd(12)} ${p.name}`);
      }
      const held = check.performances.filter((p) => !p.listed).length;
      if (held > 0) console.log(`${held} performance(s) need a type from the platform's list: boxoffice types --db ${file} --map OLD=NEW`);
      return 0;
    } finally {
      db.close();
    }
  },
};

function parseMap(value: string): { from: number; to: number } {
  const match = /^(\d{1,9})=(\d{1,9})$/.exec(value);
  if (!match) throw new UsageError(`--map must be OLD=NEW with two type ids, got "${value}"`);
  return { from: Number(match[1]), to: Number(match[2]) };
}
