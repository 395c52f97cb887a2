import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { openDatabase } from '../../db/open';
import { listPlatformSwitches } from '../../db/platform-switch';
import { listTrainingArchive } from '../../db/training-archive';
import { helpFlag, parseFlags, requireFlag, type Command } from './command';

export const trainingArchiveCommand: Command = {
  name: 'training-archive',
  summary: 'export the training transactions that going live (discard-training) took out of the books',
  usage: `Usage: boxoffice training-archive --db FILE --out FILE

Writes every platform switch and the training archive (orders, refunds, check-ins, prints, shifts, buyers) as
one JSON file (mode 0600). Personal data stays encrypted as it was stored (hex): the archive never holds it in
clear.

  --db FILE    the box-office database
  --out FILE   the JSON file to write (must not exist)`,
  run(argv) {
    const { values } = parseFlags({ args: argv, options: { db: { type: 'string' }, out: { type: 'string' }, ...helpFlag }, strict: true, allowPositionals: false });
    const file = resolve(requireFlag(values.db, '--db'));
    const out = resolve(requireFlag(values.out, '--out'));
    if (!existsSync(file)) throw new Error(`no database at ${file}`);
    if (existsSync(out)) throw new Error(`${out} already exists; choose a new file name`);
    const { db } = openDatabase(file);
    try {
      const switches = listPlatformSwitches(db).map((s) => ({ ...s, summary: JSON.parse(s.summary) as unknown }));
      const rows = listTrainingArchive(db);
      writeFileSync(out, JSON.stringify({ switches, training: rows }, null, 1), { mode: 0o600, flag: 'wx' });
      console.log(`exported ${switches.length} switch(es) and ${rows.length} archived training row(s) → ${out}`);
      return Promise.resolve(0);
    } finally {
      db.close();
    }
  },
};
