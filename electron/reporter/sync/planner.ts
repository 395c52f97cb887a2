import type { Db } from '../../../db/open';
import type { OutboxKind } from '../../../db/outbox/payloads';
import { scanPending, type QueuedRow } from '../../../db/outbox/scan';
import type { DependencyJudge } from './dependencies';
import type { SyncTuning } from './options';

/** Rows to send in one request. */
export interface PlannedJob {
  kind: OutboxKind;
  seqs: number[];
}

interface OpenBatch extends PlannedJob {
  tickets: Set<string>;
}

/**
 * Turns the queue into requests. It reads the pending rows in queue order, one pass at a time: rows whose
 * dependencies hold are grouped (check-ins into lists, tickets per session and tier, inventory per session)
 * and the rest wait for the next pass. A new pass starts only after the previous one reached the end of the
 * queue and something changed since (a delivery, new rows, a timer), so a long backlog of waiting rows is
 * read once per change, not once per request; and each call reads a bounded number of pages, so the event
 * loop is never held for long.
 */
export class Planner {
  private cursor = 0;
  private passOpen = false;
  private dirty = true;
  private readonly ready: PlannedJob[] = [];
  private readonly open = new Map<string, OpenBatch>();
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

  /** Something changed: the next call may start a new pass once the current one is done. */
  markDirty(): void {
    this.dirty = true;
  }

  /** Forgets the current pass and everything planned but not sent (after a pause, or a new platform). */
  reset(): void {
    this.ready.length = 0;
    this.open.clear();
    this.passOpen = false;
    this.dirty = true;
  }

  /** The next request to send; 'later' when this turn's reading budget is spent; null when nothing can go now. */
  next(dueBy: number): PlannedJob | 'later' | null {
    let pages = 0;
    for (;;) {
      const job = this.ready.shift();
      if (job) return job;
      if (!this.passOpen) {
        if (!this.dirty) return null;
        this.dirty = false;
        this.passOpen = true;
        this.cursor = 0;
        this.waitingInPass = 0;
        this.passDueBy = dueBy;
        this.judge.newPass();
      }
      if (pages >= this.tuning.scanPagesPerTurn) return 'later';
      const page = scanPending(this.db, { afterSeq: this.cursor, dueBy: this.passDueBy, limit: this.tuning.scanPageSize });
      pages++;
      if (page.length === 0) {
        this.endPass();
        continue;
      }
      for (const row of page) {
        this.cursor = row.seq;
        this.consider(row);
      }
    }
  }

  private endPass(): void {
    for (const batch of this.open.values()) this.ready.push({ kind: batch.kind, seqs: batch.seqs });
    this.open.clear();
    this.passOpen = false;
    this.lastPassWaiting = this.waitingInPass;
  }

  private consider(row: QueuedRow): void {
    if (this.judge.judge(row)) {
      this.waitingInPass++;
      return;
    }
    const key = this.batchKey(row);
    if (key === null || this.solo.has(row.seq)) {
      this.ready.push({ kind: row.kind, seqs: [row.seq] });
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
