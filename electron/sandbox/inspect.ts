import { toWireDateTime } from '../reporter/wire/datetime';
import { INTERFACES, INTERFACE_NAMES } from '../reporter/wire/interfaces';
import type { SandboxDb } from './store';

/** Counts for one interface. */
export interface InterfaceCounts {
  path: string;
  title: string;
  calls: number;
  accepted: number;
  duplicates: number;
  rejected: number;
  faulted: number;
  /** Records carried (list lines), and how many of them repeated earlier ones. */
  items: number;
  duplicateItems: number;
  /** Answers by platform code (or HTTP status for faults without an envelope). */
  codes: Record<string, number>;
}

export interface Rejection {
  id: number;
  at: string;
  interface: string;
  code: string;
  msg: string;
}

/** Everything the sandbox received, for the inspection page, the admin JSON and `--inspect`. */
export interface Inspection {
  generatedAt: string;
  tokenRequests: { total: number; issued: number; refused: number; faulted: number; issuedLast24h: number };
  totals: { calls: number; accepted: number; duplicates: number; rejected: number; faulted: number };
  interfaces: Record<string, InterfaceCounts>;
  faults: Record<string, number>;
  rejections: { total: number; latest: Rejection[] };
  state: Record<string, number>;
}

const STATE_QUERIES: Record<string, string> = {
  venuesRegistered: 'SELECT count(*) AS n FROM venues WHERE registered = 1',
  venuesInDirectory: 'SELECT count(*) AS n FROM venues',
  halls: 'SELECT count(*) AS n FROM halls',
  performances: 'SELECT count(*) AS n FROM performances',
  sessions: 'SELECT count(*) AS n FROM sessions',
  sessionsCancelled: 'SELECT count(*) AS n FROM sessions WHERE status = 2',
  priceTiers: 'SELECT count(*) AS n FROM price_tiers',
  tickets: 'SELECT count(*) AS n FROM tickets',
  orders: 'SELECT count(*) AS n FROM orders',
  ticketsSold: 'SELECT count(*) AS n FROM order_lines',
  amountPaidFen: 'SELECT coalesce(sum(total_amount), 0) AS n FROM orders',
  refunds: 'SELECT count(*) AS n FROM refunds',
  ticketsRefunded: 'SELECT count(*) AS n FROM order_lines WHERE refund_order_id IS NOT NULL',
  amountRefundedFen: 'SELECT coalesce(sum(refund_amount), 0) AS n FROM refunds',
  checkings: 'SELECT count(*) AS n FROM checkings',
};

/** Builds the inspection from the sandbox's file (works on a read-only connection too). */
export function inspect(db: SandboxDb, latest = 100, now: number = Date.now()): Inspection {
  const interfaces: Record<string, InterfaceCounts> = {};
  for (const name of INTERFACE_NAMES) {
    const spec = INTERFACES[name];
    interfaces[name] = { path: spec.path, title: spec.title, calls: 0, accepted: 0, duplicates: 0, rejected: 0, faulted: 0, items: 0, duplicateItems: 0, codes: {} };
  }
  const rows = db
    .prepare(
      // A fault without an answer (hang, reset) is named by the fault, one with an HTML answer by its HTTP status.
      `SELECT interface, result, coalesce(code, CASE WHEN http_status = 0 THEN fault ELSE 'HTTP ' || http_status END) AS code,
              count(*) AS n, sum(items) AS items, sum(duplicate_items) AS dup
       FROM received GROUP BY interface, result, 3`,
    )
    .all() as { interface: string; result: string; code: string; n: number; items: number; dup: number }[];
  const totals = { calls: 0, accepted: 0, duplicates: 0, rejected: 0, faulted: 0 };
  for (const row of rows) {
    const counts = (interfaces[row.interface] ??= { path: '', title: row.interface, calls: 0, accepted: 0, duplicates: 0, rejected: 0, faulted: 0, items: 0, duplicateItems: 0, codes: {} });
    counts.calls += row.n;
    counts.items += row.items;
    counts.duplicateItems += row.dup;
    counts.codes[row.code] = (counts.codes[row.code] ?? 0) + row.n;
    const key = row.result === 'accepted' ? 'accepted' : row.result === 'duplicate' ? 'duplicates' : row.result === 'rejected' ? 'rejected' : 'faulted';
    counts[key] += row.n;
    totals.calls += row.n;
    totals[key] += row.n;
  }
  const faults = Object.fromEntries(
    (db.prepare('SELECT fault, count(*) AS n FROM received WHERE fault IS NOT NULL GROUP BY fault ORDER BY fault').all() as { fault: string; n: number }[]).map((r) => [r.fault, r.n]),
  );
  const rejected = db
    .prepare("SELECT id, at, interface, coalesce(code, '') AS code, coalesce(msg, '') AS msg FROM received WHERE result = 'rejected' ORDER BY id DESC LIMIT ?")
    .all(latest) as { id: number; at: number; interface: string; code: string; msg: string }[];
  const token = interfaces.getAccessToken;
  const since = now - 24 * 60 * 60 * 1000;
  const issuedLast24h = (db.prepare("SELECT count(*) AS n FROM received WHERE interface = 'getAccessToken' AND result = 'accepted' AND at >= ?").get(since) as { n: number }).n;
  const state = Object.fromEntries(Object.entries(STATE_QUERIES).map(([key, sql]) => [key, (db.prepare(sql).get() as { n: number }).n]));
  return {
    generatedAt: toWireDateTime(now),
    tokenRequests: { total: token?.calls ?? 0, issued: token?.accepted ?? 0, refused: token?.rejected ?? 0, faulted: token?.faulted ?? 0, issuedLast24h },
    totals,
    interfaces,
    faults,
    rejections: { total: totals.rejected, latest: rejected.map((r) => ({ ...r, at: toWireDateTime(r.at) })) },
    state,
  };
}
