import type { SyncProgress } from './types';

/** The bookkeeping of one manual "sync now": what it delivered or dead-lettered, how it ended, who waits for it. */
export class ManualSync {
  private progress: SyncProgress | null = null;
  private readonly waiters: ((progress: SyncProgress) => void)[] = [];

  get running(): boolean {
    return this.progress?.running === true;
  }

  /** A copy of the progress (null before the first one). */
  snapshot(): SyncProgress | null {
    return this.progress ? { ...this.progress } : null;
  }

  start(now: number, undelivered: number): void {
    this.progress = { running: true, startedAt: now, finishedAt: null, done: 0, total: undelivered, delivered: 0, dead: 0, outcome: 'running' };
  }

  /** Counts records settled while it runs. */
  record(delivered: number, dead: number): void {
    if (!this.progress?.running) return;
    this.progress.delivered += delivered;
    this.progress.dead += dead;
    this.progress.done = this.progress.delivered + this.progress.dead;
  }

  /** done + what is still pending or in flight (new rows appended meanwhile count too). */
  updateTotal(undelivered: number): void {
    if (this.progress) this.progress.total = this.progress.done + undelivered;
  }

  finish(outcome: SyncProgress['outcome'], now: number, undelivered: number): void {
    if (!this.progress?.running) return;
    this.updateTotal(undelivered);
    Object.assign(this.progress, { running: false, outcome, finishedAt: now });
    const done = { ...this.progress };
    for (const resolve of this.waiters.splice(0)) resolve(done);
  }

  /** Resolves when it finishes (at once with the last one, or null, when none runs). */
  done(): Promise<SyncProgress | null> {
    if (!this.progress?.running) return Promise.resolve(this.snapshot());
    return new Promise((resolve) => this.waiters.push(resolve));
  }
}
