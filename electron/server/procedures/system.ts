import type { systemProcedures } from '../contract/system';
import type { Handlers } from './context';

export const systemHandlers: Handlers<keyof typeof systemProcedures> = {
  'system.info': (_input, ctx) => ({
    version: ctx.core.version,
    sandbox: ctx.core.platform.sandbox,
    platformUrl: ctx.core.platform.url,
    serverTime: Date.now(),
  }),
};
