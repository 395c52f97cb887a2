import type { Db } from '../../../db/open';
import type { OutboxKind } from '../../../db/outbox/payloads';
import { sessionTallies, type SessionTally } from '../../../db/outbox/reconcile';
import { listUndelivered } from '../../../db/outbox/stats';
import { getRow } from '../../../db/statements';
import type { DependencyJudge } from './dependencies';
import { explainRow, type UndeliveredWhy } from './explain';

/** One record the platform does not have yet, and why. */
export interface UndeliveredRecord {
  seq: number;
  kind: OutboxKind;
  recordId: string;
  sessionId: string | null;
  eventAt: number;
  status: 'pending' | 'in_flight' | 'dead';
  why: UndeliveredWhy;
}

/** Per session: local counts beside delivered ones (`matches` when every count agrees); then the undelivered records. */
export interface Reconciliation {
  at: number;
  sessions: (SessionTally & { matches: boolean })[];
  undelivered: {
    /** Undelivered records in scope (one session, or all). */
    total: number;
    /** In queue order, from `afterSeq`, at most `limit`. */
    records: UndeliveredRecord[];
    /** Pass as `afterSeq` for the next page; null at the end. */
    nextAfterSeq: number | null;
  };
}

const matches = (t: SessionTally): boolean =>
  t.local.orders === t.delivered.orders && t.local.ticketsSold === t.delivered.ticketsSold && t.local.refunds === t.delivered.refunds && t.local.checkIns === t.delivered.checkIns;

/** Reconciles one session, or all of them, against what the platform received. */
export function reconcile(db: Db, judge: DependencyJudge, options: { sessionId?: string; afterSeq?: number; limit?: number; now: number }): Reconciliation {
  const limit = options.limit ?? 200;
  judge.newPass();
  const rows = listUndelivered(db, { sessionId: options.sessionId, afterSeq: options.afterSeq, limit: limit + 1 });
  const page = rows.slice(0, limit);
  const total =
    getRow<{ n: number }>(db, "SELECT count(*) AS n FROM outbox WHERE status IN ('pending', 'in_flight', 'dead') AND (? IS NULL OR session_id = ?)", options.sessionId ?? null, options.sessionId ?? null)?.n ?? 0;
  return {
    at: options.now,
    sessions: sessionTallies(db, options.sessionId).map((t) => ({ ...t, matches: matches(t) })),
    undelivered: {
      total,
      records: page.map((row) => ({
        seq: row.seq,
        kind: row.kind,
        recordId: row.recordId,
        sessionId: row.sessionId,
        eventAt: row.eventAt,
        status: row.status as UndeliveredRecord['status'],
        why: explainRow(db, judge, row, options.now),
      })),
      nextAfterSeq: rows.length > limit ? (page.at(-1)?.seq ?? null) : null,
    },
  };
}
