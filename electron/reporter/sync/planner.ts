import type { Db } from '../../../db/open';
import type { OutboxKind, OutboxPayload } from '../../../db/outbox/payloads';
import { scanPending, type ClaimedRow, type QueuedRow } from '../../../db/outbox/scan';
import type { DependencyJudge, Wait } from './dependencies';
import type { SyncTuning } from './options';

/** Rows to send in one request. */
export interface PlannedJob {
  kind: OutboxKind;
  /** As the planner read them (no payload): the claim adds the payload. */
  rows: QueuedRow[];
}

interface OpenBatch extends PlannedJob {
  tickets: Set<string>;
  /** The planning turn that last added a row to it (see Planner.turn). */
  grewIn: number;
  /** performance.now() when its first row joined, and when its last did (the filling rule of part-full lists). */
  openedAt: number;
  grewAt: number;
}

const RECHECK_CHUNK = 100;
/** A pass reads on while fewer requests than this of either kind (lists, single records) are ready. */
const READ_AHEAD = 32;

/** What one answered request settles, for the rows filed as waiting on it (see Planner.settled). */
export function settledKeys(kind: OutboxKind, rows: readonly ClaimedRow[], delivered: boolean): string[] {
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
 * worker's own deliveries changed (a backoff ending, a failure, a requeue): `markDirty()`. Rows appended since
 * (`markAppended()`) need no full pass: a pass that starts after the last row the previous one read finds them,
 * and the rows held in a list still filling, or filed as waiting, are not read again at each look.
 * Each call reads a bounded number of rows, so the event loop is never held for long.
 */
export class Planner {
  private cursor = 0;
  private passOpen = false;
  private dirty = true;
  /** Rows were appended to the queue since the last pass began (see markAppended). */
  private appended = false;
  /** The open pass reads rows due by this time (a pass of appended rows reads those due by its own start). */
  private readDueBy = 0;
  /**
   * Requests ready to go, lists (check-ins, tickets, inventory) apart from single records; lists first. (Taking
   * them in turns was measured slower: a 200-item list held both event loops while the orders beside it waited.)
   */
  private readonly readyLists = new Fifo<PlannedJob>();
  private readonly readySingles = new Fifo<PlannedJob>();
  /** Planning turns, counted: a list that grew in the current one is not sent half full for want of work. */
  private turn = 0;
  private turnDeadline = Number.NaN;
  private readonly open = new Map<string, OpenBatch>();
  private readonly waitingOn = new Map<string, QueuedRow[]>();
  private readonly recheck = new Fifo<QueuedRow>();
  /** Rows in `ready` or `open`: a pass that meets them again leaves them be. */
  private readonly planned = new Set<number>();
  /**
   * Rows due by this time were read by the last full pass; later ones wait for a later pass (the worker's timer of
   * the next due time, which looks after this time, brings it).
   */
  passDueBy = 0;
  /** Rows of a list that the platform refused as a whole: each goes alone from now on, so the bad one is found. */
  readonly solo = new Set<number>();
  /** Rows read from the queue by passes so far (what each look at the queue costs). */
  rowsRead = 0;

  constructor(
    private readonly db: Db,
    private readonly judge: DependencyJudge,
    private readonly tuning: SyncTuning,
  ) {}

  /** Something changed that only a full pass can see. */
  markDirty(): void {
    this.dirty = true;
  }

  /**
   * Rows were appended to the queue (its counter moved) and nothing else is known to have changed: the next pass
   * reads only the rows after the last one read. A pass held the rest: rows it planned are in lists or ready,
   * rows it found waiting are filed under what they wait for, and rows it found backing off bring a full pass
   * when due.
   */
  markAppended(): void {
    this.appended = true;
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
    this.readyLists.clear();
    this.readySingles.clear();
    this.open.clear();
    this.planned.clear();
    this.waitingOn.clear();
    this.recheck.clear();
    this.passOpen = false;
    this.dirty = true;
  }

  /**
   * The next request to send; 'later' when this turn's reading budget is spent; null when nothing can go now.
   * It is asked only when a request slot is free: lists still filling are sent as they are rather than leave the
   * slot idle, and otherwise fill while every slot is busy. Until `deadline` (performance.now() time: the pump's
   * turn, shared by every request it plans) it first judges rows that settled answers freed and reads the pass
   * ahead while either kind of request runs short, so orders freed by delivered tickets, or check-ins freed by
   * delivered orders, go out beside the lists queued before them rather than after all of them. With nothing in
   * flight, lists still open go once the turn is spent. `slots`: requests in flight (or planned this turn) and
   * the current limit.
   */
  next(dueBy: number, deadline: number, slots: { busy: number; limit: number }): PlannedJob | 'later' | null {
    this.startTurn(deadline);
    for (;;) {
      // Judging rows reads the database synchronously: yield to the event loop once the turn has had its share.
      const inTime = performance.now() < deadline;
      const worked = inTime && this.step(dueBy);
      // A session's inventory is one row per tier, queued together: a list that did not grow in this turn is
      // complete, and the session's tickets and orders wait for it. Held back for want of free slots, it held
      // nine sessions' tickets and orders until the first session's were all sent.
      this.flush((batch) => batch.kind === 'inventory' && batch.grewIn !== this.turn);
      const job = this.takeReady();
      // Its rows stay "planned" until the worker has claimed them (`claimed()`): a scan before that must not plan them again.
      if (job) return job;
      if (!inTime) {
        // Nothing on the wire while a long list of freed rows is judged (the whole queue, once a session code
        // arrives): the lists already open (a session's inventory) go now instead of after the last row.
        // A list that grew in this turn may grow more (its rows are being judged): it waits for the next turn.
        // Check-ins wait for the judging to end: any session's check-in joins the one list, so it still grows.
        if (slots.busy > 0 || !this.flush((batch) => batch.grewIn !== this.turn && batch.kind !== 'checking')) return 'later';
        continue;
      }
      if (worked) continue;
      if (!this.passOpen && (this.dirty || this.appended)) this.startPass(dueBy);
      if (this.passOpen) {
        this.readPage();
        continue;
      }
      // Lists still filling go as they are while at least half the slots are free; with more busy, an answer
      // comes soon and may free more rows for them (a drain then sends only full lists). The check-in list,
      // which every session's admissions fill and delivered orders free, goes part-full only with nothing in
      // flight: until then an answer may add to it (so a drain sends the fewest calls; a check-in waits at
      // most one round trip more). While rows keep joining them, check-in and ticket lists fill further (mayGo).
      if (this.open.size === 0 || slots.busy * 2 > slots.limit) return null;
      if (!this.flush((batch) => this.mayGo(batch) && (batch.kind !== 'checking' || slots.busy === 0))) return null;
    }
  }

  /**
   * A part-full list of check-ins or ticket states waits while rows keep joining it (one joined less than
   * `gatherWritesMs` ago), for at most `listFillMs` after its first row: 16 gates scanning at once (or windows
   * selling) then share one request per list of up to 200 instead of one per look at the queue, and a lone record
   * goes after one quiet gathering time. Inventory lists are complete as read (one row per tier).
   */
  private mayGo(batch: OpenBatch): boolean {
    const due = this.fillDueAt(batch);
    return due === null || performance.now() >= due;
  }

  private fillDueAt(batch: OpenBatch): number | null {
    if (batch.kind !== 'checking' && batch.kind !== 'ticket') return null;
    return Math.min(batch.grewAt + this.tuning.gatherWritesMs, batch.openedAt + this.tuning.listFillMs);
  }

  /** When (performance.now() time) the next list held filling may go; null when none is held. */
  filledListsDueAt(): number | null {
    let first: number | null = null;
    for (const batch of this.open.values()) {
      const due = this.fillDueAt(batch);
      if (due !== null && (first === null || due < first)) first = due;
    }
    return first;
  }

  /**
   * While every request slot is busy: judges freed rows and reads the open pass ahead until `deadline`, so the
   * next free slot finds work of both kinds; stops at `until` (sooner than the turn's deadline: answers wait behind
   * it). Starts no pass. True when there is more to do.
   */
  planAhead(dueBy: number, deadline: number, until = deadline): boolean {
    this.startTurn(deadline);
    const end = Math.min(deadline, until);
    while (performance.now() < end) if (!this.step(dueBy)) return false;
    return true;
  }

  /** One unit of planning: a chunk of freed rows, or a page of the open pass while either kind of request runs short. */
  private step(dueBy: number): boolean {
    if (this.recheck.size > 0) {
      for (let i = 0; i < RECHECK_CHUNK; i++) {
        const row = this.recheck.shift();
        if (!row) break;
        this.consider(row, dueBy);
      }
      return true;
    }
    if (this.passOpen && (this.readyLists.size < READ_AHEAD || this.readySingles.size < READ_AHEAD)) {
      this.readPage();
      return true;
    }
    return false;
  }

  private readPage(): void {
    const page = scanPending(this.db, { afterSeq: this.cursor, dueBy: this.readDueBy, limit: this.tuning.scanPageSize });
    this.rowsRead += page.length;
    if (page.length === 0) this.endPass();
    for (const row of page) {
      this.cursor = row.seq;
      this.consider(row, this.readDueBy);
    }
  }

  /** The next ready request: full lists first (check-ins go as soon as their orders free a list), then single records. */
  private takeReady(): PlannedJob | undefined {
    return this.readyLists.shift() ?? this.readySingles.shift();
  }

  /** A full pass reads the whole queue afresh; a pass of appended rows reads on after the last row read. */
  private startPass(dueBy: number): void {
    const full = this.dirty;
    this.dirty = false;
    this.appended = false;
    this.passOpen = true;
    this.readDueBy = dueBy;
    this.judge.newPass();
    if (!full) return;
    this.cursor = 0;
    this.passDueBy = dueBy;
    this.waitingOn.clear();
    this.recheck.clear();
  }

  // Lists still filling stay open: they go when they are full, or when a request slot would otherwise stay idle.
  private endPass(): void {
    this.passOpen = false;
  }

  /** Sends the open lists (those `which` picks) as they are; whether any went. */
  private flush(which: (batch: OpenBatch) => boolean = () => true): boolean {
    let any = false;
    for (const [key, batch] of this.open) {
      if (!which(batch)) continue;
      this.readyLists.push({ kind: batch.kind, rows: batch.rows });
      this.open.delete(key);
      any = true;
    }
    return any;
  }

  /** A pump's turn is known by its deadline: the calls of one turn share it. */
  private startTurn(deadline: number): void {
    if (deadline === this.turnDeadline) return;
    this.turnDeadline = deadline;
    this.turn++;
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
      const key = waitKey(wait, row);
      const list = this.waitingOn.get(key);
      if (list) list.push(row);
      else this.waitingOn.set(key, [row]);
      return;
    }
    const key = this.batchKey(row);
    if (key === null || this.solo.has(row.seq)) {
      this.readySingles.push({ kind: row.kind, rows: [row] });
      this.planned.add(row.seq);
      return;
    }
    let batch = this.open.get(key);
    if (!batch) {
      batch = { kind: row.kind, rows: [], tickets: new Set(), grewIn: this.turn, openedAt: performance.now(), grewAt: 0 };
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
    batch.rows.push(row);
    batch.grewIn = this.turn;
    batch.grewAt = performance.now();
    this.planned.add(row.seq);
    if (batch.rows.length >= this.tuning.maxBatch) {
      this.readyLists.push({ kind: batch.kind, rows: batch.rows });
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

/** A first-in first-out queue that takes from the front in constant time (Array.shift copies a long queue). */
class Fifo<T> {
  private items: T[] = [];
  private head = 0;

  push(item: T): void {
    this.items.push(item);
  }

  get size(): number {
    return this.items.length - this.head;
  }

  shift(): T | undefined {
    if (this.head >= this.items.length) return undefined;
    const item = this.items[this.head++];
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }

  clear(): void {
    this.items = [];
    this.head = 0;
  }
}
