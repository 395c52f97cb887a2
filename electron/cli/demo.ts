import { resolve } from 'node:path';
import { helpFlag, parseFlags, type Command } from './command';
import { openDatabase } from '../../db/open';
import { countUsers } from '../../db/users';
import { createUser } from '../server/auth/users';
import { SYSTEM_ACTOR } from '../server/auth/actor';
import { defaultDatabaseFile } from './paths';

/** The demo accounts; PINs are printed, never stored in plain text. */
export const DEMO_USERS = [
  { username: 'manager', displayName: '王经理', role: 'manager', secret: '1111' },
  { username: 'clerk', displayName: '李售票', role: 'clerk', secret: '2222' },
  { username: 'gate', displayName: '张检票', role: 'gate', secret: '3333' },
] as const;

export const demoCommand: Command = {
  name: 'demo',
  summary: 'create a ready-to-try database with demo users',
  usage: `Usage: boxoffice demo [--db FILE]

Creates a database with a manager, a clerk and a gate user and prints their PINs.
Refuses a database that already has users.

  --db FILE   the database to create (default: ${defaultDatabaseFile()})`,
  async run(argv) {
    const { values } = parseFlags({ args: argv, options: { db: { type: 'string' }, ...helpFlag }, strict: true, allowPositionals: false });
    const file = resolve(values.db ?? defaultDatabaseFile());
    const { db } = openDatabase(file);
    try {
      if (countUsers(db) > 0) throw new Error(`${file} already has users; give a new --db file for the demo`);
      for (const user of DEMO_USERS) await createUser(db, user, SYSTEM_ACTOR);
      console.log(`demo database ready: ${file}`);
      console.log('log in with:');
      for (const user of DEMO_USERS) console.log(`  ${user.role.padEnd(8)} username ${user.username.padEnd(8)} PIN ${user.secret}`);
      return 0;
    } finally {
      db.close();
    }
  },
};
