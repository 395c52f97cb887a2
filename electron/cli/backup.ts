import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { helpFlag, parseFlags, requireFlag, type Command } from './command';
import { backupDatabase } from '../../db/backup';

export const backupCommand: Command = {
  name: 'backup',
  summary: 'copy a live database safely (SQLite online backup)',
  usage: `Usage: boxoffice backup --db FILE --out FILE

Copies the database while the box office keeps selling (SQLite online backup).
The personal-data key file is not inside the database: keep a copy of it too.

  --db FILE    the database to copy (required)
  --out FILE   where to write the copy (required; must not exist)`,
  async run(argv) {
    const { values } = parseFlags({ args: argv, options: { db: { type: 'string' }, out: { type: 'string' }, ...helpFlag }, strict: true, allowPositionals: false });
    const db = resolve(requireFlag(values.db, '--db'));
    const out = resolve(requireFlag(values.out, '--out'));
    if (!existsSync(db)) throw new Error(`no database at ${db}`);
    if (existsSync(out)) throw new Error(`${out} already exists; choose a new file name`);
    const result = await backupDatabase(db, out);
    console.log(`backed up ${db} → ${out} (${result.pages} pages, ${result.bytes} bytes, integrity ok)`);
    return 0;
  },
};
