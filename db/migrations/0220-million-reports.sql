-- Issue 18, item 4: a million tickets in one venue database. The manager's reports of a session read through indexes
-- instead of scanning every order line or every outbox row (each such scan was 0.3–3 s at a million tickets).

-- A session's live order lines (the large-performance report, held counts, unbound tickets, reconciliation): the
-- order and the bound ID are in the index, so the counts are read from it alone and each order joined once.
CREATE INDEX order_lines_session ON order_lines (session_id, status, order_id, id_hmac);

-- A period's tickets and takings by tier, and so by session (the day's figures): each tier's lines of the period are
-- read from the index alone, in tier order (no sort), so a day costs its own lines and a million lines a fraction of a second.
CREATE INDEX order_lines_tier_created ON order_lines (price_tier_id, created_at, amount_fen);

-- A session's delivered events by kind (reconciliation). Events only: the million 'ticket' state rows a stadium's
-- generation writes stay out of it, and a ticket's generation pays nothing for it.
CREATE INDEX outbox_session_events ON outbox (session_id, kind, status) WHERE coalesce_key IS NULL;
