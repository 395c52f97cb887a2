import assert from 'node:assert/strict';
import type { Db } from '../../../db/open';
import { count } from '../helpers/outbox';

/** What must hold in any box-office database, after any crash: checked by the concurrency and crash tests. */
export function assertInvariants(db: Db): void {
  assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
  assert.deepEqual(db.pragma('foreign_key_check'), []);
  assert.equal(count(db, "SELECT count(*) AS n FROM (SELECT ticket_id FROM order_lines WHERE status = 'active' GROUP BY ticket_id HAVING count(*) > 1)"), 0, 'no seat sold twice');
  assert.equal(
    count(db, "SELECT count(*) AS n FROM tickets k WHERE (k.status = 'sold') <> EXISTS (SELECT 1 FROM order_lines l WHERE l.ticket_id = k.id AND l.status = 'active')"),
    0,
    'a ticket is sold exactly when it has a live sale',
  );
  assert.equal(count(db, "SELECT count(*) AS n FROM orders o WHERE NOT EXISTS (SELECT 1 FROM outbox WHERE kind = 'order' AND record_id = o.id)"), 0, 'every order has its outbox event');
  assert.equal(count(db, "SELECT count(*) AS n FROM refunds r WHERE NOT EXISTS (SELECT 1 FROM outbox WHERE kind = 'refund' AND record_id = r.id)"), 0, 'every refund has its outbox event');
  assert.equal(count(db, "SELECT count(*) AS n FROM check_ins c WHERE c.entry_no = 1 AND NOT EXISTS (SELECT 1 FROM outbox WHERE kind = 'checking' AND record_id = c.id)"), 0, 'every admission has its outbox event');
  assert.equal(count(db, 'SELECT count(*) AS n FROM orders o WHERE ticket_count <> (SELECT count(*) FROM order_lines l WHERE l.order_id = o.id)'), 0, 'orders are whole');
  assert.equal(count(db, "SELECT count(*) AS n FROM orders o WHERE NOT EXISTS (SELECT 1 FROM audit_log WHERE action = 'order.sell' AND target = o.id)"), 0, 'every sale is audited');
  assert.equal(
    count(
      db,
      `SELECT count(*) AS n FROM price_tiers t WHERE total_count <> (SELECT count(*) FROM tickets k WHERE k.price_tier_id = t.id)
         OR available_count <> (SELECT count(*) FROM tickets k WHERE k.price_tier_id = t.id AND k.status = 'available')
         OR sold_count <> (SELECT count(*) FROM tickets k WHERE k.price_tier_id = t.id AND k.status = 'sold')`,
    ),
    0,
    'tier counters match the tickets',
  );
  assert.equal(count(db, "SELECT count(*) AS n FROM (SELECT coalesce_key FROM outbox WHERE status = 'pending' AND coalesce_key IS NOT NULL GROUP BY coalesce_key HAVING count(*) > 1)"), 0);
}
