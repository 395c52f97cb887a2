import type { z } from 'zod';
import { newId } from '../../../db/ids';
import { getShift, openShiftOf, type ShiftRow } from '../../../db/shifts';
import { run } from '../../../db/statements';
import type { DomainContext } from '../context';
import { BoxOfficeError, notFound } from '../errors';
import { yuan } from '../format';
import { audit, inTransaction } from '../service';
import { computeShiftReport, storedShiftReport, type ShiftReport } from './report';
import type { closeShiftInput, openShiftInput, shiftReportInput } from './schemas';

export interface ShiftView {
  id: string;
  userId: string;
  openedAt: number;
  floatFen: number;
  closedAt: number | null;
}

const toView = (shift: ShiftRow): ShiftView => ({ id: shift.id, userId: shift.userId, openedAt: shift.openedAt, floatFen: shift.floatFen, closedAt: shift.closedAt });

function actorId(ctx: DomainContext): string {
  if (ctx.actor.userId === null) throw new BoxOfficeError('FORBIDDEN', 'Shifts belong to people: log in to open one.');
  return ctx.actor.userId;
}

/** The shift a report or closing is about: the given one (another user's only for a manager), or the actor's open shift. */
function targetShift(ctx: DomainContext, shiftId: string | undefined): ShiftRow {
  if (shiftId === undefined) {
    const open = openShiftOf(ctx.db, actorId(ctx));
    if (!open) throw new BoxOfficeError('NO_OPEN_SHIFT', 'You have no open shift.');
    return open;
  }
  const shift = getShift(ctx.db, shiftId);
  if (!shift) throw notFound('shift', shiftId);
  if (shift.userId !== ctx.actor.userId && ctx.actor.role !== 'manager') throw new BoxOfficeError('FORBIDDEN', 'Only a manager can see or close another clerk’s shift.');
  return shift;
}

/** Opens the actor's shift with the float put in the drawer. One open shift per person. */
export function openShift(ctx: DomainContext, input: z.output<typeof openShiftInput>): ShiftView {
  const { floatFen } = input;
  return inTransaction(ctx, () => {
    const userId = actorId(ctx);
    const open = openShiftOf(ctx.db, userId);
    if (open) throw new BoxOfficeError('SHIFT_ALREADY_OPEN', 'You already have an open shift: close it first.', { shiftId: open.id });
    const id = newId('sft_');
    run(ctx.db, 'INSERT INTO shifts (id, user_id, opened_at, float_fen) VALUES (?, ?, ?, ?)', id, userId, ctx.clock(), floatFen);
    audit(ctx, 'shift.open', id, { floatFen });
    const shift = getShift(ctx.db, id);
    if (!shift) throw notFound('shift', id);
    return toView(shift);
  });
}

/** The X report of an open shift (or the frozen Z report of a closed one). */
export function shiftReport(ctx: DomainContext, input: z.output<typeof shiftReportInput>): ShiftReport {
  const { shiftId } = input;
  const shift = targetShift(ctx, shiftId);
  if (shift.report !== null) return storedShiftReport(ctx, shift, shift.report);
  return computeShiftReport(ctx, shift, 'X', null, null);
}

/** Closes a shift with the cash counted: the Z report is computed, frozen with the shift, and returned. */
export function closeShift(ctx: DomainContext, input: z.output<typeof closeShiftInput>): ShiftReport {
  const { shiftId, countedCashFen, note } = input;
  return inTransaction(ctx, () => {
    const shift = targetShift(ctx, shiftId);
    if (shift.closedAt !== null) throw new BoxOfficeError('SHIFT_CLOSED', 'This shift is already closed.', { shiftId: shift.id });
    const now = ctx.clock();
    const report = computeShiftReport(ctx, shift, 'Z', countedCashFen, now);
    run(
      ctx.db,
      'UPDATE shifts SET closed_at = ?, closed_by = ?, counted_cash_fen = ?, expected_cash_fen = ?, note = ?, report = ? WHERE id = ?',
      now, ctx.actor.userId, countedCashFen, report.expectedCashFen, note, JSON.stringify(report), shift.id,
    );
    audit(ctx, 'shift.close', shift.id, { expectedCashFen: report.expectedCashFen, countedCashFen, differenceFen: report.differenceFen, difference: yuan(report.differenceFen ?? 0) });
    return report;
  });
}
