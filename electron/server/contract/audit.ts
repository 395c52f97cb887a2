import { z } from 'zod';
import { procedure, MANAGER } from './procedure';

export interface AuditEntryView {
  id: number;
  at: number;
  username: string | null;
  action: string;
  target: string | null;
  outcome: 'ok' | 'refused' | 'failed';
  detail: Record<string, unknown>;
  address: string | null;
}

export const auditProcedures = {
  /** The audit trail, newest first, filtered; page with `beforeId`. */
  'audit.list': procedure<AuditEntryView[]>()({
    roles: MANAGER,
    input: z.object({
      from: z.number().int().nonnegative().optional(),
      to: z.number().int().nonnegative().optional(),
      action: z.string().max(64).optional(),
      username: z.string().max(32).optional(),
      outcome: z.enum(['ok', 'refused', 'failed']).optional(),
      beforeId: z.number().int().positive().optional(),
      limit: z.number().int().min(1).max(500).default(100),
    }),
  }),
};
