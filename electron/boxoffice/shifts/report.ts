import type { ShiftRow } from '../../../db/shifts';
import { allRows, getRow } from '../../../db/statements';
import type { DomainContext } from '../context';

type Method = 'cash' | 'card' | 'mobile';
const METHODS: readonly Method[] = ['cash', 'card', 'mobile'];
type ByMethod = Record<Method, { count: number; fen: number }>;

/** X report (mid-shift) or Z report (at closing): sales, refunds and takings by payment method, and the cash in the drawer. */
export interface ShiftReport {
  kind: 'X' | 'Z';
  shiftId: string;
  userId: string;
  username: string | null;
  /** The person's name as the People screen has it (users.display_name): what the report prints. */
  personName: string | null;
  openedAt: number;
  closedAt: number | null;
  generatedAt: number;
  floatFen: number;
  sales: { orders: number; tickets: number; totalFen: number; byMethod: ByMethod; complimentaryTickets: number; staffTickets: number };
  refunds: { refunds: number; tickets: number; totalFen: number; byMethod: ByMethod };
  /** Sales less refunds, by method. */
  takings: Record<Method, number> & { total: number };
  /** Tickets this person printed again during the shift: reprints (and of them, lost tickets whose old code was voided), e-tickets exchanged for paper. */
  prints: { reprints: number; voided: number; exchanges: number };
  expectedCashFen: number;
  countedCashFen: number | null;
  /** Counted less expected: negative when cash is missing. */
  differenceFen: number | null;
}

function byMethod(rows: readonly { method: string; count: number; fen: number }[]): ByMethod {
  const result = { cash: { count: 0, fen: 0 }, card: { count: 0, fen: 0 }, mobile: { count: 0, fen: 0 } };
  for (const row of rows) if (row.method === 'cash' || row.method === 'card' || row.method === 'mobile') result[row.method] = { count: row.count, fen: row.fen };
  return result;
}

export function computeShiftReport(ctx: DomainContext, shift: ShiftRow, kind: 'X' | 'Z', countedCashFen: number | null, closedAt: number | null): ShiftReport {
  const sales = byMethod(
    allRows(ctx.db, `SELECT payment_method AS method, count(*) AS count, sum(total_fen) AS fen FROM orders WHERE shift_id = ? GROUP BY payment_method`, shift.id),
  );
  const saleTotals = getRow<{ orders: number; tickets: number | null; comp: number | null; staff: number | null }>(
    ctx.db,
    `SELECT count(*) AS orders, sum(ticket_count) AS tickets, sum(CASE WHEN ticket_type = 'complimentary' THEN ticket_count END) AS comp,
       sum(CASE WHEN ticket_type = 'staff' THEN ticket_count END) AS staff FROM orders WHERE shift_id = ?`,
    shift.id,
  );
  const refunds = byMethod(
    allRows(ctx.db, `SELECT payment_method AS method, count(*) AS count, sum(amount_fen) AS fen FROM refunds WHERE shift_id = ? GROUP BY payment_method`, shift.id),
  );
  const refundTotals = getRow<{ refunds: number; tickets: number }>(
    ctx.db,
    'SELECT count(DISTINCT r.id) AS refunds, count(rl.id) AS tickets FROM refunds r LEFT JOIN refund_lines rl ON rl.refund_id = r.id WHERE r.shift_id = ?',
    shift.id,
  );
  const takings = { cash: 0, card: 0, mobile: 0, total: 0 };
  for (const method of METHODS) {
    takings[method] = sales[method].fen - refunds[method].fen;
    takings.total += takings[method];
  }
  const expectedCashFen = shift.floatFen + takings.cash;
  const user = getRow<{ username: string; displayName: string }>(ctx.db, 'SELECT username, display_name AS displayName FROM users WHERE id = ?', shift.userId);
  const prints = printsOf(ctx, shift, closedAt);
  return {
    kind,
    shiftId: shift.id,
    userId: shift.userId,
    username: user?.username ?? null,
    personName: user?.displayName ?? null,
    openedAt: shift.openedAt,
    closedAt,
    generatedAt: ctx.clock(),
    floatFen: shift.floatFen,
    sales: {
      orders: saleTotals?.orders ?? 0,
      tickets: saleTotals?.tickets ?? 0,
      totalFen: METHODS.reduce((sum, m) => sum + sales[m].fen, 0),
      byMethod: sales,
      complimentaryTickets: saleTotals?.comp ?? 0,
      staffTickets: saleTotals?.staff ?? 0,
    },
    refunds: { refunds: refundTotals?.refunds ?? 0, tickets: refundTotals?.tickets ?? 0, totalFen: METHODS.reduce((sum, m) => sum + refunds[m].fen, 0), byMethod: refunds },
    takings,
    prints,
    expectedCashFen,
    countedCashFen,
    differenceFen: countedCashFen === null ? null : countedCashFen - expectedCashFen,
  };
}

/** What the person printed again between the shift's opening and its closing (or now). */
function printsOf(ctx: DomainContext, shift: ShiftRow, closedAt: number | null): ShiftReport['prints'] {
  const row = getRow<{ reprints: number | null; voided: number | null; exchanges: number | null }>(
    ctx.db,
    `SELECT sum(kind = 'reprint') AS reprints, sum(kind = 'reprint' AND voided_code = 1) AS voided, sum(kind = 'exchange') AS exchanges
     FROM ticket_prints WHERE user_id = ? AND printed_at >= ? AND printed_at <= ?`,
    shift.userId, shift.openedAt, closedAt ?? ctx.clock(),
  );
  return { reprints: row?.reprints ?? 0, voided: row?.voided ?? 0, exchanges: row?.exchanges ?? 0 };
}

/** A Z report stored before it carried the person's name and reprints gets them (from the same rows) when read. */
export function storedShiftReport(ctx: DomainContext, shift: ShiftRow, stored: string): ShiftReport {
  const report = JSON.parse(stored) as Partial<ShiftReport> & Omit<ShiftReport, 'personName' | 'prints'>;
  const personName = report.personName ?? getRow<{ name: string }>(ctx.db, 'SELECT display_name AS name FROM users WHERE id = ?', shift.userId)?.name ?? null;
  return { ...report, personName, prints: report.prints ?? printsOf(ctx, shift, report.closedAt) };
}
