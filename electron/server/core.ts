import type { Db } from '../../db/open';
import { SessionStore } from './auth/session-store';
import { LoginThrottle, PER_ADDRESS, PER_USER } from './auth/login-throttle';
import { EventBus } from './events';

import type { PlatformTarget } from './platform/target';
import type { PersonalDataCipher } from '../boxoffice/personal-data/cipher';
import type { BackupService } from './backups/backup-service';

export interface CoreOptions {
  db: Db;
  version: string;
  platform: PlatformTarget;
  cipher: PersonalDataCipher;
  clock?: () => number;
  backups: (core: Omit<Core, 'backups'>) => BackupService;
}

/** Everything the API handlers share: the database and the long-lived services around it. */
export interface Core {
  db: Db;
  version: string;
  sessions: SessionStore;
  /** Failed logins, counted per username and per address. */
  throttle: { user: LoginThrottle; address: LoginThrottle };
  events: EventBus;
  platform: PlatformTarget;
  /** Encrypts and decrypts names and ID numbers; its key never enters the database. */
  cipher: PersonalDataCipher;
  /** UTC milliseconds; tests may move it. */
  clock: () => number;
  backups: BackupService;
}

export function createCore(options: CoreOptions): Core {
  const core = {
    db: options.db,
    version: options.version,
    sessions: new SessionStore(options.db),
    throttle: { user: new LoginThrottle(PER_USER), address: new LoginThrottle(PER_ADDRESS) },
    events: new EventBus(),
    platform: options.platform,
    cipher: options.cipher,
    clock: options.clock ?? Date.now,
  };
  return { ...core, backups: options.backups(core) };
}
