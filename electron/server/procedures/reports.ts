import type { reportProcedures } from '../contract/reports';
import { salesReport } from '../../boxoffice/reports/sales-report';
import { ordersChangedByOthers } from '../../boxoffice/reports/changed-by-others';
import type { Handlers } from './context';
import { domainContext } from './domain-context';

export const reportHandlers: Handlers<keyof typeof reportProcedures> = {
  'reports.sales': (input, ctx) => salesReport(domainContext(ctx), input),
  'reports.changedByOthers': (input, ctx) => ordersChangedByOthers(domainContext(ctx), input),
};
