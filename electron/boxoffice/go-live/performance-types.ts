// Performance types follow the platform: a performance whose type the current platform does not list
// is held by the sync worker ("needs a type") until a manager picks one of the platform's types.
import { isKnownPerformanceType, listPerformanceRows, listPerformanceTypes } from '../../../db/catalog';
import { allRows, run } from '../../../db/statements';
import type { DomainContext } from '../context';
import { BoxOfficeError } from '../errors';
import { reportPerformanceUpdate } from '../outbox/states';
import { audit, inTransaction } from '../service';

export interface PerformanceTypeCheck {
  performanceId: string;
  name: string;
  typeId: number;
  /** The type's name in the platform's list, or null when the platform does not list it. */
  typeName: string | null;
  /** False while the platform's list is known and lacks the type: nothing of the performance is sent. */
  listed: boolean;
}

/** Every local performance with its type, checked against the platform's list (all listed while no list is known). */
export function checkPerformanceTypes(ctx: Pick<DomainContext, 'db'>): { listKnown: boolean; performances: PerformanceTypeCheck[] } {
  const names = new Map(listPerformanceTypes(ctx.db).map((t) => [t.typeId, t.typeName]));
  return {
    listKnown: names.size > 0,
    performances: listPerformanceRows(ctx.db).map((p) => ({
      performanceId: p.id,
      name: p.name,
      typeId: p.typeId,
      typeName: names.get(p.typeId) ?? null,
      listed: isKnownPerformanceType(ctx.db, p.typeId),
    })),
  };
}

export interface RetypeInput {
  from: number;
  to: number;
}

/** Gives every performance of type `from` the type `to` (one the platform lists); their pending records follow. Audited. */
export function retypePerformances(ctx: DomainContext, input: RetypeInput): { changed: string[] } {
  return inTransaction(ctx, () => {
    if (listPerformanceTypes(ctx.db).length === 0) {
      throw new BoxOfficeError('UNKNOWN_PERFORMANCE_TYPE', "The platform's performance type list has not been downloaded yet: test the connection first.", { field: 'typeId', typeId: input.to });
    }
    if (!isKnownPerformanceType(ctx.db, input.to)) {
      throw new BoxOfficeError('UNKNOWN_PERFORMANCE_TYPE', `Performance type ${input.to} is not in the platform's type list.`, { field: 'typeId', typeId: input.to });
    }
    const changed = allRows<{ id: string }>(ctx.db, 'SELECT id FROM performances WHERE type_id = ? ORDER BY id', input.from).map((r) => r.id);
    if (changed.length === 0) return { changed };
    run(ctx.db, 'UPDATE performances SET type_id = ?, updated_at = ? WHERE type_id = ?', input.to, ctx.clock(), input.from);
    for (const id of changed) reportPerformanceUpdate(ctx, id);
    audit(ctx, 'performance.retype', null, { from: input.from, to: input.to, performances: changed });
    return { changed };
  });
}
