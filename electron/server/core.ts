import type { Db } from '../../db/open';
import type { PersonalDataCipher } from '../boxoffice/personal-data/cipher';
import { SessionStore } from './auth/session-store';
import { LoginGuard } from './auth/login-guard';
import { RefusalTally } from './http/refusal-tally';
import { EventBus } from './events';
import type { PlatformTarget } from './platform/target';
import type { SyncService } from './sync/sync-service';
import type { BackupService } from './backups/backup-service';
import type { DiskWatch } from './storage/disk-watch';
import { LOOPBACK_ONLY, type VenueNetwork } from './lan/venue-network';

export interface CoreOptions {
  db: Db;
  version: string;
  events: EventBus;
  sync: SyncService;
  /** Encrypts names, ID numbers and the platform secret at rest; its key never enters the database. */
  cipher: PersonalDataCipher;
  clock?: () => number;
  backups: (core: Omit<Core, 'backups'>) => BackupService;
  /** The database's disk and lock state (the manager's banner). */
  storage: DiskWatch;
  /** The venue network served (HTTPS, certificate fingerprint, addresses); loopback only when omitted. */
  network?: VenueNetwork;
}

/** Everything the API handlers share: the database and the long-lived services around it. */
export interface Core {
  db: Db;
  version: string;
  sessions: SessionStore;
  /** Failed logins: counted before the PIN check, per username and source, per address, slowed per username. */
  logins: LoginGuard;
  /** Refused requests, counted per address and reason per minute rather than stored one by one. */
  refusals: RefusalTally;
  events: EventBus;
  /** Where reports go now (changes when a manager switches the platform). */
  readonly platform: PlatformTarget;
  sync: SyncService;
  /** Encrypts and decrypts names and ID numbers; its key never enters the database. */
  cipher: PersonalDataCipher;
  /** UTC milliseconds; tests may move it. */
  clock: () => number;
  backups: BackupService;
  /** Free space, a full disk, another program's lock: the manager's banner. */
  storage: DiskWatch;
  /** The venue network served; `urls` are filled in once the core listens. */
  network: VenueNetwork;
}

export function createCore(options: CoreOptions): Core {
  const core: Omit<Core, 'backups'> = {
    db: options.db,
    version: options.version,
    sessions: new SessionStore(options.db),
    logins: new LoginGuard(),
    refusals: new RefusalTally(options.db),
    events: options.events,
    get platform() {
      return options.sync.connection.target;
    },
    sync: options.sync,
    cipher: options.cipher,
    clock: options.clock ?? Date.now,
    storage: options.storage,
    network: options.network ?? { ...LOOPBACK_ONLY },
  };
  // Assigned, not spread: a spread would freeze the platform getter at its value of today.
  return Object.assign(core, { backups: options.backups(core) });
}

export { EventBus };
