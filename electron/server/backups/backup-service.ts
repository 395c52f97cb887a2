import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Db } from '../../../db/open';
import { backupDatabase, PARTIAL_SUFFIX } from '../../../db/backup';
import { restoreDatabase } from '../../../db/restore';
import { migrate } from '../../../db/migrate';
import { appendAudit } from '../../../db/audit';
import type { Actor } from '../auth/actor';
import { BoxOfficeError } from '../../boxoffice/errors';
import { readBackupSettings } from './settings';
import { chinaWallClock } from '../../china-time';
import { keyFitsBackup, readWrappedKey, setBackupPassphrase, wrappedKeyFileOf, writeWrappedKeyFile } from './backup-key';

export interface BackupEntry {
  name: string;
  at: number;
  bytes: number;
  /** The personal-data key is beside it, wrapped with the manager's backup passphrase (never in clear). */
  withKey: boolean;
  kind: 'manual' | 'daily' | 'before-restore';
}

const NAME = /^boxoffice-(\d{8})-(\d{6})(?:-\d+)?-(manual|daily|before-restore)\.db$/;

/** "20261128-223012", China time: backups sort by name in the order they were taken. */
const stamp = (at: number) => chinaWallClock(at).toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');

export interface BackupServiceOptions {
  db: Db;
  dbFile: string;
  /** The headless key file; null under the desktop shell (the key lives in the OS keychain). Only compared with the key copies of backups from older versions. */
  keyFile: string | null;
  /** The live personal-data key: wrapped beside each backup when the manager set a passphrase; a restore must fit it. */
  dataKey?: Buffer;
  dir: string;
  clock: () => number;
  /** Called around a restore: the sync worker pauses, then resumes on the restored data. */
  onRestore?: { before: () => Promise<void> | void; after: () => Promise<void> | void };
}

/** Backups of the live database: on demand, daily, listed with sizes, and restored with a safety copy first. */
export class BackupService {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<BackupEntry> | null = null;
  /** The core stopped: a copy still under way finishes on its thread, but nothing is written to the closed database. */
  private stopped = false;

  constructor(private readonly options: BackupServiceOptions) {}

  get dir(): string {
    return this.options.dir;
  }

  list(): BackupEntry[] {
    if (!existsSync(this.options.dir)) return [];
    return readdirSync(this.options.dir)
      .map((name) => ({ name, match: NAME.exec(name) }))
      .filter((entry): entry is { name: string; match: RegExpExecArray } => entry.match !== null)
      .map(({ name, match }) => {
        const file = join(this.options.dir, name);
        return {
          name,
          at: statSync(file).mtimeMs,
          bytes: statSync(file).size,
          withKey: existsSync(wrappedKeyFileOf(file)),
          kind: match[3] as BackupEntry['kind'],
        };
      })
      .sort((a, b) => b.name.localeCompare(a.name));
  }

  /** Whether backups carry the key wrapped with a passphrase. */
  get passphraseSet(): boolean {
    return readWrappedKey(this.options.db) !== null;
  }

  /** Sets the passphrase the key is wrapped with beside each backup from now on, or (null) stops carrying the key. */
  setPassphrase(passphrase: string | null, actor: Actor): void {
    const key = this.options.dataKey;
    if (!key) throw new BoxOfficeError('CONFLICT', 'This core does not hold its personal-data key itself; backups cannot carry it.');
    setBackupPassphrase(this.options.db, key, passphrase);
    appendAudit(this.options.db, { userId: actor.userId, username: actor.username, action: 'backup.passphrase', outcome: 'ok', detail: { set: passphrase !== null }, address: actor.address });
  }

  /** One backup at a time: a second request while one runs gets the same one. */
  run(kind: BackupEntry['kind'], actor: Actor): Promise<BackupEntry> {
    this.running ??= this.take(kind, actor).finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async take(kind: BackupEntry['kind'], actor: Actor): Promise<BackupEntry> {
    mkdirSync(this.options.dir, { recursive: true });
    const base = `boxoffice-${stamp(this.options.clock())}`;
    let name = `${base}-${kind}.db`;
    // Two backups in one second (a click right after the daily one) get a counter, never overwrite.
    for (let n = 2; existsSync(join(this.options.dir, name)); n++) name = `${base}-${n}-${kind}.db`;
    const file = join(this.options.dir, name);
    try {
      const { bytes } = await backupDatabase(this.options.dbFile, file);
      if (this.stopped) return { name, at: this.options.clock(), bytes, withKey: false, kind };
      // The key goes along only wrapped with the manager's passphrase: a copy of the folder alone reads no ID number.
      const wrapped = readWrappedKey(this.options.db);
      if (wrapped) writeWrappedKeyFile(file, wrapped);
      appendAudit(this.options.db, { userId: actor.userId, username: actor.username, action: 'backup.run', target: name, outcome: 'ok', detail: { kind, bytes }, address: actor.address });
      this.prune();
      return this.list().find((entry) => entry.name === name) ?? { name, at: this.options.clock(), bytes, withKey: false, kind };
    } catch (error) {
      if (this.stopped) throw error;
      appendAudit(this.options.db, { userId: actor.userId, username: actor.username, action: 'backup.run', target: name, outcome: 'failed', detail: { kind, error: error instanceof Error ? error.message : String(error) }, address: actor.address });
      throw error;
    }
  }

  /** Keeps the newest `keep` backups (with their key copies); copies taken before a restore are kept too. */
  private prune(): void {
    // Copies cut short by a stop or a full disk (none is under way here: one backup at a time).
    for (const name of readdirSync(this.options.dir)) if (name.endsWith(PARTIAL_SUFFIX)) rmSync(join(this.options.dir, name), { force: true });
    const { keep } = readBackupSettings(this.options.db);
    for (const entry of this.list().filter((e) => e.kind !== 'before-restore').slice(keep)) {
      rmSync(join(this.options.dir, entry.name), { force: true });
      rmSync(join(this.options.dir, entry.name.replace(/\.db$/, '.key')), { force: true });
      rmSync(wrappedKeyFileOf(join(this.options.dir, entry.name)), { force: true });
    }
  }

  /**
   * Replaces the live data with a backup: a safety copy of the present state first, the sync worker
   * paused meanwhile, the schema brought up to date afterwards. Refuses a backup made with another
   * personal-data key, whose names and ID numbers this box office could not read.
   */
  async restore(name: string, actor: Actor): Promise<BackupEntry> {
    const entry = this.list().find((e) => e.name === name && basename(name) === name);
    if (!entry) throw new BoxOfficeError('NOT_FOUND', `There is no backup named ${name}.`);
    const file = join(this.options.dir, name);
    const keyCopy = file.replace(/\.db$/, '.key');
    const keyFile = this.options.keyFile;
    const legacyMismatch = keyFile && existsSync(keyCopy) && existsSync(keyFile) && !readFileSync(keyCopy).equals(readFileSync(keyFile));
    if (legacyMismatch || (this.options.dataKey && !keyFitsBackup(file, this.options.dataKey))) {
      throw new BoxOfficeError(
        'CONFLICT',
        'This backup was made with another personal-data key: its names and ID numbers could not be read here. Nothing was restored. Restore it on a stopped core with "boxoffice restore" and the backup passphrase.',
      );
    }
    const safety = await this.run('before-restore', actor);
    await this.options.onRestore?.before();
    try {
      await restoreDatabase(file, this.options.dbFile);
      migrate(this.options.db);
    } catch (error) {
      throw new BoxOfficeError('CONFLICT', `The restore did not happen: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      await this.options.onRestore?.after();
    }
    // Written into the restored database, so its trail says where it came from.
    appendAudit(this.options.db, { userId: actor.userId, username: actor.username, action: 'backup.restore', target: name, outcome: 'ok', detail: { safetyCopy: safety.name }, address: actor.address });
    return safety;
  }

  /** Checks every minute whether today's daily backup is due (China time). */
  startSchedule(system: Actor): void {
    const tick = () => {
      try {
        this.tickDaily(system);
      } catch (error) {
        // A locked database or an unreadable folder skips this minute's look; the next minute looks again.
        console.error('[backups] the daily backup check failed:', error);
      }
    };
    this.timer = setInterval(tick, 60_000);
    this.timer.unref();
    tick();
  }

  private tickDaily(system: Actor): void {
    const { dailyAt } = readBackupSettings(this.options.db);
    if (!dailyAt) return;
    const now = this.options.clock();
    const today = stamp(now).slice(0, 8);
    const due = stamp(now).slice(9, 13) >= dailyAt.replace(':', '');
    const done = this.list().some((e) => e.kind === 'daily' && e.name.includes(`boxoffice-${today}-`));
    if (due && !done)
      this.run('daily', system).catch((error: unknown) => {
        // After the core stopped (its folder may be gone too) a failed copy is no one's news.
        if (!this.stopped) console.error('[backups] daily backup failed:', error);
      });
  }

  /** The core stops: no more daily backups, and a copy still under way writes nothing to the database it closes. */
  close(): void {
    this.stopped = true;
    this.stop();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Resolves once the backup under way, if any, has ended (taken or failed). */
  async idle(): Promise<void> {
    await this.running?.catch(() => undefined);
  }
}
