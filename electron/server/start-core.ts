import { dirname, join } from 'node:path';
import { CORE_BUSY_TIMEOUT_MS, openDatabase } from '../../db/open';
import { DiskWatch } from './storage/disk-watch';
import { checkAfterUncleanStop, type StartCheck } from './storage/unclean-start';
import { startBackgroundCheckpointer } from '../../db/checkpointer';
import type { Clock, TuningOverrides } from '../reporter/sync';
import { APP_VERSION } from '../version';
import { createPersonalDataCipher } from '../boxoffice/personal-data/cipher';
import { loadOrCreateKeyFile } from '../boxoffice/personal-data/key-file';
import { createRequestListener } from './app';
import { createCore, EventBus, type Core } from './core';
import { listen } from './listen';
import { PlatformConnection, type ClientTuning } from './platform/connection';
import { keyFileFor } from './platform/key';
import { verifyDataKey } from '../boxoffice/personal-data/key-check';
import { readPlatformSettings } from './platform/settings';
import { SyncService } from './sync/sync-service';
import { ETicketSender, type SenderTuning } from './eticket/sender';
import { realClock } from '../reporter/sync';
import { BackupService } from './backups/backup-service';
import { SYSTEM_ACTOR } from './auth/actor';
import { httpsUrl, isLoopbackAddress, lanAddresses, lanNames } from './lan/addresses';
import { loadOrCreateCertificate, type CoreCertificate } from './lan/certificate';
import { startNamedHoldReleases } from './named-holds/release-timer';

export interface StartOptions {
  dbFile: string;
  host: string;
  port: number;
  allowedHostNames: readonly string[];
  /**
   * Serve HTTPS with the core's certificate (devices must pair). Default: on whenever `host` is not loopback;
   * tests turn it on for 127.0.0.1 to load the UI by a LAN name.
   */
  https?: boolean;
  rendererDir?: string;
  /**
   * The personal-data key: given by the desktop shell (from Electron safeStorage), or else read from
   * (or created in) a key file, by default beside the database as `<db>.key`.
   */
  dataKey?: Uint8Array;
  keyFile?: string;
  /** Sync worker timers and limits (tests make them short). */
  sync?: TuningOverrides;
  syncClock?: Clock;
  /** Platform client options (tests shorten timeouts). */
  platformClient?: ClientTuning;
  /** The e-ticket SMS loop's timers (tests make them short). */
  eticket?: Partial<SenderTuning>;
}

export interface RunningCore {
  url: string;
  /** Whether the previous core on this database stopped cleanly (the check made if not is `checked`). */
  startCheck: StartCheck;
  /**
   * Settles with the database check after an unclean stop, which runs beside the serving core (at once after a clean
   * one); the owner of the process stops the core when `failedCheck` finds it damaged.
   */
  checked: Promise<StartCheck>;
  port: number;
  /** The HTTPS addresses for devices on the venue network, and the certificate's SHA-256 fingerprint. */
  lanUrls: string[];
  certificate: CoreCertificate | null;
  dbFile: string;
  core: Core;
  stop(): Promise<void>;
}

/**
 * The composition root: opens the database, connects to the configured platform (the embedded sandbox until a
 * real one is set), starts the sync worker and the backup schedule, builds the services and serves them.
 */
export async function startCore(options: StartOptions): Promise<RunningCore> {
  const { db } = openDatabase(options.dbFile, { busyTimeoutMs: CORE_BUSY_TIMEOUT_MS });
  // Undone in reverse order of start: the server stops taking requests, the worker stops, then the platform
  // connection and the embedded sandbox close, and the database last.
  const cleanups: (() => Promise<void> | void)[] = [() => void db.close()];
  const stop = async () => {
    while (cleanups.length > 0) await cleanups.pop()?.();
  };
  try {
    const start = checkAfterUncleanStop(options.dbFile);
    // Removed last but one: a stop that got this far closed everything but the database.
    cleanups.push(start.cleanStop);
    // WAL checkpoints (and their fsync) on a thread of their own: never inside a sale, a scan or a sync claim.
    const checkpointer = startBackgroundCheckpointer(db);
    cleanups.push(() => checkpointer.stop());
    const keyFile = options.dataKey ? null : (options.keyFile ?? keyFileFor(options.dbFile));
    const dataKey = Buffer.from(options.dataKey ?? loadOrCreateKeyFile(keyFile ?? '').key);
    const cipher = createPersonalDataCipher(dataKey);
    verifyDataKey(db, cipher, keyFile ? `the key file ${keyFile}` : "the desktop app's key");
    const cipherOf = () => cipher;
    const connection = await PlatformConnection.open({ db, dbFile: options.dbFile, settings: readPlatformSettings(db, cipherOf), cipher: cipherOf, ...(options.platformClient ? { tuning: options.platformClient } : {}) });
    cleanups.push(() => connection.close());
    const events = new EventBus();
    const storage = new DiskWatch({ db, dir: dirname(options.dbFile), clock: Date.now, onChange: (status) => events.publish('storage.changed', status) });
    storage.start();
    cleanups.push(() => storage.stop());
    const sync = new SyncService({ db, cipher: cipherOf, connection, events, ...(options.sync ? { tuning: options.sync } : {}), ...(options.syncClock ? { clock: options.syncClock } : {}) });
    sync.start();
    cleanups.push(() => sync.stop());
    // E-tickets by SMS: to the recorder while the platform is the sandbox (training), else to the manager's provider.
    const etickets = new ETicketSender({ db, cipher: cipherOf, clock: options.syncClock ?? realClock, training: () => connection.target.sandbox, ...(options.eticket ? { tuning: options.eticket } : {}) });
    etickets.start();
    cleanups.push(() => etickets.stop());
    const core = createCore({
      db,
      version: APP_VERSION,
      events,
      sync,
      cipher,
      storage,
      backups: (c) =>
        new BackupService({
          db,
          dbFile: options.dbFile,
          keyFile,
          dataKey,
          dir: join(dirname(options.dbFile), 'backups'),
          clock: c.clock,
          // The worker must not send from (or settle into) a database being replaced under it.
          onRestore: {
            before: async () => {
              await etickets.stop();
              await sync.stop();
            },
            after: async () => {
              await sync.restart();
              etickets.start();
            },
          },
        }),
    });
    core.backups.startSchedule(SYSTEM_ACTOR);
    cleanups.push(() => core.backups.close());
    core.refusals.start();
    cleanups.push(() => core.refusals.stop());
    core.sessions.sweep();
    cleanups.push(startNamedHoldReleases(core));
    const certificate = (options.https ?? !isLoopbackAddress(options.host))
      ? await loadOrCreateCertificate(options.dbFile, { ips: lanAddresses(isLoopbackAddress(options.host) ? options.host : '0.0.0.0'), names: lanNames(options.allowedHostNames) })
      : null;
    const serveApp = createRequestListener(core, { rendererDir: options.rendererDir, allowedHostNames: options.allowedHostNames });
    const server = await listen(serveApp, options.host, options.port, certificate ?? undefined);
    cleanups.push(() => server.close());
    // The operator's own names for this PC (--allow-host) are addresses too, and the easiest to type.
    const lanUrls = certificate ? [...server.lanUrls, ...options.allowedHostNames.map((name) => httpsUrl(name, server.port))] : [];
    core.network = { https: certificate !== null, fingerprint: certificate?.fingerprint ?? null, urls: lanUrls };
    return { url: server.url, port: server.port, lanUrls, certificate, dbFile: options.dbFile, core, stop, startCheck: start.check, checked: start.checked };
  } catch (error) {
    await stop();
    throw error;
  }
}
