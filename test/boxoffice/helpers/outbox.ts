import type { Db } from '../../../db/open';
import { allRows } from '../../../db/statements';
import { toOutboxRow, type OutboxRow } from '../../../db/outbox/queue';
import type { OutboxKind } from '../../../db/outbox/payloads';

/** Outbox rows of a kind (all kinds when omitted), in queue order, payloads validated. */
export function outboxRows(db: Db, kind?: OutboxKind, status?: string): OutboxRow[] {
  return allRows<Parameters<typeof toOutboxRow>[0]>(
    db,
    'SELECT * FROM outbox WHERE (? IS NULL OR kind = ?) AND (? IS NULL OR status = ?) ORDER BY seq',
    kind ?? null,
    kind ?? null,
    status ?? null,
    status ?? null,
  ).map(toOutboxRow);
}

export function count(db: Db, sql: string, ...params: unknown[]): number {
  return (db.prepare(sql).get(...params) as { n: number }).n;
}
