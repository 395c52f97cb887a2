import type { Db } from '../../../db/open';
import type { OutboxKind, OutboxPayload } from '../../../db/outbox/payloads';
import type { OutboxRow } from '../../../db/outbox/queue';
import { scanPending, type QueuedRow } from '../../../db/outbox/scan';
import type { DependencyJudge, Wait } from './dependencies';
import type { SyncTuning } from './options';

/** Rows to send in one request. */
export interface PlannedJob {
  kind: OutboxKind;
  seqs: number[];
}

interface OpenBatch extends PlannedJob {
  tickets: Set<string>;
}

const RECHECK_CHUNK = 100;

/** What one answered request settles, for the rows filed as waiting on it (see Planner.settled). */
export function settledKeys(kind: OutboxKind, rows: readonly OutboxRow[], delivered: boolean): string[] {
  const keys: string[] = [];
  for (const row of rows) {
    keys.push(`seq:${row.seq}`);
    if (row.coalesceKey !== null) keys.push(`key:${row.coalesceKey}`);
    if (!delivered) continue;
    if (kind === 'venue.save' && row.hallId !== null) keys.push(`hall:${row.hallId}`);
    if (kind === 'performance.code') {
      if (row.performanceId !== null) keys.push(`performance_code:${row.performanceId}`);
      for (const session of (row.payload as OutboxPayload<'performance.code'>).sessionList) keys.push(`session:${session.sessionId}`);
    }
  }
  return keys;
}


/** What a waiting row is filed under: the row it waits for, or the code it needs. */
function waitKey(wait: Wait, row: QueuedRow): string {
  if (wait.blocker) return `seq:${wait.blocker.seq}`;
  if (wait.reason === 'same_record') return `key:${row.coalesceKey ?? ''}`;
  if (wait.reason === 'session_code') return `session:${wait.subject}`;
  if (wait.reason === 'hall_code') return `hall:${wait.subject}`;
  return `${wait.reason}:${wait.subject}`;
}

/**
 * Turns the queue into requests. A pass reads the pending rows in queue order: rows whose dependencies hold are
 * grouped (check-ins into lists, tickets per session and tier, inventory per session), and the others are filed
 * under what they wait for. When that settles (`settled()`), only the rows filed under it are judged again, so a
 * long backlog is read once, not once per request. A full pass runs again only when something outside the
 * worker's own deliveries changed (new rows, a backoff ending, a failure, a requeue): `markDirty()`.
 * Each call reads a bounded number of rows, so the event loop is never held for long.
 */
export class Planner {
  private cursor = 0;
  private passOpen = false;
  private dirty = true;
  private readonly ready: PlannedJob[] = [];
  private readonly open = new Map<string, OpenBatch>();
  private readonly waitingOn = new Map<string, QueuedRow[]>();
  private readonly recheck: QueuedRow[] = [];
  /** Rows in `ready` or `open`: a pass that meets them again leaves them be. */
  private readonly planned = new Set<number>();
  private waitingInPass = 0;
  /** Rows due by this time are read in the current pass; later ones wait for a later pass. */
  passDueBy = 0;
  /** Rows of a list that the platform refused as a whole: each goes alone from now on, so the bad one is found. */
  readonly solo = new Set<number>();
  /** Rows found waiting in the last complete pass. */
  lastPassWaiting = 0;

  constructor(
    private readonly db: Db,
    private readonly judge: DependencyJudge,
    private readonly tuning: SyncTuning,
  ) {}

  /** Something changed that only a full pass can see. */
  markDirty(): void {
    this.dirty = true;
  }

  /** These facts settled (`seq:N`, `key:K`, `session:S`, `hall:H`…): rows filed under them are judged again. */
  settled(keys: Iterable<string>): void {
    for (const key of keys) {
      const rows = this.waitingOn.get(key);
      if (!rows) continue;
      this.waitingOn.delete(key);
      for (const row of rows) this.recheck.push(row);
    }
  }

  /** The worker claimed (or dropped) these rows: they are no longer the planner's. */
  claimed(seqs: Iterable<number>): void {
    for (const seq of seqs) this.planned.delete(seq);
  }

  /** Forgets the current pass and everything planned but not sent (after a pause, or a new platform). */
  reset(): void {
    this.ready.length = 0;
    this.open.clear();
    this.planned.clear();
    this.waitingOn.clear();
    this.recheck.length = 0;
    this.passOpen = false;
    this.dirty = true;
  }

  /**
   * The next request to send; 'later' when this turn's reading budget is spent; null when nothing can go now.
   * It is asked only when a request slot is free: lists still filling are sent as they are rather than leave the
   * slot idle, and otherwise fill while every slot is busy.
   */
  next(dueBy: number): PlannedJob | 'later' | null {
    const started = performance.now();
    for (;;) {
      const job = this.ready.shift();
      // Its rows stay "planned" until the worker has claimed them (`claimed()`): a scan before that must not plan them again.
      if (job) return job;
      // Judging rows reads the database synchronously: yield to the event loop once the turn has had its share.
      if (performance.now() - started > this.tuning.turnBudgetMs) return 'later';
      if (this.recheck.length > 0) {
        for (const row of this.recheck.splice(0, RECHECK_CHUNK)) this.consider(row, dueBy);
        continue;
      }
      if (!this.passOpen && this.dirty) this.startPass(dueBy);
      if (this.passOpen) {
        const page = scanPending(this.db, { afterSeq: this.cursor, dueBy: this.passDueBy, limit: this.tuning.scanPageSize });
        if (page.length === 0) this.endPass();
        for (const row of page) {
          this.cursor = row.seq;
          this.consider(row, this.passDueBy);
        }
        continue;
      }
      if (this.open.size === 0) return null;
      this.flush();
    }
  }

  private startPass(dueBy: number): void {
    this.dirty = false;
    this.passOpen = true;
    this.cursor = 0;
    this.waitingInPass = 0;
    this.passDueBy = dueBy;
    this.waitingOn.clear();
    this.recheck.length = 0;
    this.judge.newPass();
  }

  private endPass(): void {
    this.flush();
    this.passOpen = false;
    this.lastPassWaiting = this.waitingInPass;
  }

  private flush(): void {
    for (const batch of this.open.values()) this.ready.push({ kind: batch.kind, seqs: batch.seqs });
    this.open.clear();
  }

  private consider(row: QueuedRow, dueBy: number): void {
    if (this.planned.has(row.seq)) return;
    if (row.nextAttemptAt > dueBy) {
      // Backing off since it was filed: the timer of its due time brings a pass.
      this.dirty = true;
      return;
    }
    const wait = this.judge.judge(row);
    if (wait) {
      this.waitingInPass++;
      const key = waitKey(wait, row);
      const list = this.waitingOn.get(key);
      if (list) list.push(row);
      else this.waitingOn.set(key, [row]);
      return;
    }
    const key = this.batchKey(row);
    if (key === null || this.solo.has(row.seq)) {
      this.ready.push({ kind: row.kind, seqs: [row.seq] });
      this.planned.add(row.seq);
      return;
    }
    let batch = this.open.get(key);
    if (!batch) {
      batch = { kind: row.kind, seqs: [], tickets: new Set() };
      this.open.set(key, batch);
    }
    // The platform refuses a list naming one ticket twice; a second admission of the same ticket waits a pass.
    if (row.kind === 'checking' && row.ticketId !== null) {
      if (batch.tickets.has(row.ticketId)) {
        this.dirty = true;
        return;
      }
      batch.tickets.add(row.ticketId);
    }
    batch.seqs.push(row.seq);
    this.planned.add(row.seq);
    if (batch.seqs.length >= this.tuning.maxBatch) {
      this.ready.push({ kind: batch.kind, seqs: batch.seqs });
      this.open.delete(key);
    }
  }

  /** Rows that travel in one list share a key; null for kinds sent one record per call. */
  private batchKey(row: QueuedRow): string | null {
    switch (row.kind) {
      case 'checking':
        return 'checking';
      case 'ticket':
        return `ticket:${row.sessionId ?? ''}:${row.priceTierId ?? ''}`;
      case 'inventory':
        return `inventory:${row.sessionId ?? ''}`;
      default:
        return null;
    }
  }
}
