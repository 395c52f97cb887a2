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

/** Longest text kept in any audit field: a request cannot grow the log by more than this per field. */
export const AUDIT_FIELD_MAX = 256;

const clip = (text: string | null | undefined): string | null => (text == null ? null : text.length > AUDIT_FIELD_MAX ? `${text.slice(0, AUDIT_FIELD_MAX - 1)}…` : text);

/** Detail values clipped one by one (the JSON stays whole): strings to the limit, anything larger as clipped JSON text. */
function clipDetail(detail: Record<string, unknown>): Record<string, unknown> {
  const entries = Object.entries(detail).slice(0, 32);
  const clipped: Record<string, unknown> = {};
  for (const [key, value] of entries) {
    const json = typeof value === 'string' ? '' : ((JSON.stringify(value) as string | undefined) ?? 'null');
    clipped[clip(key) ?? ''] = typeof value === 'string' ? clip(value) : json.length > AUDIT_FIELD_MAX ? clip(json) : value;
  }
  return clipped;
}

/** Whether `username` has logged in successfully from `address` since `since`: a device the user is known on. */
export function loggedInFrom(db: Db, username: string, address: string, since: number): boolean {
  return (
    db
      .prepare("SELECT 1 FROM audit_log WHERE action = 'auth.login' AND at >= ? AND outcome = 'ok' AND lower(username) = lower(?) AND address = ? LIMIT 1")
      .get(since, username, address) !== undefined
  );
}

/** Appends one entry; call inside the business transaction when there is one, so the trail matches the data. */
export function appendAudit(db: Db, entry: AuditEntry): void {
  run(
    db,
    `INSERT INTO audit_log (at, user_id, username, action, target, outcome, detail, address)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    entry.at ?? Date.now(),
    clip(entry.userId),
    clip(entry.username),
    clip(entry.action) ?? '',
    clip(entry.target),
    entry.outcome,
    JSON.stringify(clipDetail(entry.detail ?? {})),
    clip(entry.address),
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
