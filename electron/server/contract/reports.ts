import { salesReportInput } from '../../boxoffice/reports/schemas';
import type { SalesReport } from '../../boxoffice/reports/sales-report';
import { procedure, MANAGER } from './procedure';
import type { ChangedByOther } from '../../boxoffice/reports/changed-by-others';

export const reportProcedures = {
  /** A period's sales, refunds and admissions, broken down for the manager's charts and CSV exports. */
  'reports.sales': procedure<SalesReport>()({ roles: MANAGER, input: salesReportInput }),
  /** Refunds and reprints of an order by someone other than the clerk who sold it, flagged for the manager. */
  'reports.changedByOthers': procedure<ChangedByOther[]>()({ roles: MANAGER, input: salesReportInput }),
};

export type { SalesReport, ChangedByOther };
