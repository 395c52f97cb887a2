import type { setupProcedures } from '../contract/setup';
import { setupChecklist } from '../../boxoffice/setup/checklist';
import type { Handlers } from './context';
import { domainContext } from './domain-context';

export const setupHandlers: Handlers<keyof typeof setupProcedures> = {
  'setup.checklist': (_input, ctx) => setupChecklist(domainContext(ctx)),
};
