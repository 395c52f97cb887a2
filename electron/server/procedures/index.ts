import type { ProcedureName } from '../contract';
import type { Handlers } from './context';
import { authHandlers } from './auth';
import { systemHandlers } from './system';
import { auditHandlers } from './audit';
import { syncHandlers } from './sync';
import { platformHandlers } from './platform';

/** Every procedure's implementation; the type makes a missing handler a compile error. */
export const handlers: Handlers<ProcedureName> = {
  ...authHandlers,
  ...systemHandlers,
  ...auditHandlers,
  ...syncHandlers,
  ...platformHandlers,
};
