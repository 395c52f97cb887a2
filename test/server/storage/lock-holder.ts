// A second SQLite client on the core's database (a backup tool, a DB browser, a second core started by mistake):
// it takes the write lock with BEGIN IMMEDIATE, says "locked", and holds it until its stdin closes.
import Database from 'better-sqlite3';

const file = process.argv[2];
if (!file) throw new Error('usage: lock-holder.ts DBFILE');
const db = new Database(file, { fileMustExist: true });
db.pragma('busy_timeout = 10000');
db.exec('BEGIN IMMEDIATE');
process.stdout.write('locked\n');
process.stdin.resume();
process.stdin.on('end', () => {
  db.exec('ROLLBACK');
  db.close();
  process.stdout.write('released\n');
  process.exit(0);
});
