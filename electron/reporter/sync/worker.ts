import { appendAudit } from '../../../db/audit';
import type { Db } from '../../../db/open';
import type { OutboxKind } from '../../../db/outbox/payloads';
import { markDead, recoverInFlight } from '../../../db/outbox/queue';
import { storageTrouble, type StorageTrouble } from '../../../db/storage-errors';
import { claimRows, expeditePending, lastSeq, nextDueAt, releaseRows, type ClaimedRow, type ClaimRead, type QueuedRow } from '../../../db/outbox/scan';
import { countUndelivered } from '../../../db/outbox/stats';
import type { PlatformClient } from '../client/platform-client';
import { describeOutcome, type Outcome } from '../client/outcome';
import { describeIssues } from '../wire/issues';
import { AdaptiveLimit } from './adaptive-limit';
import { realClock, type Clock } from './clock';
import { ManualSync } from './manual-sync';
import { NamedTimers, NextTurn, Throttle } from './timers';
import { CodeBook } from './codes';
import { Connectivity } from './connectivity';
import { DependencyJudge } from './dependencies';
import { isNetworkFailure, NETWORK_FAILURE_CODES } from './failures';
import { WorkerLease } from './lease';
import { tuning as makeTuning, type SyncTuning, type TuningOverrides } from './options';
import { Planner, settledKeys, type PlannedJob } from './planner';
import { RateMeter } from './rate';
import { buildRequest, MissingCode, sendRequest, type RequestData, type WireRequest } from './requests';
import { parseSendable } from './sendable';
import { settle, type Settlement } from './settle';
import { buildStatus, countQueue, DeliveredToday, type QueueCounts } from './status';
import { discardDeadLetter, requeueDeadLetter, type DeadLetterActor, type RefreshState, type RequeueResult } from './dead-letters';
import { reconcile, type Reconciliation } from './reconciliation';
import type { SyncError, SyncProgress, SyncStatus } from './types';

export interface SyncWorkerOptions {
  db: Db;
  client: PlatformClient;
  clock?: Clock;
  random?: () => number;
  tuning?: TuningOverrides;
  /** Throttled status pushes (at most one per statusThrottleMs). */
  onStatus?: (status: SyncStatus) => void;
  /** Throttled progress pushes of a manual sync, and one when it finishes. */
  onProgress?: (progress: SyncProgress) => void;
}

type Phase = 'new' | 'running' | 'stopping' | 'stopped';

/** An answer waiting for its turn's settlement. */
interface Unsettled {
  kind: OutboxKind;
  rows: ClaimedRow[];
  outcome: Outcome<RequestData>;
  /** CodeBook.generation when the request was built. */
  generation: number;
  /** A success gives its request slot back on arrival: the next request leaves before this one is settled. */
  slotFreed: boolean;
  done: () => void;
}

/**
 * Rows one slice of the worker's work (a claim, a send, a settlement) takes at most before it yields to the event
 * loop: a full list, or that many single records. Requests of the core, and the answers of other requests, run
 * between slices instead of waiting behind a whole turn of claims and settlements.
 */
const SLICE_ROWS = 200;

/** A claim of at most this many rows is sent in the claim's own slice: only larger ones are worth splitting. */
const SEND_AT_ONCE_ROWS = 20;

/** A claimed row: as the planner read it, with what its claim read. */
interface ClaimedText extends ClaimRead {
  row: QueuedRow;
}

/** Claimed rows of one request, waiting for their send slice (their payloads are parsed, built and sent there). */
interface Claimed {
  kind: OutboxKind;
  rows: ClaimedText[];
  at: number;
}

const storageReason = (kind: StorageTrouble): string =>
  kind === 'busy'
    ? 'another program holds the local database; nothing is sent or marked until it lets go'
    : 'the disk of the local database is full; nothing is sent or marked until space is freed';

/**
 * The sync worker: drains the outbox to the platform, in an order the platform accepts, through any outage.
 * It plans requests from the queue (Planner, DependencyJudge), keeps an adaptive number of them in flight,
 * settles each answer in one transaction, backs off per record, goes offline and probes when the platform
 * cannot be reached, pauses when the credentials are refused, and resumes in-flight rows after a crash.
 */
export class SyncWorker {
  readonly tuning: SyncTuning;
  readonly codes: CodeBook;
  readonly judge: DependencyJudge;
  private client: PlatformClient;
  private readonly db: Db;
  private readonly clock: Clock;
  private readonly random: () => number;
  private readonly planner: Planner;
  private readonly limit: AdaptiveLimit;
  private readonly connectivity: Connectivity;
  private readonly rate: RateMeter;
  private readonly lease: WorkerLease;
  private readonly inFlightKeys = new Set<string>();
  private readonly running = new Set<Promise<void>>();
  private readonly unsettled: Unsettled[] = [];
  /** Requests planned and counted against the limit, not yet claimed: they leave one slice at a time. */
  private toLaunch: PlannedJob[] = [];
  private readonly launchTurn = new NextTurn(() => this.safely(() => this.launchSlice()));
  /**
   * Requests claimed and not yet sent: a claim commits, then their payloads are parsed, built and sent in a later
   * slice, so a list of 200 holds the event loop in two shorter blocks instead of one. Their rows are in flight
   * meanwhile (nothing else sends them; after a crash they go again like any row left in flight).
   */
  private toSend: Claimed[] = [];
  private readonly sendTurn = new NextTurn(() => this.safely(() => this.sendSlice()));
  private fillTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly settleTurn = new NextTurn(() => this.settleSlice());
  private readonly timers: NamedTimers;
  private readonly manual = new ManualSync();
  private readonly statusPush: Throttle;
  private readonly progressPush: Throttle;
  private phase: Phase = 'new';
  private active = 0;
  private probing = false;
  private readonly pumpTurn = new NextTurn(() => this.pump());
  private dueAt: number | null = null;
  private lastDueLookAt = Number.NEGATIVE_INFINITY;
  private paused: { reason: string; since: number } | null = null;
  /** The local database is locked by another program or its disk is full: nothing is claimed or settled until it passes. */
  private storage: { kind: StorageTrouble; since: number; retryMs: number } | null = null;
  private leased: { reason: string; since: number } | null = null;
  /** Since when the platform's answers have been failures to retry, with no delivery since (null: none, or delivered since). */
  private retrying: { since: number } | null = null;
  private lastSuccessAt: number | null = null;
  private lastError: SyncError | null = null;
  private lastSeenSeq = 0;
  private readonly deliveredToday: DeliveredToday;
  private queueCounts: QueueCounts | null = null;
  /** Activity since the counts were taken: they may be off. */
  private countsStale = true;
  /** The manual sync's total was last counted at this outbox sequence; stale after anything but a delivery or a dead letter. */
  private progressTotalSeq = -1;
  private progressTotalStale = true;

  constructor(options: SyncWorkerOptions) {
    this.db = options.db;
    this.client = options.client;
    this.clock = options.clock ?? realClock;
    this.random = options.random ?? Math.random;
    this.tuning = makeTuning(options.tuning);
    const now = () => this.clock.now();
    this.codes = new CodeBook(this.db);
    this.judge = new DependencyJudge(this.db, this.codes, this.inFlightKeys);
    this.planner = new Planner(this.db, this.judge, this.tuning);
    this.limit = new AdaptiveLimit(this.tuning.concurrency, this.tuning.decreaseCooldownMs, now);
    this.connectivity = new Connectivity(this.tuning, now());
    this.rate = new RateMeter(this.tuning.rateWindowMs);
    this.lease = new WorkerLease(this.db, this.tuning.lock.staleMs, now);
    this.deliveredToday = new DeliveredToday(this.db);
    this.timers = new NamedTimers(this.clock, () => this.phase === 'running', (error) => this.fault(error));
    const { onStatus, onProgress } = options;
    this.statusPush = new Throttle(this.timers, 'status', this.tuning.statusThrottleMs, this.clock, () => onStatus?.(this.status({ pushed: true })));
    this.progressPush = new Throttle(this.timers, 'progress', this.tuning.statusThrottleMs, this.clock, () => {
      // done + undelivered stays the same while rows are only delivered or dead-lettered: recount (it reads every
      // undelivered row, tens of ms at 200,000, the event loop held meanwhile) only when rows were appended or a
      // settlement may have withdrawn some.
      const seq = lastSeq(this.db);
      if (this.progressTotalStale || seq !== this.progressTotalSeq) {
        this.progressTotalStale = false;
        this.progressTotalSeq = seq;
        this.manual.updateTotal(countUndelivered(this.db));
      }
      const progress = this.manual.snapshot();
      if (progress) onProgress?.(progress);
    });
    // Activity changed the queue: the cached counts are stale. Without this the last push of a burst could carry
    // counts up to countsMaxAgeMs old, and with the worker idle after it no later push corrects the badge.
    this.touch = () => {
      this.countsStale = true;
      if (onStatus) this.statusPush.poke();
    };
  }

  /** Starts draining: takes the database's lease, puts rows a dead process left in flight back in the queue, and goes. */
  start(): void {
    if (this.phase !== 'new') return;
    this.phase = 'running';
    this.safely(() => this.takeLease());
    this.timers.repeat('poll', this.tuning.wakePollMs, () => this.poll());
    this.timers.repeat('rescan', this.tuning.idleRescanMs, () => this.wake());
  }

  /**
   * Stops: no new request goes out; requests in flight get `graceMs` to finish. Any still unanswered then stay
   * in flight in the database and are sent again (same ids) by the next start.
   */
  async stop(graceMs = 5_000): Promise<void> {
    if (this.phase === 'stopped' || this.phase === 'stopping') return;
    this.phase = 'stopping';
    this.timers.clearAll();
    if (this.fillTimer) clearTimeout(this.fillTimer);
    this.fillTimer = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([Promise.allSettled([...this.running]), new Promise((resolve) => (timer = setTimeout(resolve, graceMs)))]);
    clearTimeout(timer);
    if (this.manual.running) {
      this.manual.finish('stopped', this.clock.now(), countUndelivered(this.db));
      this.progressPush.now();
    }
    this.safely(() => this.lease.release());
    this.phase = 'stopped';
  }

  /** New outbox rows (or a change that may free waiting ones): look at the queue now. */
  wake(): void {
    this.planner.markDirty();
    this.pump();
  }

  /** Sends a dead letter again after the manager corrected its source (see requeueDeadLetter); codes are read afresh. */
  requeue(seq: number, actor: DeadLetterActor, refresh?: RefreshState): RequeueResult {
    const result = requeueDeadLetter(this.db, seq, { actor, now: this.clock.now(), ...(refresh ? { refresh } : {}) });
    // The correction may have been a platform code linked by hand: forget the codes remembered so far.
    this.codes.clear();
    this.planner.solo.delete(seq);
    this.progressTotalStale = true;
    this.wake();
    this.touch();
    return result;
  }

  /** Gives up on a dead letter (or a pending record) with the manager's reason; what waited on it may go now. */
  discard(seq: number, reason: string, actor: DeadLetterActor): { seq: number; status: string } {
    const result = discardDeadLetter(this.db, seq, reason, { actor, now: this.clock.now() });
    this.progressTotalStale = true;
    this.wake();
    this.touch();
    return result;
  }

  /** Per session, local counts beside delivered ones, and every undelivered record with why. */
  reconcile(options: { sessionId?: string; afterSeq?: number; limit?: number } = {}): Reconciliation {
    return reconcile(this.db, this.judge, { ...options, now: this.clock.now() });
  }

  /** Uses another client from now on (new platform settings); resumes a pause. The old one is the caller's to close. */
  setClient(client: PlatformClient, options: { platformChanged: boolean }): void {
    this.client = client;
    if (options.platformChanged) this.codes.clear();
    this.forgetPlans();
    this.retrying = null;
    this.connectivity.reached(this.clock.now());
    this.resume();
  }

  /** "Sync now": every waiting retry is due at once, an offline worker probes at once, and progress is reported until done. */
  syncNow(): SyncProgress {
    const running = this.manual.snapshot();
    if (running?.running) return running;
    const now = this.clock.now();
    expeditePending(this.db, now);
    this.manual.start(now, countUndelivered(this.db));
    this.resume();
    if (this.connectivity.state === 'offline') {
      this.connectivity.probeSoon(now);
      this.timers.cancel('probe');
    }
    this.wake();
    this.progressPush.now();
    return this.manual.snapshot() ?? running ?? { running: false, startedAt: now, finishedAt: now, done: 0, total: 0, delivered: 0, dead: 0, outcome: 'stopped' };
  }

  /** Resolves when the current manual sync finishes (at once with the last one, or null, when none is running). */
  manualDone(): Promise<SyncProgress | null> {
    return this.manual.done();
  }

  /** A manager stops waiting for a "sync now" (e.g. through an outage): the records stay queued on their own schedule. */
  cancelManual(): SyncProgress | null {
    if (!this.manual.running) return this.manual.snapshot();
    this.manual.finish('cancelled', this.clock.now(), countUndelivered(this.db));
    this.progressPush.now();
    this.touch();
    return this.manual.snapshot();
  }

  /**
   * The status now. Asked for (the API), its counts are fresh after any activity; pushed while the queue is busy,
   * they are recounted at most once per countsRefreshMs (counting reads every undelivered row), and a push of
   * fresh counts follows when that time is up, so the last push of a burst is never stale.
   */
  status(options: { pushed?: boolean } = {}): SyncStatus {
    const now = this.clock.now();
    const held = this.paused ?? (this.storage && { reason: storageReason(this.storage.kind), since: this.storage.since });
    const age = this.queueCounts ? now - this.queueCounts.at : Number.POSITIVE_INFINITY;
    const recount = age < 0 || age >= this.tuning.countsMaxAgeMs || (this.countsStale && (!options.pushed || age >= this.tuning.countsRefreshMs));
    if (recount || !this.queueCounts) {
      this.queueCounts = countQueue(this.db, now);
      this.countsStale = false;
    } else if (this.countsStale) {
      this.timers.later('fresh-counts', this.tuning.countsRefreshMs - age, () => this.statusPush.poke());
    }
    const waiting = [...this.queueCounts.undelivered.values()].some((c) => c.pending + c.inFlight > 0);
    // Reachable but failing (503s below the offline threshold, Retry-After waits): not "online" while records wait.
    const retrying = this.connectivity.state === 'online' && this.retrying !== null && waiting;
    const state = this.phase === 'stopped' || this.phase === 'stopping' ? 'stopped' : this.leased ? 'leased' : held ? 'paused' : retrying ? 'retrying' : this.connectivity.state;
    const failing = state === 'offline' || state === 'retrying';
    const reason =
      state === 'leased' ? (this.leased?.reason ?? null) : state === 'paused' ? (held?.reason ?? null) : failing ? (this.lastError?.message ?? 'the platform cannot be reached') : null;
    const since = state === 'leased' ? (this.leased?.since ?? now) : state === 'paused' ? (held?.since ?? now) : state === 'retrying' ? (this.retrying?.since ?? now) : this.connectivity.since;
    const nextTryAt = state === 'offline' ? this.connectivity.nextProbeAt : state === 'retrying' ? (this.dueAt ?? nextDueAt(this.db, now)) : null;
    return buildStatus(this.queueCounts, this.deliveredToday.read(now), {
      at: now,
      state,
      stateReason: reason,
      stateSince: since,
      nextProbeAt: state === 'offline' ? this.connectivity.nextProbeAt : null,
      nextTryAt,
      lastSuccessAt: this.lastSuccessAt,
      lastError: this.lastError,
      ratePerMinute: this.rate.perMinute(now),
      concurrency: { limit: this.limit.limit, active: this.active },
      manual: this.manual.snapshot(),
    });
  }

  /** The configured ceiling of requests in flight. */
  get maxConcurrency(): number {
    return this.limit.max;
  }

  private takeLease(): void {
    if (this.phase !== 'running') return;
    const lease = this.lease.acquire();
    const now = this.clock.now();
    if (!lease.ok) {
      const { holder } = lease;
      this.leased = { reason: `another process (pid ${holder.pid} on ${holder.host}) is sending this database's records`, since: this.leased?.since ?? now };
      this.timers.later('lease', this.tuning.lock.heartbeatMs, () => this.takeLease());
      this.touch();
      return;
    }
    this.leased = null;
    recoverInFlight(this.db, now);
    this.lastSeenSeq = lastSeq(this.db);
    this.timers.repeat('heartbeat', this.tuning.lock.heartbeatMs, () => {
      if (this.lease.renew()) return;
      this.leased = { reason: 'another process took over sending this database', since: this.clock.now() };
      this.forgetPlans();
      // Claimed but not sent: their rows stay in flight, and whoever holds the lease sends them (recoverInFlight).
      this.toSend = [];
      this.timers.cancel('heartbeat');
      this.timers.later('lease', this.tuning.lock.heartbeatMs, () => this.takeLease());
      this.touch();
    });
    this.wake();
    this.touch();
  }

  /**
   * A write may have added outbox rows (the core calls this after each API call): look within gatherWritesMs
   * rather than at the next poll. One indexed read when nothing was added; the poll still catches writes by other
   * processes.
   */
  noticeWrites(): void {
    // Writes arriving together (16 gates scanning at once) go out together: one look after a short gathering
    // time puts them in one request per kind instead of one request each.
    if (this.phase === 'running' && !this.timers.has('gather')) this.timers.later('gather', this.tuning.gatherWritesMs, () => this.poll());
  }

  /** The local storage state this worker last met, for the manager's banner (null when it writes normally). */
  get storageTrouble(): { kind: StorageTrouble; since: number } | null {
    return this.storage && { kind: this.storage.kind, since: this.storage.since };
  }

  private safely(fn: () => void): void {
    try {
      fn();
    } catch (error) {
      this.fault(error);
    }
  }

  /**
   * Every error of a timer, an answer or a pass ends here, never in the event loop. A locked or full database
   * holds the worker (the rows it had in flight stay in flight: their delivery state is not touched) and is
   * tried again with backoff; anything else is logged and shown as the last error, and the worker carries on.
   */
  private fault(error: unknown): void {
    const kind = storageTrouble(error);
    const now = this.clock.now();
    if (!kind) {
      console.error('[sync] unexpected error:', error);
      this.recordError({ at: now, code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) });
      this.touch();
      return;
    }
    const retryMs = this.storage ? Math.min(this.storage.retryMs * 2, this.tuning.storageRetry.maxMs) : this.tuning.storageRetry.initialMs;
    this.storage = { kind, since: this.storage?.since ?? now, retryMs };
    this.forgetPlans();
    this.timers.later('storage', retryMs, () => this.retryStorage());
    this.touch();
  }

  /**
   * After a storage hold: once no request is in flight, rows left in flight (answers that could not be written)
   * go back to the queue and are sent again with the same ids; that write is the test that the trouble passed.
   */
  private retryStorage(): void {
    const hold = this.storage;
    if (!hold) return;
    if (this.active + this.unsettled.length + this.toSend.length > 0) {
      this.timers.later('storage', hold.retryMs, () => this.retryStorage());
      return;
    }
    if (!this.lease.isHeld && !this.leased) {
      this.takeLease();
    } else {
      recoverInFlight(this.db, this.clock.now());
      this.progressTotalStale = true;
    }
    this.storage = null;
    this.forgetPlans();
    this.wake();
    this.touch();
  }

  /**
   * A part-full list is held while rows keep joining it (Planner.mayGo): look again when it may go. Real time, not
   * the worker's clock: it bounds how long a record waits, whatever clock the tests run.
   */
  private wakeForFilledLists(): void {
    const at = this.planner.filledListsDueAt();
    if (at === null || this.fillTimer) return;
    this.fillTimer = setTimeout(() => {
      this.fillTimer = null;
      if (this.phase === 'running') this.pump();
    }, Math.max(0, at - performance.now()));
  }

  /** Forgets what was planned but not claimed (a pause, a storage hold, a lost lease, a new platform). */
  private forgetPlans(): void {
    this.planner.reset();
    this.toLaunch = [];
  }

  /** Requests out, answers not yet settled, or requests planned and not yet sent. */
  private get busy(): number {
    return this.active + this.unsettled.length + this.launching;
  }

  /** Requests planned and counted against the limit, not yet on the wire (to claim, or claimed and to send). */
  private get launching(): number {
    return this.toLaunch.length + this.toSend.length;
  }

  private poll(): void {
    if (this.leased) return;
    const seq = lastSeq(this.db);
    if (seq === this.lastSeenSeq) return;
    this.lastSeenSeq = seq;
    // Rows were appended: a pass reads those after the last row read, not the rows held in lists still filling.
    this.planner.markAppended();
    this.pump();
    this.touch();
  }

  private pump(): void {
    this.safely(() => this.pumpNow());
  }

  private pumpNow(): void {
    if (this.phase !== 'running' || this.leased || this.paused || this.storage) return;
    if (this.connectivity.state === 'offline') {
      this.scheduleProbe();
      return;
    }
    const dueBy = this.clock.now();
    const deadline = performance.now() + this.tuning.turnBudgetMs;
    let stop: 'full' | 'later' | 'idle' = 'full';
    // Answers not yet settled count as busy for the planner: their settlement may still add to a list.
    while (this.active + this.launching < this.limit.limit) {
      const next = this.planner.next(dueBy, deadline, { busy: this.busy, limit: this.limit.limit });
      if (next === 'later' || next === null) {
        stop = next === null ? 'idle' : 'later';
        break;
      }
      this.toLaunch.push(next);
    }
    this.launchSlice();
    // Every slot busy: the rest of the turn reads ahead (rows freed by answers, the open pass), and the next turn
    // goes on while there is more, so the next free slot does not wait for planning.
    if (stop === 'full' && this.planner.planAhead(dueBy, deadline, performance.now() + this.tuning.aheadBudgetMs)) stop = 'later';
    // The planner read its share of the queue for this turn: let I/O run, then carry on.
    if (stop === 'later') this.pumpTurn.request();
    if (stop === 'idle') this.idle();
  }

  /** Nothing can go now: wake again when the next backed-off row is due; end a manual sync that has nothing left. */
  private idle(): void {
    this.wakeForFilledLists();
    const now = this.clock.now();
    // While requests are in flight their answers bring another look soon: the next due time (it reads the retry
    // time of every pending row, tens of ms in a long backlog) is looked up at most once per wakePollMs then.
    if (this.busy > 0 && now >= this.lastDueLookAt && now - this.lastDueLookAt < this.tuning.wakePollMs) return;
    this.lastDueLookAt = now;
    // Rows that came due after this pass read the queue count as waiting too: they wake it at once.
    const due = nextDueAt(this.db, this.planner.passDueBy);
    if (due !== null && (this.dueAt === null || due < this.dueAt)) {
      this.dueAt = due;
      this.timers.later('due', due - now, () => {
        this.dueAt = null;
        this.wake();
      });
    }
    if (this.manual.running && this.busy === 0 && due === null && this.planner.filledListsDueAt() === null) {
      const left = countUndelivered(this.db);
      this.manual.finish(left === 0 ? 'drained' : 'held', now, left);
      this.progressPush.now();
    }
  }

  /**
   * Claims and sends the next slice of planned requests (one full list, or up to SLICE_ROWS single records, in one
   * transaction), and the rest in later turns of the event loop.
   */
  private launchSlice(): void {
    if (this.phase !== 'running' || this.leased || this.paused || this.storage || this.connectivity.state === 'offline') return;
    const jobs: PlannedJob[] = [];
    let rows = 0;
    for (let job = this.toLaunch[0]; job && (jobs.length === 0 || rows + job.rows.length <= SLICE_ROWS); job = this.toLaunch[0]) {
      this.toLaunch.shift();
      jobs.push(job);
      rows += job.rows.length;
    }
    this.launchAll(jobs);
    if (this.toLaunch.length > 0) this.launchTurn.request();
  }

  /** Claims the rows of several requests in one transaction (one commit for all); they are sent in the next slice. */
  private launchAll(jobs: readonly PlannedJob[]): void {
    if (jobs.length === 0) return;
    const now = this.clock.now();
    const planned = jobs.flatMap((job) => job.rows);
    // Successes waiting for their settlement share the claim's transaction: one commit for both (commits were the
    // largest single cost of a drain of single records). Failures wait for their own slice (settleSlice).
    const answers = this.takeAnswers(true);
    let read = new Map<number, ClaimRead>();
    try {
      this.db.transaction(() => {
        this.applyAnswers(answers);
        read = claimRows(this.db, planned, now);
      }).immediate();
    } catch (error) {
      if (answers.length > 0) this.codes.clear();
      // Nothing was claimed: the planner reads these rows again in a later pass.
      this.planner.claimed(planned.map((row) => row.seq));
      this.planner.markDirty();
      throw error;
    } finally {
      if (answers.length > 0) this.answered(answers);
    }
    this.planner.claimed(planned.map((row) => row.seq));
    for (const job of jobs) {
      const rows: ClaimedText[] = [];
      for (const row of job.rows) {
        // A row missing here was taken out of the queue meanwhile (discarded, or replaced by a newer state).
        const claim = read.get(row.seq);
        if (claim) rows.push({ row, ...claim });
      }
      if (rows.length > 0) this.toSend.push({ kind: job.kind, rows, at: now });
    }
    // A claim of a few rows is sent at once (another turn would only add latency); a list's waits for the next.
    if (read.size <= SEND_AT_ONCE_ROWS) this.sendSlice();
    else this.sendTurn.request();
  }

  /**
   * Sends the next slice of claimed requests (one full list, or up to SLICE_ROWS single records), the rest in later
   * turns. Claimed requests go whatever happened since their claim (as they did when a claim sent at once), unless
   * the worker stopped or lost its lease: then their rows stay in flight for the next start or the lease's holder.
   */
  private sendSlice(): void {
    if (this.phase !== 'running' || this.leased) return;
    let rows = 0;
    let count = 0;
    for (let next = this.toSend[0]; next && (count === 0 || rows + next.rows.length <= SLICE_ROWS); next = this.toSend[count]) {
      rows += next.rows.length;
      count++;
    }
    const slice = this.toSend.splice(0, count);
    if (this.toSend.length > 0) this.sendTurn.request();
    let unsent = false;
    for (const claimed of slice) if (!this.launch(claimed)) unsent = true;
    // A request that could not be built gave its slot back: another may take it.
    if (unsent) this.pumpTurn.request();
  }

  /** Builds and sends one claimed request; false when it could not be (its rows released or dead). */
  private launch({ kind, rows: claimed, at: now }: Claimed): boolean {
    const rows = this.parsed(claimed, now);
    if (rows.length === 0) return false;
    let request: WireRequest;
    try {
      request = buildRequest(kind, rows, this.codes);
    } catch (error) {
      if (storageTrouble(error)) throw error;
      if (error instanceof MissingCode) {
        // Judged ready a moment ago; try again shortly rather than spin.
        releaseRows(this.db, rows.map((r) => r.seq), now, now + this.tuning.backoff.baseMs);
      } else {
        const message = `cannot be put on the wire: ${error instanceof Error ? error.message : String(error)}`;
        for (const row of rows) markDead(this.db, row.seq, { now, code: 'LOCAL', message });
        this.progressTotalStale = true;
        this.recordError({ at: now, code: 'LOCAL', message });
      }
      return false;
    }
    for (const row of rows) if (row.coalesceKey !== null) this.inFlightKeys.add(row.coalesceKey);
    this.active++;
    const generation = this.codes.generation;
    const work = sendRequest(this.client, request)
      .catch((error: unknown): Outcome<RequestData> => ({ kind: 'transient', reason: 'malformed', busy: false, msg: `internal error: ${error instanceof Error ? error.message : String(error)}` }))
      .then((outcome) => this.settleSoon({ kind, rows, outcome, generation }))
      .finally(() => this.running.delete(work));
    this.running.add(work);
    return true;
  }

  /**
   * The claimed rows with their payloads parsed, and held to the wire's rules (sendable.ts: the one check of a
   * report before it goes). A stored payload that no longer parses (written by another version, or damaged), or
   * that the platform would refuse, cannot be put on the wire: that row alone becomes a dead letter, and the others
   * of its list go.
   */
  private parsed(claimed: readonly ClaimedText[], now: number): ClaimedRow[] {
    const rows: ClaimedRow[] = [];
    for (const { row, attempts, payloadText } of claimed) {
      let problem: string;
      try {
        const parsed = parseSendable(row.kind, payloadText);
        if (parsed.ok) {
          rows.push({ ...row, attempts, payload: parsed.payload });
          continue;
        }
        problem = describeIssues(parsed.issues);
      } catch (error) {
        problem = error instanceof Error ? error.message : String(error);
      }
      const message = `its stored payload does not parse to the platform's rules: ${problem}`;
      markDead(this.db, row.seq, { now, code: 'LOCAL', message });
      this.progressTotalStale = true;
      this.recordError({ at: now, code: 'LOCAL', message });
    }
    return rows;
  }

  /**
   * Queues an answer to be settled with the others that arrive in the same turn of the event loop: up to SLICE_ROWS
   * rows in one transaction, then the next slice in a later turn. Answers come back in bursts (16 requests in
   * flight), and a transaction per answer rewrote the same index pages once per answer. A success gives its slot
   * back at once (its rows stay in flight until settled): the next request leaves first, the settlement follows
   * while it is on the wire. A failure keeps its slot until settled, so the limit, backoff and offline state it
   * may change hold before anything else is sent. Resolves once settled.
   */
  private settleSoon(answer: Omit<Unsettled, 'done' | 'slotFreed'>): Promise<void> {
    return new Promise((done) => {
      const slotFreed = answer.outcome.kind === 'success' && this.phase === 'running';
      this.unsettled.push({ ...answer, slotFreed, done });
      if (slotFreed) {
        this.active--;
        this.pumpTurn.request();
      }
      this.settleTurn.request();
    });
  }

  /** The answers at the head of the queue, up to SLICE_ROWS rows (at least one); only successes if `successes`. */
  private takeAnswers(successes: boolean): Unsettled[] {
    let rows = 0;
    let count = 0;
    for (let next = this.unsettled[0]; next && (!successes || next.slotFreed) && (count === 0 || rows + next.rows.length <= SLICE_ROWS); next = this.unsettled[count]) {
      rows += next.rows.length;
      count++;
    }
    return this.unsettled.splice(0, count);
  }

  /** Settles answers inside the caller's transaction. */
  private applyAnswers(answers: readonly Unsettled[]): void {
    for (const a of answers) this.answer(a.kind, a.rows, a.outcome, a.generation);
  }

  /** Answers settled (or left in flight by a failed transaction): their slots, their promises, the next look. */
  private answered(answers: readonly Unsettled[]): void {
    for (const a of answers) {
      if (!a.slotFreed) this.active--;
      a.done();
    }
    if (this.unsettled.length > 0) this.settleTurn.request();
    this.pumpTurn.request();
    this.touch();
  }

  private settleSlice(): void {
    const answers = this.takeAnswers(false);
    if (answers.length === 0) return;
    try {
      // After stop() the database may be closed: the rows stay in flight and the next start sends them again.
      if (this.phase === 'running') {
        this.safely(() => {
          try {
            this.db.transaction(() => this.applyAnswers(answers))();
          } catch (error) {
            // Nothing of the slice was written (the rows stay in flight): codes remembered from its answers are
            // read again from the database, which holds only those that were kept.
            this.codes.clear();
            throw error;
          }
        });
      } else {
        for (const a of answers) for (const row of a.rows) if (row.coalesceKey !== null) this.inFlightKeys.delete(row.coalesceKey);
      }
    } finally {
      this.answered(answers);
    }
  }

  private answer(kind: OutboxKind, rows: readonly ClaimedRow[], outcome: Outcome<RequestData>, codesGeneration: number): void {
    for (const row of rows) if (row.coalesceKey !== null) this.inFlightKeys.delete(row.coalesceKey);
    const now = this.clock.now();
    const ctx = { db: this.db, codes: this.codes, judge: this.judge, planner: this.planner, tuning: this.tuning, random: this.random, now, manual: this.manual.running, codesGeneration };
    const result = settle(ctx, kind, rows, outcome);
    if (result.kind === 'delivered') this.deliveredToday.add(now, kind, result.count);
    // Rows filed as waiting on these are judged again; anything but a delivery may change what a pass would find.
    this.planner.settled(settledKeys(kind, rows, result.kind === 'delivered'));
    if (result.kind !== 'delivered') this.planner.markDirty();
    // A retry or a release may withdraw a state that a newer one replaced: the manual sync's total must be recounted.
    if (result.kind !== 'delivered' && result.kind !== 'dead') this.progressTotalStale = true;
    this.account(result, now);
  }

  private account(result: Settlement, now: number): void {
    if (result.kind === 'retry' && result.network) {
      if (this.connectivity.unreachable(now)) this.scheduleProbe();
    } else if (this.connectivity.reached(now)) {
      this.backOnline(now);
    }
    if (result.kind === 'delivered') this.retrying = null;
    else if (result.kind === 'retry') this.retrying ??= { since: now };
    switch (result.kind) {
      case 'delivered':
        this.limit.success();
        this.lastSuccessAt = now;
        this.rate.add(now, result.count);
        this.manual.record(result.count, 0);
        break;
      case 'retry':
        if (result.congestion) this.limit.congestion();
        this.recordError({ at: now, code: result.code, message: result.message });
        break;
      case 'dead':
        this.manual.record(0, result.count);
        this.recordError({ at: now, code: result.code, message: result.message });
        break;
      case 'split':
      case 'waiting':
        this.recordError({ at: now, code: result.code, message: result.message });
        break;
      case 'paused':
        this.pause(`the platform refused the credentials (${result.code}): ${result.message}; a manager must correct the appId or secret`);
        break;
    }
    if (this.manual.running) this.progressPush.poke();
  }

  private backOnline(now: number): void {
    expeditePending(this.db, now, NETWORK_FAILURE_CODES);
    this.timers.cancel('probe');
    this.planner.markDirty();
  }

  private scheduleProbe(): void {
    if (this.timers.has('probe') || this.probing || this.phase !== 'running') return;
    const now = this.clock.now();
    this.timers.later('probe', (this.connectivity.nextProbeAt ?? now) - now, () => void this.probe());
    this.touch();
  }

  /** While offline: one cheap call (the performance type list) at a growing interval; any answer means the platform is back. */
  private async probe(): Promise<void> {
    if (this.phase !== 'running' || this.connectivity.state !== 'offline' || this.paused) return;
    this.probing = true;
    const work = this.client.performanceTypeList().then((outcome) => this.safely(() => {
      this.probing = false;
      if (this.phase !== 'running') return;
      const now = this.clock.now();
      if (outcome.kind === 'transient' && isNetworkFailure(outcome)) {
        this.connectivity.probeFailed(now);
        this.recordError({ at: now, code: outcome.code ?? (outcome.httpStatus ? `HTTP ${outcome.httpStatus}` : outcome.reason), message: describeOutcome(outcome) });
        this.scheduleProbe();
        return;
      }
      this.connectivity.reached(now);
      this.backOnline(now);
      if (outcome.kind === 'credentials_refused') this.pause(`the platform refused the credentials (${outcome.code}): ${outcome.msg}`);
      this.wake();
      this.touch();
    }));
    this.running.add(work);
    await work;
    this.running.delete(work);
  }

  private pause(reason: string): void {
    if (this.paused) return;
    const now = this.clock.now();
    this.paused = { reason, since: now };
    this.forgetPlans();
    appendAudit(this.db, { at: now, action: 'sync.paused', outcome: 'failed', detail: { reason } });
    if (this.manual.running) {
      this.manual.finish('paused', now, countUndelivered(this.db));
      this.progressPush.now();
    }
    this.touch();
  }

  private resume(): void {
    if (!this.paused) return;
    this.paused = null;
    this.client.tokens.reset();
    this.wake();
  }

  private recordError(error: SyncError): void {
    this.lastError = error;
  }

  /** Something changed: one status push soon (throttled; nothing when nobody listens). */
  private readonly touch: () => void;
}
