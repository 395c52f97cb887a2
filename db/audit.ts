import type { Db } from './open';
import { run } from './statements';

export type AuditOutcome = 'ok' | 'refused' | 'failed';

export interface AuditEntry {
  at?: number;
  userId?: string | null;
  username?: string | null;
  action: string;
  target?: string | null;
  outcome: AuditOutcome;
  /** Never put secrets, PINs or plaintext ID numbers here. */
  detail?: Record<string, unknown>;
  address?: string | null;
}

export interface AuditRow {
  id: number;
  at: number;
  userId: string | null;
  username: string | null;
  action: string;
  target: string | null;
  outcome: AuditOutcome;
  detail: Record<string, unknown>;
  address: string | null;
}

/** Appends one entry; call inside the business transaction when there is one, so the trail matches the data. */
export function appendAudit(db: Db, entry: AuditEntry): void {
  run(
    db,
    `INSERT INTO audit_log (at, user_id, username, action, target, outcome, detail, address)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    entry.at ?? Date.now(),
    entry.userId ?? null,
    entry.username ?? null,
    entry.action,
    entry.target ?? null,
    entry.outcome,
    JSON.stringify(entry.detail ?? {}),
    entry.address ?? null,
  );
}

export interface AuditQuery {
  from?: number;
  to?: number;
  action?: string;
  username?: string;
  outcome?: AuditOutcome;
  beforeId?: number;
  limit?: number;
}

/** Newest first, filtered; paged with `beforeId`. */
export function queryAudit(db: Db, query: AuditQuery = {}): AuditRow[] {
  const filters: [string, string | number | undefined][] = [
    ['at >= ?', query.from],
    ['at < ?', query.to],
    ['action LIKE ?', query.action ? `${query.action}%` : undefined],
    ['username = ?', query.username || undefined],
    ['outcome = ?', query.outcome],
    ['id < ?', query.beforeId],
  ];
  const active = filters.filter((filter): filter is [string, string | number] => filter[1] !== undefined);
  const where = active.map(([clause]) => clause);
  const params: (string | number)[] = active.map(([, value]) => value);
  const sql = `SELECT * FROM audit_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT ?`;
  params.push(Math.min(query.limit ?? 100, 1000));
  const rows = db.prepare(sql).all(...params) as {
    id: number;
    at: number;
    user_id: string | null;
    username: string | null;
    action: string;
    target: string | null;
    outcome: AuditOutcome;
    detail: string;
    address: string | null;
  }[];
  return rows.map((row) => ({
    id: row.id,
    at: row.at,
    userId: row.user_id,
    username: row.username,
    action: row.action,
    target: row.target,
    outcome: row.outcome,
    detail: JSON.parse(row.detail) as Record<string, unknown>,
    address: row.address,
  }));
}
