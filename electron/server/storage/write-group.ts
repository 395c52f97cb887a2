import type Database from 'better-sqlite3';
import type { Db } from '../../../db/open';
import { storageTrouble } from '../../../db/storage-errors';
import { collectAfterCommit, runCommitted } from '../../../db/after-commit';
import type { ParsedInputOf, ProcedureName } from '../contract';
import { sellAwaitsApproval } from '../procedures/sell-approval';
import { retryWhileBusy } from './busy-retry';

/**
 * The calls whose handlers are one synchronous write (no await inside, one transaction, so a failure leaves nothing
 * behind): the scans of many gates and the sales of many windows arriving together. Only these may share a commit.
 * A sale carrying a manager's PIN approval awaits the PIN's hash before it writes (procedures/selling.ts), so it
 * runs alone.
 */
const GROUPED: { readonly [K in ProcedureName]?: (input: ParsedInputOf<K>) => boolean } = {
  'gate.checkIn': () => true,
  'gate.checkInById': () => true,
  'sales.sell': (input) => !sellAwaitsApproval(input),
};

interface Job {
  work: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/** A request's answer in the group, with what it left to tell once the group has committed (db/after-commit.ts). */
type Outcome = { ok: true; value: unknown; pending: (() => void)[] } | { ok: false; error: unknown };

/**
 * Group commit: the writes that arrive in one turn of the event loop run in one transaction, each in a savepoint
 * of its own, so each request's business rows and outbox rows still commit (or roll back) together, a request that
 * fails rolls back alone and the others commit, and the group pays for one commit instead of one each. When the
 * group itself cannot begin or commit (another program's lock, a full disk), nothing of it was saved and every
 * request runs again alone, as it would have without grouping (waiting out a lock, then its own answer).
 * What a request tells others once its write is saved (seat events) waits for the group's commit, and is dropped
 * with a request that rolls back or a group that cannot commit (the request alone then tells it after its own).
 */
export class WriteGroup {
  private queue: Job[] = [];
  private scheduled = false;
  private lastFrom: object | undefined;
  private readonly together: Database.Transaction<(jobs: readonly Job[]) => Outcome[]>;
  private readonly savepoint: Database.Transaction<(work: () => unknown) => unknown>;

  constructor(private readonly db: Db) {
    this.savepoint = db.transaction((work: () => unknown) => {
      const value = work();
      if (value instanceof Promise) throw new Error('a grouped handler must be synchronous');
      return value;
    });
    this.together = db.transaction((jobs: readonly Job[]) =>
      jobs.map((job): Outcome => {
        try {
          return { ok: true, ...collectAfterCommit(db, () => this.savepoint(job.work)) };
        } catch (error) {
          // A lock or a full disk may have rolled back the whole transaction: the group ends, and all run alone.
          if (storageTrouble(error) || !db.inTransaction) throw error;
          return { ok: false, error };
        }
      }),
    );
  }

  /** Whether this call may share a commit: `input` is the contract's parse of the call's body. */
  takes<K extends ProcedureName>(name: K, input: ParsedInputOf<K>): boolean {
    const grouped = GROUPED[name];
    return grouped !== undefined && grouped(input);
  }

  /**
   * Runs `work` in this turn's group; resolves with its result once the group has committed. The group is run by
   * setImmediate, right after the poll phase that read the requests: every request whose bytes arrived in this turn
   * is in it (a microtask would run after each socket's callback, one request at a time), and a request alone in its
   * turn waits for no timer, only for the end of the phase it arrived in.
   * `from` names the connection the call came on. One gate scanning on its own (the last grouped call came on the same
   * connection, and nothing is waiting) runs at once, as it would have alone in its group: a client sends its next
   * request only once answered, so waiting for the end of the phase could gather no one. Many gates take turns on
   * their connections, so their calls keep being gathered.
   */
  run(work: () => unknown, from?: object): Promise<unknown> {
    const sameAsLast = from !== undefined && from === this.lastFrom;
    this.lastFrom = from;
    return new Promise((resolve, reject) => {
      if (sameAsLast && !this.scheduled) {
        this.alone([{ work, resolve, reject }]);
        return;
      }
      this.queue.push({ work, resolve, reject });
      if (this.scheduled) return;
      this.scheduled = true;
      setImmediate(() => this.flush());
    });
  }

  private flush(): void {
    this.scheduled = false;
    const jobs = this.queue;
    this.queue = [];
    if (jobs.length === 1) {
      this.alone(jobs);
      return;
    }
    let outcomes: Outcome[];
    try {
      outcomes = this.together.immediate(jobs);
    } catch {
      this.alone(jobs);
      return;
    }
    outcomes.forEach((outcome, i) => {
      const job = jobs[i];
      if (!job) return;
      if (!outcome.ok) {
        job.reject(outcome.error);
        return;
      }
      runCommitted(outcome.pending, (error) => console.error('[core] telling a committed write failed:', error));
      job.resolve(outcome.value);
    });
  }

  /**
   * Each job in its own transaction, at once; only one that meets another program's write lock waits it out off the
   * event loop (retryWhileBusy). Running it again is safe: a grouped handler is one transaction, rolled back whole.
   */
  private alone(jobs: readonly Job[]): void {
    for (const job of jobs) {
      let value: unknown;
      try {
        value = job.work();
      } catch (error) {
        if (storageTrouble(error) === 'busy') retryWhileBusy(this.db, job.work).then(job.resolve, job.reject);
        else job.reject(error);
        continue;
      }
      job.resolve(value);
    }
  }
}

const groups = new WeakMap<Db, WriteGroup>();

/** The write group of a connection (one per database the core serves). */
export function writeGroupOf(db: Db): WriteGroup {
  let group = groups.get(db);
  if (!group) {
    group = new WriteGroup(db);
    groups.set(db, group);
  }
  return group;
}
