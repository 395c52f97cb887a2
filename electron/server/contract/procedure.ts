import type { z } from 'zod';
import type { Role } from '../../../db/roles';

export { ALL_ROLES, GATE, MANAGER, SELLERS, type Role } from '../../../db/roles';

/** Roles that may call a procedure; `public` needs no login (only login, health and first-run setup). */
export type Access = readonly Role[] | 'public';

/** One API procedure: who may call it, its input schema, and (as a type only) its result. */
export interface Procedure<I extends z.ZodType, O> {
  roles: Access;
  input: I;
  /** Phantom: carries the result type to the client; never read at run time. */
  output?: O;
}

/** Declares a procedure; `O` is the result type the server must return and the client receives. */
export function procedure<O>() {
  return <I extends z.ZodType>(definition: { roles: Access; input: I }): Procedure<I, O> => definition;
}

