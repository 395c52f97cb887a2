// Shifts (0030): a clerk's drawer.
import type { Db } from './open';
import { getRow } from './statements';

export interface ShiftRow {
  id: string;
  userId: string;
  openedAt: number;
  floatFen: number;
  closedAt: number | null;
  closedBy: string | null;
  countedCashFen: number | null;
  expectedCashFen: number | null;
  note: string;
  report: string | null;
}

const SHIFT = `SELECT id, user_id AS userId, opened_at AS openedAt, float_fen AS floatFen, closed_at AS closedAt, closed_by AS closedBy,
  counted_cash_fen AS countedCashFen, expected_cash_fen AS expectedCashFen, note, report FROM shifts`;

export const getShift = (db: Db, id: string) => getRow<ShiftRow>(db, `${SHIFT} WHERE id = ?`, id);
export const openShiftOf = (db: Db, userId: string) => getRow<ShiftRow>(db, `${SHIFT} WHERE user_id = ? AND closed_at IS NULL`, userId);
