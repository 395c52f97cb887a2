import type { storageProcedures } from '../contract/storage';
import type { Handlers } from './context';

export const storageHandlers: Handlers<keyof typeof storageProcedures> = {
  'system.storage': (_input, ctx) => ctx.core.storage.check(),
};
