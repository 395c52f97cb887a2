import type { Role } from '../../../db/roles';

/** Who is doing something, for the audit trail and role checks. `userId` is null for the system itself. */
export interface Actor {
  userId: string | null;
  username: string | null;
  role: Role | null;
  address: string | null;
}

export const SYSTEM_ACTOR: Actor = { userId: null, username: 'system', role: null, address: null };
