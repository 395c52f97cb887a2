import type { goLiveProcedures } from '../contract/go-live';
import { checkPerformanceTypes, retypePerformances } from '../../boxoffice/go-live/performance-types';
import type { Handlers } from './context';
import { domainContext } from './domain-context';

export const goLiveHandlers: Handlers<keyof typeof goLiveProcedures> = {
  'platform.typeCheck': (_input, ctx) => checkPerformanceTypes(domainContext(ctx)),
  'platform.retype': (input, ctx) => {
    const result = retypePerformances(domainContext(ctx), input);
    // the held records of these performances may go now
    ctx.core.sync.worker.wake();
    return result;
  },
};
