// Browser-safe: the contract (and through it the window) reads these too.

/** Who a user is at the box office; the users table's CHECK constraint holds the same three. */
export type Role = 'manager' | 'clerk' | 'gate';

/** The role sets procedures are open to (electron/server/contract/) and the few finer rules the domain keeps. */
export const ALL_ROLES: readonly Role[] = ['manager', 'clerk', 'gate'];
export const MANAGER: readonly Role[] = ['manager'];
export const SELLERS: readonly Role[] = ['manager', 'clerk'];
export const GATE: readonly Role[] = ['manager', 'gate'];
