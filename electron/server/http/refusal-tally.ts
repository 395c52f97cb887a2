import { appendAudit } from '../../../db/audit';
import type { Db } from '../../../db/open';
import { storageTrouble } from '../../../db/storage-errors';

/** One refused request: what was refused, from where, why. */
export interface Refusal {
  /** The audit action: `http.refused`, `api.refused`, `auth.login`. */
  action: string;
  address: string;
  reason: string;
  target?: string | null;
  userId?: string | null;
  username?: string | null;
  /** More about the first of its minute (clipped like every audit field). */
  detail?: Record<string, unknown>;
}

/** Distinct (action, address, reason) kept per minute; further ones are counted together under address "*". */
export const MAX_KEYS_PER_MINUTE = 50;

interface Tally {
  first: Refusal;
  count: number;
}

/**
 * Refusals are counted, not stored one by one: the first of each (action, address, reason) in a minute is written
 * at once (so the audit log shows it as it happens), and the rest of that minute as one row with its count when
 * the minute ends. At most 2 × (MAX_KEYS_PER_MINUTE + 1) rows of clipped fields a minute, whatever a client sends.
 */
export class RefusalTally {
  private minute = -1;
  private readonly tallies = new Map<string, Tally>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly db: Db,
    private readonly clock: () => number = Date.now,
  ) {}

  record(refusal: Refusal): void {
    const minute = Math.floor(this.clock() / 60_000);
    if (minute !== this.minute) {
      this.flush();
      this.minute = minute;
    }
    let key = `${refusal.action}\n${refusal.address}\n${refusal.reason}`;
    if (!this.tallies.has(key) && this.tallies.size >= MAX_KEYS_PER_MINUTE) {
      key = `${refusal.action}\n*\nmany`;
      refusal = { action: refusal.action, address: '*', reason: 'many_sources' };
    }
    const tally = this.tallies.get(key);
    if (tally) {
      tally.count++;
      return;
    }
    this.tallies.set(key, { first: refusal, count: 1 });
    this.write(refusal, refusal.detail ?? {});
  }

  /** Writes the counts of the minute so far (also called at each new minute and at stop). */
  flush(): void {
    for (const { first, count } of this.tallies.values()) if (count > 1) this.write(first, { repeated: count - 1, minute: new Date(this.minute * 60_000).toISOString() });
    this.tallies.clear();
  }

  start(): void {
    this.timer = setInterval(() => this.flush(), 60_000);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.flush();
  }

  private write(refusal: Refusal, extra: Record<string, unknown>): void {
    try {
      appendAudit(this.db, { userId: refusal.userId ?? null, username: refusal.username ?? null, action: refusal.action, target: refusal.target ?? null, outcome: 'refused', detail: { ...extra, reason: refusal.reason }, address: refusal.address });
    } catch (error) {
      // A locked or full database loses a refusal's trail, never the request's answer.
      if (!storageTrouble(error)) throw error;
    }
  }
}
