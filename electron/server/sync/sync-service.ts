import type { Db } from '../../../db/open';
import type { PersonalDataCipher } from '../../boxoffice/personal-data/cipher';
import { forgetToken, SyncWorker, type Clock, type SyncStatus, type TuningOverrides } from '../../reporter/sync';
import type { SyncStatusView } from '../contract/sync';
import type { EventBus } from '../events';
import type { PlatformConnection } from '../platform/connection';
import type { PlatformSettings } from '../platform/settings';
import { domainStateRefresher } from './refresh-state';

export interface SyncServiceOptions {
  db: Db;
  cipher: () => PersonalDataCipher;
  connection: PlatformConnection;
  events: EventBus;
  tuning?: TuningOverrides;
  clock?: Clock;
}

/** The core's sync: the worker, fed by the platform connection, publishing its status and progress as events. */
export class SyncService {
  private current: SyncWorker;
  readonly connection: PlatformConnection;
  readonly refresh: ReturnType<typeof domainStateRefresher>;
  private readonly db: Db;
  private readonly options: SyncServiceOptions;

  constructor(options: SyncServiceOptions) {
    this.db = options.db;
    this.options = options;
    this.connection = options.connection;
    this.refresh = domainStateRefresher(options.db, options.cipher);
    this.current = this.newWorker();
  }

  get worker(): SyncWorker {
    return this.current;
  }

  private newWorker(): SyncWorker {
    const { options } = this;
    return new SyncWorker({
      db: options.db,
      client: options.connection.client,
      ...(options.clock ? { clock: options.clock } : {}),
      ...(options.tuning ? { tuning: options.tuning } : {}),
      // Throttled by the worker (statusThrottleMs): a few events a second at most, however busy the drain.
      onStatus: (status) => options.events.publish('sync.status', this.view(status)),
      onProgress: (progress) => options.events.publish('sync.progress', progress),
    });
  }

  /**
   * A fresh worker on the same database and platform: after a backup was restored under the old one,
   * whose picture of the queue no longer matches the file.
   */
  async restart(): Promise<void> {
    await this.current.stop();
    this.current = this.newWorker();
    this.current.start();
  }

  start(): void {
    this.worker.start();
  }

  /** The status with the platform it is about. */
  status(): SyncStatusView {
    return this.view(this.worker.status());
  }

  /**
   * Switches the platform: the worker stops (its in-flight requests settle under the old platform), `commit` stores the
   * new settings and moves the books in one transaction, then a fresh worker drains to the new client. A refused
   * commit changes nothing and the old worker's successor carries on.
   */
  async switchPlatform<T>(settings: PlatformSettings, commit: () => T): Promise<T> {
    await this.current.stop();
    let result: T;
    try {
      result = commit();
    } catch (error) {
      this.current = this.newWorker();
      this.current.start();
      throw error;
    }
    const { platformChanged, retire } = await this.connection.apply(settings);
    if (platformChanged) forgetToken(this.db);
    this.current = this.newWorker();
    this.current.start();
    await retire();
    return result;
  }

  async stop(): Promise<void> {
    await this.worker.stop();
  }

  private view(status: SyncStatus): SyncStatusView {
    return { ...status, sandbox: this.connection.target.sandbox };
  }
}
