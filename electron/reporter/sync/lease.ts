import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { z } from 'zod';
import type { Db } from '../../../db/open';
import { deleteSetting, readSetting, writeSetting } from '../../../db/settings';

const LEASE_KEY = 'sync.worker_lease';

const leaseSchema = z.object({ owner: z.string(), pid: z.number().int(), host: z.string(), startedAt: z.number(), heartbeatAt: z.number() });

/** Who holds the right to drain a database's outbox. */
export type LeaseHolder = z.infer<typeof leaseSchema>;

function processGone(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * One worker per database: a second one would take the first one's in-flight rows for crashed ones and send
 * them again. The lease is a settings row renewed by a heartbeat; it is taken over when its holder's process
 * is gone (same machine) or its heartbeat is older than `staleMs` (a process on another machine sharing the file).
 */
export class WorkerLease {
  readonly owner = randomUUID();
  private held = false;

  constructor(
    private readonly db: Db,
    private readonly staleMs: number,
    private readonly now: () => number,
  ) {}

  /** This worker holds the lease (as far as it last knew). */
  get isHeld(): boolean {
    return this.held;
  }

  /** Takes the lease, or names the live worker holding it. */
  acquire(): { ok: true } | { ok: false; holder: LeaseHolder } {
    return this.db.transaction((): { ok: true } | { ok: false; holder: LeaseHolder } => {
      const now = this.now();
      const current = leaseSchema.safeParse(readSetting(this.db, LEASE_KEY));
      if (current.success && current.data.owner !== this.owner) {
        const holder = current.data;
        const gone = holder.host === hostname() && holder.pid !== process.pid && processGone(holder.pid);
        const stale = now - holder.heartbeatAt > this.staleMs;
        if (!gone && !stale) return { ok: false, holder };
      }
      writeSetting(this.db, LEASE_KEY, { owner: this.owner, pid: process.pid, host: hostname(), startedAt: now, heartbeatAt: now } satisfies LeaseHolder, now);
      this.held = true;
      return { ok: true };
    }).immediate();
  }

  /** Renews the heartbeat; false when another worker took the lease meanwhile. */
  renew(): boolean {
    if (!this.held) return false;
    const now = this.now();
    const current = leaseSchema.safeParse(readSetting(this.db, LEASE_KEY));
    if (!current.success || current.data.owner !== this.owner) {
      this.held = false;
      return false;
    }
    writeSetting(this.db, LEASE_KEY, { ...current.data, heartbeatAt: now }, now);
    return true;
  }

  release(): void {
    if (!this.held) return;
    this.held = false;
    const current = leaseSchema.safeParse(readSetting(this.db, LEASE_KEY));
    if (current.success && current.data.owner === this.owner) deleteSetting(this.db, LEASE_KEY);
  }
}
