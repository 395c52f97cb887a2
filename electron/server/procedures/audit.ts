import type { auditProcedures } from '../contract/audit';
import { queryAudit } from '../../../db/audit';
import type { Handlers } from './context';

export const auditHandlers: Handlers<keyof typeof auditProcedures> = {
  'audit.list': (input, ctx) => queryAudit(ctx.core.db, input).map(({ userId: _userId, ...entry }) => entry),
};
