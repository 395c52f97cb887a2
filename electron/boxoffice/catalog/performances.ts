import type { z } from 'zod';
import { newId } from '../../../db/ids';
import { getPerformance, isKnownPerformanceType, type PerformanceRow } from '../../../db/catalog';
import { getRow, run } from '../../../db/statements';
import type { DomainContext } from '../context';
import { BoxOfficeError, notFound } from '../errors';
import { audit, inTransaction } from '../service';
import { reportPerformanceUpdate } from '../outbox/states';
import { assertLargeRulesKept } from '../large/guard';
import type { createPerformanceInput, updatePerformanceInput } from './schemas';
import { performanceRuleIssues } from './schemas';

export interface PerformanceView {
  id: string;
  name: string;
  approval: string;
  typeId: number;
  posterUrl: string;
  description: string;
  sponsor: string;
  performer: string;
  realNameMode: PerformanceRow['realNameMode'];
  gateIdCheck: boolean;
  limitPerIdSession: number | null;
  limitPerIdPerformance: number | null;
  maxTicketsPerOrder: number | null;
  /** Large-performance mode in force: the manager's list marks it. */
  large: boolean;
}

export const toPerformanceView = (p: PerformanceRow): PerformanceView => ({ ...p, gateIdCheck: p.gateIdCheck === 1, large: p.large === 1 });

function checkType(ctx: DomainContext, typeId: number): void {
  if (!isKnownPerformanceType(ctx.db, typeId)) {
    throw new BoxOfficeError('UNKNOWN_PERFORMANCE_TYPE', `Performance type ${typeId} is not in the platform's type list.`, { field: 'typeId', typeId });
  }
}

/** Creates a performance; the platform hears of it with its first session's code request. Manager only. */
export function createPerformance(ctx: DomainContext, p: z.output<typeof createPerformanceInput>): PerformanceView {
  const id = newId('prf_');
  return inTransaction(ctx, () => {
    checkType(ctx, p.typeId);
    const now = ctx.clock();
    run(
      ctx.db,
      `INSERT INTO performances (id, name, approval, type_id, poster_url, description, sponsor, performer, real_name_mode, gate_id_check,
         limit_per_id_session, limit_per_id_performance, max_tickets_per_order, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      id, p.name, p.approval, p.typeId, p.posterUrl, p.description, p.sponsor, p.performer, p.realNameMode, p.gateIdCheck ? 1 : 0,
      p.limitPerIdSession, p.limitPerIdPerformance, p.maxTicketsPerOrder, now, now,
    );
    audit(ctx, 'performance.create', id, { name: p.name, realNameMode: p.realNameMode });
    const created = getPerformance(ctx.db, id);
    if (!created) throw notFound('performance', id);
    return toPerformanceView(created);
  });
}

/** Changes a performance's details or rules. The real-name mode is fixed once tickets were sold. Manager only. */
export function updatePerformance(ctx: DomainContext, input: z.output<typeof updatePerformanceInput>): PerformanceView {
  const { performanceId, ...changes } = input;
  return inTransaction(ctx, () => {
    const current = getPerformance(ctx.db, performanceId);
    if (!current) throw notFound('performance', performanceId);
    const next = { ...toPerformanceView(current), ...changes };
    if (changes.realNameMode !== undefined && changes.gateIdCheck === undefined) next.gateIdCheck = next.realNameMode !== 'none';
    const issues = performanceRuleIssues(next);
    const firstIssue = issues[0];
    if (firstIssue) throw new BoxOfficeError('VALIDATION', `${firstIssue.path}: ${firstIssue.message}`, { issues });
    if (changes.typeId !== undefined) checkType(ctx, changes.typeId);
    assertLargeRulesKept(ctx, performanceId, next);
    if (next.realNameMode !== current.realNameMode) {
      const sold = getRow<{ n: number }>(ctx.db, 'SELECT count(*) AS n FROM orders WHERE performance_id = ?', performanceId);
      if (sold && sold.n > 0) throw new BoxOfficeError('ORDERS_EXIST', 'Tickets of this performance were already sold: its real-name mode can no longer change.', { field: 'realNameMode' });
    }
    run(
      ctx.db,
      `UPDATE performances SET name = ?, approval = ?, type_id = ?, poster_url = ?, description = ?, sponsor = ?, performer = ?, real_name_mode = ?,
         gate_id_check = ?, limit_per_id_session = ?, limit_per_id_performance = ?, max_tickets_per_order = ?, updated_at = ? WHERE id = ?`,
      next.name, next.approval, next.typeId, next.posterUrl, next.description, next.sponsor, next.performer, next.realNameMode,
      next.gateIdCheck ? 1 : 0, next.limitPerIdSession, next.limitPerIdPerformance, next.maxTicketsPerOrder, ctx.clock(), performanceId,
    );
    reportPerformanceUpdate(ctx, performanceId);
    audit(ctx, 'performance.update', performanceId, { fields: Object.keys(changes) });
    const updated = getPerformance(ctx.db, performanceId);
    if (!updated) throw notFound('performance', performanceId);
    return toPerformanceView(updated);
  });
}
