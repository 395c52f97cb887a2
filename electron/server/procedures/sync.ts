import type { syncProcedures } from '../contract/sync';
import { appendAudit } from '../../../db/audit';
import { deadLetters, NotADeadLetter } from '../../reporter/sync';
import { BoxOfficeError } from '../../boxoffice/errors';
import type { Handlers, RequestContext } from './context';

const actorOf = (ctx: RequestContext) => ({ userId: ctx.actor.userId, username: ctx.actor.username, address: ctx.address });

function refusingNonDeadLetters<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof NotADeadLetter) throw new BoxOfficeError('CONFLICT', error.message);
    throw error;
  }
}

export const syncHandlers: Handlers<keyof typeof syncProcedures> = {
  'sync.status': (_input, ctx) => ctx.core.sync.status(),

  'sync.now': (_input, ctx) => {
    const progress = ctx.core.sync.worker.syncNow();
    appendAudit(ctx.core.db, { ...actorOf(ctx), action: 'sync.now', outcome: 'ok', detail: { total: progress.total } });
    return progress;
  },

  'sync.cancel': (_input, ctx) => {
    const progress = ctx.core.sync.worker.cancelManual();
    appendAudit(ctx.core.db, { ...actorOf(ctx), action: 'sync.cancel', outcome: 'ok', detail: { done: progress?.done ?? 0, total: progress?.total ?? 0 } });
    return progress;
  },

  'sync.deadLetters': (input, ctx) => deadLetters(ctx.core.db, { limit: input.limit, ...(input.beforeSeq !== undefined ? { beforeSeq: input.beforeSeq } : {}) }),

  'sync.requeue': (input, ctx) => refusingNonDeadLetters(() => ctx.core.sync.worker.requeue(input.seq, actorOf(ctx), ctx.core.sync.refresh)),

  'sync.discard': (input, ctx) => refusingNonDeadLetters(() => ctx.core.sync.worker.discard(input.seq, input.reason, actorOf(ctx))),

  'sync.reconciliation': (input, ctx) =>
    ctx.core.sync.worker.reconcile({
      limit: input.limit,
      ...(input.sessionId !== undefined ? { sessionId: input.sessionId } : {}),
      ...(input.afterSeq !== undefined ? { afterSeq: input.afterSeq } : {}),
    }),
};
