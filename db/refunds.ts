// Refund fee steps per performance (0060), and what decides whether they may still change.
import type { Db } from './open';
import { allRows, getRow, run } from './statements';

export interface RefundStepRow {
  hoursBefore: number;
  refundPercent: number;
}

/** The performance's refund fee steps, earliest (most hours before the start) first. */
export const listRefundSteps = (db: Db, performanceId: string) =>
  allRows<RefundStepRow>(
    db,
    'SELECT hours_before AS hoursBefore, refund_percent AS refundPercent FROM refund_fee_steps WHERE performance_id = ? ORDER BY hours_before DESC',
    performanceId,
  );

export function replaceRefundSteps(db: Db, performanceId: string, steps: readonly RefundStepRow[]): void {
  run(db, 'DELETE FROM refund_fee_steps WHERE performance_id = ?', performanceId);
  for (const step of steps) {
    run(db, 'INSERT INTO refund_fee_steps (performance_id, hours_before, refund_percent) VALUES (?, ?, ?)', performanceId, step.hoursBefore, step.refundPercent);
  }
}

/** Whether any ticket of the performance is live (sold and not refunded). */
export const hasLiveTickets = (db: Db, performanceId: string): boolean =>
  getRow<{ n: number }>(db, "SELECT EXISTS (SELECT 1 FROM order_lines WHERE performance_id = ? AND status = 'active') AS n", performanceId)?.n === 1;
