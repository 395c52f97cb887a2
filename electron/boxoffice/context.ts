import type { Db } from '../../db/open';
import type { Role } from '../../db/roles';
import type { PersonalDataCipher } from './personal-data/cipher';

/** Who acts; the same shape as the server's Actor, so the server passes its own. `userId` is null for the system. */
export interface DomainActor {
  userId: string | null;
  username: string | null;
  role: Role | null;
  address: string | null;
}

/** Everything a domain service needs: the database, the time, the personal-data cipher and who acts. */
export interface DomainContext {
  db: Db;
  /** UTC milliseconds; tests pass a fixed clock. */
  clock: () => number;
  cipher: PersonalDataCipher;
  actor: DomainActor;
}
