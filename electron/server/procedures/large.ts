import type { largeProcedures } from '../contract/large';
import { performanceRules } from '../../boxoffice/large/rules';
import { setApprovedAudience, setLargeMode } from '../../boxoffice/large/mode';
import { largeReport } from '../../boxoffice/large/report';
import { bindHolder } from '../../boxoffice/large/bind-holder';
import { unboundHeldTickets } from '../../boxoffice/large/unbound';
import type { Handlers } from './context';
import { domainContext } from './domain-context';

export const largeHandlers: Handlers<keyof typeof largeProcedures> = {
  'large.rules': (input, ctx) => performanceRules(domainContext(ctx), input),
  'large.setMode': (input, ctx) => setLargeMode(domainContext(ctx), input),
  'large.setApprovedAudience': (input, ctx) => setApprovedAudience(domainContext(ctx), input),
  'large.report': (input, ctx) => largeReport(domainContext(ctx), input),
  'held.bindHolder': (input, ctx) => bindHolder(domainContext(ctx), input),
  'held.unbound': (input, ctx) => unboundHeldTickets(domainContext(ctx), input),
};
