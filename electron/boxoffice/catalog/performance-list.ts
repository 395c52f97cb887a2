import { listPerformanceRows, listSessionsOfPerformance } from '../../../db/catalog';
import type { DomainContext } from '../context';
import { toPerformanceView, type PerformanceView } from './performances';
import { sessionView, type SessionView } from './sessions';

export interface PerformanceWithSessions extends PerformanceView {
  sessions: SessionView[];
}

/** Every performance, newest first, with its sessions (tiers, codes, availability): the manager's catalog. */
export function listPerformances(ctx: DomainContext): PerformanceWithSessions[] {
  return listPerformanceRows(ctx.db).map((performance) => ({
    ...toPerformanceView(performance),
    sessions: listSessionsOfPerformance(ctx.db, performance.id).map((session) => sessionView(ctx, session)),
  }));
}
