import { resolve } from 'node:path';
import { helpFlag, intFlag, parseFlags, type Command } from './command';
import { openDatabase } from '../../db/open';
import { countUsers } from '../../db/users';
import { outboxCounts } from '../../db/outbox/queue';
import { createUser } from '../server/auth/users';
import { SYSTEM_ACTOR } from '../server/auth/actor';
import { defaultDatabaseFile } from './paths';
import { loadOrCreateKeyFile } from '../boxoffice/personal-data/key-file';
import { createPersonalDataCipher } from '../boxoffice/personal-data/cipher';
import { buildDemo } from '../boxoffice/demo/build-demo';
import type { DomainContext } from '../boxoffice/context';
import type { UserSummary } from '../server/contract/auth';

/** The demo accounts; PINs are printed, never stored in plain text. */
export const DEMO_USERS = [
  { username: 'manager', displayName: '王经理', role: 'manager', secret: '1111' },
  { username: 'clerk', displayName: '李售票', role: 'clerk', secret: '2222' },
  { username: 'gate', displayName: '张检票', role: 'gate', secret: '3333' },
] as const;

export const demoCommand: Command = {
  name: 'demo',
  summary: 'create a ready-to-try database: users, a venue, performances, sales, refunds, check-ins',
  usage: `Usage: boxoffice demo [--db FILE] [--orders N] [--refunds N] [--checkins N]

Creates a database with a manager, a clerk and a gate user (their PINs are printed), and a realistic
evening built through the box-office services: 星河大剧院 with a seated 歌剧厅 (1,612 seats) and an
unseated 多功能厅 (800 places), a real-name drama with three sessions (the first starts in 40 minutes)
and four price tiers, a folk festival with two sessions, then sales, refunds and gate check-ins.
The outbox holds the resulting platform records. Refuses a database that already has users.

The personal-data key is created beside the database as FILE.key (mode 0600): keep it with the
database (and its backups), or the names and ID numbers in it cannot be read.

  --db FILE       the database to create (default: ${defaultDatabaseFile()})
  --orders N      orders to sell (default 200)
  --refunds N     orders to refund, wholly or partly (default 20)
  --checkins N    tickets admitted at tonight's gate (default 100)`,
  async run(argv) {
    const { values } = parseFlags({
      args: argv,
      options: { db: { type: 'string' }, orders: { type: 'string' }, refunds: { type: 'string' }, checkins: { type: 'string' }, ...helpFlag },
      strict: true,
      allowPositionals: false,
    });
    const orders = intFlag(values.orders, '--orders', 0, 100_000) ?? 200;
    const refunds = intFlag(values.refunds, '--refunds', 0, 100_000) ?? 20;
    const checkins = intFlag(values.checkins, '--checkins', 0, 1_000_000) ?? 100;
    const file = resolve(values.db ?? defaultDatabaseFile());
    const { db } = openDatabase(file);
    try {
      if (countUsers(db) > 0) throw new Error(`${file} already has users; give a new --db file for the demo`);
      const users: UserSummary[] = [];
      for (const user of DEMO_USERS) users.push(await createUser(db, user, SYSTEM_ACTOR));
      const keyFile = `${file}.key`;
      const { key, created } = loadOrCreateKeyFile(keyFile);
      const cipher = createPersonalDataCipher(key);
      const as = (role: 'manager' | 'clerk' | 'gate'): DomainContext => {
        const user = users.find((u) => u.role === role);
        return { db, cipher, clock: Date.now, actor: { userId: user?.id ?? null, username: user?.username ?? null, role, address: null } };
      };
      const started = Date.now();
      const summary = buildDemo({ manager: as('manager'), clerk: as('clerk'), gate: as('gate') }, { orders, refunds, checkins });
      console.log(`demo database ready: ${file} (built in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
      console.log(`personal-data key: ${keyFile}${created ? ' (new)' : ''}; keep it with the database`);
      console.log(`venue 星河大剧院: 歌剧厅 ${summary.seatedHall.seats} seats, 多功能厅 ${summary.unseatedHall.capacity} places, ${summary.sessions} sessions`);
      console.log(`sold ${summary.orders} orders (${summary.tickets} tickets), refunded ${summary.refunds}, admitted ${summary.checkins} at the gate, refused ${summary.refusedScans} scans`);
      console.log('outbox (pending records for the platform):');
      for (const row of outboxCounts(db)) console.log(`  ${row.kind.padEnd(19)} ${row.pending}`);
      console.log('log in with:');
      for (const user of DEMO_USERS) console.log(`  ${user.role.padEnd(8)} username ${user.username.padEnd(8)} PIN ${user.secret}`);
      return 0;
    } finally {
      db.close();
    }
  },
};
