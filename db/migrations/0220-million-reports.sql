-- Issue 18, item 4: a million tickets in one venue database. The manager's reports of a session read through indexes
-- instead of scanning every order line (each such scan was 0.3–1 s at a million tickets). Reconciliation needs no
-- index of the outbox (db/outbox/reconcile.ts): the outbox, written by every sale and check-in, keeps its own.

-- A session's live order lines (the large-performance report, held counts, unbound tickets, reconciliation): the
-- order and the bound ID are in the index, so the counts are read from it alone and each order joined once.
CREATE INDEX order_lines_session ON order_lines (session_id, status, order_id, id_hmac);

-- A period's tickets and takings by tier, and so by session (the day's figures): each tier's lines of the period are
-- read from the index alone, in tier order (no sort), so a day costs its own lines and a million lines a fraction of a second.
CREATE INDEX order_lines_tier_created ON order_lines (price_tier_id, created_at, amount_fen);

-- The day's deliveries per kind (the sync status, counted at the first status of a run and of each day): only today's
-- delivered rows are read, where every delivered row was (1.5 s at a million tickets, holding the core as it started).
-- A row enters it when the worker marks it delivered, beside the rows of that batch; a sale or a check-in, which
-- writes pending rows, pays nothing for it.
CREATE INDEX outbox_delivered_at ON outbox (delivered_at, kind) WHERE status = 'delivered';
