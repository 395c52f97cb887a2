import { salesReportInput } from '../../boxoffice/reports/schemas';
import type { SalesReport } from '../../boxoffice/reports/sales-report';
import { procedure, MANAGER } from './procedure';

export const reportProcedures = {
  /** A period's sales, refunds and admissions, broken down for the manager's charts and CSV exports. */
  'reports.sales': procedure<SalesReport>()({ roles: MANAGER, input: salesReportInput }),
};

export type { SalesReport };
