import { z } from 'zod';
import { procedure, ALL_ROLES } from './procedure';

export interface SystemInfo {
  version: string;
  /** True while reports go to the built-in sandbox platform rather than the real one. */
  sandbox: boolean;
  /** The platform base URL reports go to. */
  platformUrl: string;
  serverTime: number;
}

export const systemProcedures = {
  'system.info': procedure<SystemInfo>()({ roles: ALL_ROLES, input: z.object({}) }),
};
