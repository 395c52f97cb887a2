import type { z } from 'zod';
import { allRows, getRow } from '../../../db/statements';
import type { DomainContext } from '../context';
import type { gateStatsInput } from './schemas';
import { gatePresence } from './presence';

export interface GateStats {
  admittedAtGate: number;
  admittedAllGates: number;
  /** Live tickets of the sessions: who is expected. */
  expected: number;
  refusedAtGate: number;
  /** Tickets of these sessions inside now, and gone out (exit gates, issue 20). */
  inside: number;
  out: number;
  /** First entries per gate per bucket (start of the bucket, UTC ms), for the entries chart. */
  buckets: { start: number; gateName: string; count: number }[];
}

/** The gate's counters: admitted here and at all gates, expected, refused here, and entries per interval per gate. */
export function gateStats(ctx: DomainContext, input: z.output<typeof gateStatsInput>): GateStats {
  const { gateName, sessionIds, bucketMinutes } = input;
  const sessions = JSON.stringify(sessionIds);
  const inSessions = 'session_id IN (SELECT value FROM json_each(?))';
  const one = (sql: string, ...params: unknown[]) => getRow<{ n: number }>(ctx.db, sql, ...params)?.n ?? 0;
  const bucket = bucketMinutes * 60_000;
  const presence = gatePresence(ctx, { sessionIds });
  return {
    inside: presence.reduce((sum, p) => sum + p.inside, 0),
    out: presence.reduce((sum, p) => sum + p.out, 0),
    admittedAtGate: one(`SELECT count(*) AS n FROM check_ins WHERE ${inSessions} AND entry_no = 1 AND gate_name = ?`, sessions, gateName),
    admittedAllGates: one(`SELECT count(*) AS n FROM check_ins WHERE ${inSessions} AND entry_no = 1`, sessions),
    // The tiers' maintained sold counts: a few rows, where counting live order lines scanned every sale
    // (40 ms at 100,000 tickets, on every refresh of every gate's counters).
    expected: one(`SELECT coalesce(sum(sold_count), 0) AS n FROM price_tiers WHERE ${inSessions}`, sessions),
    refusedAtGate: one(`SELECT count(*) AS n FROM rejected_scans WHERE (session_id IS NULL OR ${inSessions}) AND gate_name = ?`, sessions, gateName),
    buckets: allRows<{ start: number; gateName: string; count: number }>(
      ctx.db,
      // `%` works in integers whatever the binding: better-sqlite3 binds a JS number as REAL, so `/` would not round down.
      `SELECT checked_at - checked_at % ? AS start, gate_name AS gateName, count(*) AS count FROM check_ins
       WHERE ${inSessions} AND entry_no = 1 GROUP BY start, gate_name ORDER BY start, gate_name`,
      bucket, sessions,
    ),
  };
}
