import { closeSync, existsSync, openSync, readFileSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import { helpFlag, parseFlags, requireFlag, UsageError, type Command } from './command';
import { createPrivately } from '../../db/open';
import { restoreDatabase } from '../../db/restore';
import { keyFileFor } from '../server/platform/key';
import { keyOfBackup, keyFitsBackup, readWrappedKeyFile } from '../server/backups/backup-key';
import { loadOrCreateKeyFile } from '../boxoffice/personal-data/key-file';

/** Writes a new key file, owner-only, refusing to overwrite one. */
function writeKeyFile(path: string, key: Buffer): void {
  const fd = openSync(path, 'wx', 0o600);
  try {
    writeSync(fd, key);
  } finally {
    closeSync(fd);
  }
}

export const restoreCommand: Command = {
  name: 'restore',
  summary: 'restore a backup into a new database file (on a new machine too, with the backup passphrase)',
  usage: `Usage: boxoffice restore --backup FILE --db FILE [--key FILE] [--passphrase-file FILE]

Restores a backup (from the backups folder or "boxoffice backup") into a database file that does not exist
yet; start "boxoffice serve --db FILE" on it afterwards. To restore over a live box office, use Manage →
Backups in the app instead.

A backup never holds the personal-data key in clear. When the manager set a backup passphrase, the key
is beside the backup (FILE.key.json), wrapped with it: give the passphrase in a file (first line) and the
key file is written for the new database. Without one, the key file (or the desktop app's keychain) of
the box office that made the backup is needed.

  --backup FILE           the backup to restore (required)
  --db FILE               the new database file (required; must not exist)
  --key FILE              the key file to use or write (default: the database's path + .key)
  --passphrase-file FILE  a file whose first line is the backup passphrase`,
  async run(argv) {
    const { values } = parseFlags({
      args: argv,
      options: { backup: { type: 'string' }, db: { type: 'string' }, key: { type: 'string' }, 'passphrase-file': { type: 'string' }, ...helpFlag },
      strict: true,
      allowPositionals: false,
    });
    const backup = resolve(requireFlag(values.backup, '--backup'));
    const db = resolve(requireFlag(values.db, '--db'));
    const keyFile = resolve(values.key ?? keyFileFor(db));
    if (!existsSync(backup)) throw new UsageError(`no backup at ${backup}`);
    if (existsSync(db)) throw new UsageError(`${db} already exists; restore into a new file (move the old one away first)`);
    const passphraseFile = values['passphrase-file'];
    let newKey: Buffer | null = null;
    if (passphraseFile !== undefined) {
      if (!readWrappedKeyFile(backup)) throw new UsageError('this backup carries no wrapped key: restore it with the key file of the box office that made it (--key)');
      const passphrase = (readFileSync(resolve(passphraseFile), 'utf8').split(/\r?\n/)[0] ?? '').trim();
      newKey = keyOfBackup(backup, passphrase);
      if (existsSync(keyFile)) throw new UsageError(`${keyFile} already exists; give --key a new file for the restored key`);
    } else {
      if (!existsSync(keyFile)) {
        throw new UsageError(readWrappedKeyFile(backup) ? 'this backup’s key is wrapped with the backup passphrase: give it with --passphrase-file' : `no key file at ${keyFile}: give the key file of the box office that made the backup (--key)`);
      }
      if (!keyFitsBackup(backup, loadOrCreateKeyFile(keyFile).key)) throw new Error(`the key file ${keyFile} is not the key of this backup's data; nothing was restored`);
    }
    createPrivately(db);
    await restoreDatabase(backup, db);
    if (newKey) writeKeyFile(keyFile, newKey);
    console.log(`restored ${backup} → ${db}${newKey ? ` (key written to ${keyFile}, mode 0600)` : ''}`);
    return 0;
  },
};
