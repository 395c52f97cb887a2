-- The outbox: the only path to the platform. Every write that the platform must learn about appends
-- its rows here in the same transaction as its business rows; the sync worker drains them.
--
-- Events (order, refund, checking) are frozen at commit: their payload never changes and each
-- (kind, record_id) is appended once. States (everything else) carry a coalesce_key: at most one
-- pending row per key; a newer state rewrites the pending row's payload, or starts a new pending
-- row when the current one is already in flight (or dead).
CREATE TABLE outbox (
  -- the row's identity and the global order in which rows were first appended; never reused (AUTOINCREMENT)
  seq                 INTEGER PRIMARY KEY AUTOINCREMENT,
  kind                TEXT NOT NULL CHECK (kind IN (
                        'venue.save', 'performance.code', 'performance.update', 'session.update',
                        'inventory', 'ticket', 'order', 'refund', 'checking')),
  -- the stable id the platform sees (orderId, refundOrderId, ticketId, sessionId, priceId...)
  record_id           TEXT NOT NULL,
  coalesce_key        TEXT,
  -- what this row is about, for the worker's dependency rules (no foreign keys: rows outlive nothing, but stay readable)
  venue_id            TEXT,
  hall_id             TEXT,
  performance_id      TEXT,
  session_id          TEXT,
  price_tier_id       TEXT,
  order_id            TEXT,
  ticket_id           TEXT,
  -- JSON validated by db/outbox/payloads.ts on write and on read; local ids, UTC ms, fen
  payload             TEXT NOT NULL CHECK (json_valid(payload)),
  status              TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'in_flight', 'delivered', 'dead', 'discarded')),
  attempts            INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  next_attempt_at     INTEGER NOT NULL DEFAULT 0,
  last_error_code     TEXT,
  last_error_message  TEXT,
  -- when the thing happened (sale, refund, check-in, change), not when it was sent
  event_at            INTEGER NOT NULL,
  created_at          INTEGER NOT NULL,
  updated_at          INTEGER NOT NULL,
  delivered_at        INTEGER,
  CHECK ((kind IN ('order', 'refund', 'checking')) = (coalesce_key IS NULL)),
  CHECK ((status = 'delivered') = (delivered_at IS NOT NULL))
) STRICT;
-- Few indexes on purpose: every sale and check-in writes here, and each index is one more page per commit.
CREATE UNIQUE INDEX outbox_one_pending_per_key ON outbox (coalesce_key) WHERE status = 'pending' AND coalesce_key IS NOT NULL;
CREATE UNIQUE INDEX outbox_event_once ON outbox (kind, record_id) WHERE coalesce_key IS NULL;
-- the worker's queue (pending by seq) and the status counts
CREATE INDEX outbox_status ON outbox (status, seq);
-- "an order before its refunds and check-ins": the worker finds the order's row through outbox_event_once
-- (kind 'order', record_id = order_id), so order_id itself needs no index.
-- a state's history ("has this tier's inventory ever been delivered?")
CREATE INDEX outbox_key ON outbox (coalesce_key, status) WHERE coalesce_key IS NOT NULL;

-- Every ticket and price tier an order or refund concerns (an order of 4 seats in 2 tiers has 6 rows here),
-- so the worker can hold a resale until the refund of the same seat has gone, or an order until its tiers' inventory.
-- A check-in concerns one ticket and one tier: they are in its ticket_id and price_tier_id columns.
CREATE TABLE outbox_refs (
  seq       INTEGER NOT NULL REFERENCES outbox (seq),
  ref_kind  TEXT NOT NULL CHECK (ref_kind IN ('ticket', 'price_tier')),
  ref_id    TEXT NOT NULL,
  PRIMARY KEY (seq, ref_kind, ref_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX outbox_refs_ref ON outbox_refs (ref_kind, ref_id, seq);

CREATE TRIGGER outbox_events_frozen BEFORE UPDATE OF payload, kind, record_id, event_at ON outbox
WHEN OLD.coalesce_key IS NULL
BEGIN SELECT RAISE(ABORT, 'outbox events are frozen at commit'); END;

CREATE TRIGGER outbox_no_delete_undelivered BEFORE DELETE ON outbox
WHEN OLD.status NOT IN ('delivered', 'discarded')
BEGIN SELECT RAISE(ABORT, 'undelivered outbox rows cannot be deleted'); END;
