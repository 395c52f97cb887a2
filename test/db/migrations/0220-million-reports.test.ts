import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadMigrations, migrate } from '../../../db/migrate';
import { memoryDb } from '../../helpers/memory-db';

const plan = (db: ReturnType<typeof memoryDb>, sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((row) => row.detail).join('; ');

// The queries' shapes as the reports run them (db/large.ts, electron/boxoffice/reports/sales-report.ts, db/outbox/stats.ts).
const SESSION_LINES = "SELECT order_id, count(*), count(id_hmac) FROM order_lines WHERE session_id = 's1' AND status = 'active' GROUP BY order_id";
const DELIVERED_TODAY = "SELECT kind, count(*) AS n FROM outbox WHERE status = 'delivered' AND delivered_at >= 1 GROUP BY kind";
const DELIVERED_TODAY_INDEXED = DELIVERED_TODAY.replace('FROM outbox', 'FROM outbox INDEXED BY outbox_delivered_at');
const PERIOD_TIERS = 'SELECT t.id, count(*), sum(ol.amount_fen) FROM price_tiers t CROSS JOIN order_lines ol ON ol.price_tier_id = t.id WHERE ol.created_at >= 1 AND ol.created_at < 2 GROUP BY t.id';

test("0220: a session's lines, a period's lines per tier and the day's deliveries are read from indexes, not scanned", () => {
  const db = memoryDb(190);
  assert.match(plan(db, SESSION_LINES), /SCAN order_lines/, 'before: every line of the database');
  assert.match(plan(db, DELIVERED_TODAY), /SEARCH outbox USING INDEX outbox_status \(status=\?\)/, 'before: every delivered row');
  migrate(db, loadMigrations(), 220);
  assert.match(plan(db, DELIVERED_TODAY_INDEXED), /SEARCH outbox USING COVERING INDEX outbox_delivered_at \(delivered_at>\?\)/);
  assert.match(plan(db, SESSION_LINES), /SEARCH order_lines USING COVERING INDEX order_lines_session \(session_id=\? AND status=\?\)/);
  assert.match(plan(db, PERIOD_TIERS), /SEARCH ol USING COVERING INDEX order_lines_tier_created \(price_tier_id=\? AND created_at>\? AND created_at<\?\)/);
  assert.doesNotMatch(plan(db, PERIOD_TIERS), /TEMP B-TREE/, 'the groups come out in tier order');
});
