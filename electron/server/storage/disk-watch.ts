import { statfsSync } from 'node:fs';
import type { Db } from '../../../db/open';
import type { StorageTrouble } from '../../../db/storage-errors';
import type { StorageStatus, UnhandledReport } from '../contract/storage';

/** Below this much free space the manager is warned. */
export const LOW_FREE_BYTES = 1024 ** 3;
/** Below this much the warning turns red and the WAL is checkpointed back into the database at every check. */
export const CRITICAL_FREE_BYTES = 200 * 1024 ** 2;
/** A full disk counts as freed once this much more than at the failure is free again. */
const FREED_MARGIN_BYTES = 4 * 1024 ** 2;

/** The level the banner shows, from free space and whether a write has just failed for lack of it. */
export function storageLevel(freeBytes: number | null, fullNoted: boolean): StorageStatus['level'] {
  if (fullNoted) return 'full';
  if (freeBytes === null) return 'ok';
  if (freeBytes < CRITICAL_FREE_BYTES) return 'critical';
  if (freeBytes < LOW_FREE_BYTES) return 'low';
  return 'ok';
}

export interface DiskWatchOptions {
  db: Db;
  /** The folder of the database file. */
  dir: string;
  clock: () => number;
  /** Free bytes for the database's file system (statfs by default; tests pass their own). */
  freeBytes?: (dir: string) => number;
  onChange?: (status: StorageStatus) => void;
}

/**
 * Watches the database's disk: free space every minute, a full disk or another program's lock when a write
 * meets one, and errors nothing else caught. The manager's banner reads `status`; a change is pushed at once.
 */
export class DiskWatch {
  private free: number | null = null;
  private full: { since: number; freeAt: number } | null = null;
  private busySince: number | null = null;
  private lastUnhandled: UnhandledReport | null = null;
  private checkedAt = 0;
  private timer: NodeJS.Timeout | null = null;
  private readonly measure: (dir: string) => number;

  constructor(private readonly options: DiskWatchOptions) {
    this.measure = options.freeBytes ?? ((dir) => {
      const fs = statfsSync(dir);
      return fs.bavail * fs.bsize;
    });
  }

  get status(): StorageStatus {
    return {
      level: storageLevel(this.free, this.full !== null),
      freeBytes: this.free,
      checkedAt: this.checkedAt,
      fullSince: this.full?.since ?? null,
      busySince: this.busySince,
      lastUnhandled: this.lastUnhandled,
    };
  }

  /** Checks now, then every `intervalMs`. */
  start(intervalMs = 60_000): void {
    this.check();
    this.timer = setInterval(() => this.check(), intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Measures free space; clears a full disk that has room again; checkpoints the WAL when space is short. */
  check(): StorageStatus {
    const before = JSON.stringify(this.status);
    try {
      this.free = this.measure(this.options.dir);
    } catch (error) {
      console.error('[storage] free space could not be measured:', error);
    }
    this.checkedAt = this.options.clock();
    if (this.full && this.free !== null && this.free >= this.full.freeAt + FREED_MARGIN_BYTES) this.full = null;
    if (this.busySince !== null && this.checkedAt - this.busySince > 60_000) this.busySince = null;
    const level = storageLevel(this.free, this.full !== null);
    if (level === 'critical' || level === 'full') this.checkpoint();
    this.changed(before);
    return this.status;
  }

  /** A write met a full disk or another program's lock. */
  noted(kind: StorageTrouble): void {
    const before = JSON.stringify(this.status);
    const now = this.options.clock();
    if (kind === 'busy') {
      this.busySince ??= now;
    } else if (!this.full) {
      try {
        this.free = this.measure(this.options.dir);
      } catch {
        /* measured at the next check */
      }
      this.full = { since: now, freeAt: this.free ?? 0 };
      this.checkpoint();
    }
    this.changed(before);
  }

  /** An error nothing else caught (see process-guard). */
  unhandled(report: UnhandledReport): void {
    const before = JSON.stringify(this.status);
    this.lastUnhandled = report;
    this.changed(before);
  }

  /** Copies the WAL back and truncates it: the space it held returns to the disk (TRUNCATE waits for no one: busy is fine). */
  private checkpoint(): void {
    try {
      this.options.db.pragma('wal_checkpoint(TRUNCATE)');
    } catch (error) {
      console.error('[storage] checkpoint under disk pressure failed:', error);
    }
  }

  private changed(before: string): void {
    if (JSON.stringify(this.status) !== before) this.options.onChange?.(this.status);
  }
}
