-- Sales: buyers and holders, shifts, orders and their tickets, refunds, prints.

-- A buyer or a ticket holder as recorded on one order. Names, ID numbers and phones are encrypted
-- (AES-256-GCM; the key never lives in this file). The *_hmac columns are keyed hashes: the whole
-- document for purchase limits and the gate's ID match, the last digits for search. Never plaintext.
CREATE TABLE persons (
  id               TEXT PRIMARY KEY,
  name_enc         BLOB NOT NULL,
  id_type          TEXT CHECK (id_type IS NULL OR id_type IN
                     ('resident_id', 'passport', 'hk_macau_permit', 'taiwan_permit', 'hmt_residence_permit', 'foreign_permanent_resident')),
  id_number_enc    BLOB,
  id_hmac          TEXT,
  id_last4_hmac    TEXT,
  id_last6_hmac    TEXT,
  phone_enc        BLOB,
  phone_last4_hmac TEXT,
  created_at       INTEGER NOT NULL,
  CHECK ((id_type IS NULL) = (id_number_enc IS NULL) AND (id_type IS NULL) = (id_hmac IS NULL)),
  CHECK ((phone_enc IS NULL) = (phone_last4_hmac IS NULL))
) STRICT;
CREATE INDEX persons_id_last4 ON persons (id_last4_hmac) WHERE id_last4_hmac IS NOT NULL;
CREATE INDEX persons_id_last6 ON persons (id_last6_hmac) WHERE id_last6_hmac IS NOT NULL;
CREATE INDEX persons_phone_last4 ON persons (phone_last4_hmac) WHERE phone_last4_hmac IS NOT NULL;

-- A clerk's cash drawer from opening (with a float) to closing (with counted cash and the Z report).
CREATE TABLE shifts (
  id                 TEXT PRIMARY KEY,
  user_id            TEXT NOT NULL REFERENCES users (id),
  opened_at          INTEGER NOT NULL,
  float_fen          INTEGER NOT NULL CHECK (float_fen >= 0),
  closed_at          INTEGER,
  closed_by          TEXT REFERENCES users (id),
  counted_cash_fen   INTEGER CHECK (counted_cash_fen IS NULL OR counted_cash_fen >= 0),
  -- may be negative: refunds paid in cash from a drawer that sold little
  expected_cash_fen  INTEGER,
  note               TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 200),
  -- the Z report as JSON, frozen at close
  report             TEXT CHECK (report IS NULL OR json_valid(report)),
  CHECK ((closed_at IS NULL) = (counted_cash_fen IS NULL))
) STRICT;
CREATE UNIQUE INDEX shifts_one_open_per_user ON shifts (user_id) WHERE closed_at IS NULL;

-- One paid purchase for one session (the platform's order). One ticket type per order: the standard
-- reports `ticketType` per order, so regular and complimentary tickets are sold as two orders.
CREATE TABLE orders (
  id                 TEXT PRIMARY KEY,
  number             TEXT NOT NULL UNIQUE,
  session_id         TEXT NOT NULL REFERENCES sessions (id),
  performance_id     TEXT NOT NULL REFERENCES performances (id),
  ticket_type        TEXT NOT NULL CHECK (ticket_type IN ('regular', 'complimentary', 'staff')),
  ticket_mode        TEXT NOT NULL CHECK (ticket_mode IN ('paper', 'electronic')),
  auth_mode          TEXT NOT NULL CHECK (auth_mode IN ('none', 'per_order', 'per_ticket')),
  ticket_count       INTEGER NOT NULL CHECK (ticket_count >= 1),
  total_fen          INTEGER NOT NULL CHECK (total_fen >= 0),
  payment_method     TEXT NOT NULL CHECK (payment_method IN ('cash', 'card', 'mobile', 'none')),
  cash_received_fen  INTEGER CHECK (cash_received_fen IS NULL OR cash_received_fen >= 0),
  change_fen         INTEGER CHECK (change_fen IS NULL OR change_fen >= 0),
  payment_reference  TEXT NOT NULL DEFAULT '' CHECK (length(payment_reference) <= 64),
  channel_name       TEXT NOT NULL CHECK (length(channel_name) BETWEEN 1 AND 30),
  buyer_id           TEXT REFERENCES persons (id),
  user_id            TEXT REFERENCES users (id),
  shift_id           TEXT REFERENCES shifts (id),
  status             TEXT NOT NULL DEFAULT 'paid' CHECK (status IN ('paid', 'partially_refunded', 'refunded')),
  created_at         INTEGER NOT NULL,
  updated_at         INTEGER NOT NULL,
  CHECK ((payment_method = 'cash') = (cash_received_fen IS NOT NULL)),
  CHECK ((payment_method = 'none') = (total_fen = 0))
) STRICT;
CREATE INDEX orders_session ON orders (session_id, created_at);
CREATE INDEX orders_shift ON orders (shift_id) WHERE shift_id IS NOT NULL;
CREATE INDEX orders_buyer ON orders (buyer_id) WHERE buyer_id IS NOT NULL;

-- One ticket of an order (the platform's `ticketOrderId`). The ticket code is what the QR carries.
CREATE TABLE order_lines (
  id              TEXT PRIMARY KEY,
  order_id        TEXT NOT NULL REFERENCES orders (id),
  ticket_id       TEXT NOT NULL REFERENCES tickets (id),
  session_id      TEXT NOT NULL REFERENCES sessions (id),
  performance_id  TEXT NOT NULL REFERENCES performances (id),
  price_tier_id   TEXT NOT NULL REFERENCES price_tiers (id),
  -- the tier's price (`ticketPrice`) and what was actually paid for this ticket (`ticketOrderAmount`)
  price_fen       INTEGER NOT NULL CHECK (price_fen >= 0),
  amount_fen      INTEGER NOT NULL CHECK (amount_fen >= 0),
  ticket_code     TEXT NOT NULL UNIQUE,
  ticket_mode     TEXT NOT NULL CHECK (ticket_mode IN ('paper', 'electronic')),
  holder_id       TEXT REFERENCES persons (id),
  -- the ID document this ticket counts against for purchase limits and the gate: the holder's, or the buyer's
  id_hmac         TEXT,
  status          TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'refunded')),
  print_count     INTEGER NOT NULL DEFAULT 0 CHECK (print_count >= 0),
  created_at      INTEGER NOT NULL,
  refunded_at     INTEGER,
  CHECK ((status = 'refunded') = (refunded_at IS NOT NULL))
) STRICT;
-- The database itself refuses a second live sale of one ticket, whatever the code above it does.
CREATE UNIQUE INDEX order_lines_one_live_sale ON order_lines (ticket_id) WHERE status = 'active';
CREATE INDEX order_lines_order ON order_lines (order_id);
CREATE INDEX order_lines_holder ON order_lines (holder_id) WHERE holder_id IS NOT NULL;
CREATE INDEX order_lines_id_session ON order_lines (session_id, id_hmac) WHERE id_hmac IS NOT NULL AND status = 'active';
CREATE INDEX order_lines_id_performance ON order_lines (performance_id, id_hmac) WHERE id_hmac IS NOT NULL AND status = 'active';

-- Codes replaced by a reprint that voided them: the gate names the reason instead of "unknown".
CREATE TABLE void_ticket_codes (
  code           TEXT PRIMARY KEY,
  order_line_id  TEXT NOT NULL REFERENCES order_lines (id),
  voided_at      INTEGER NOT NULL
) STRICT;

-- A refund of some or all tickets of one order (the platform's `refundOrderId`).
CREATE TABLE refunds (
  id              TEXT PRIMARY KEY,
  order_id        TEXT NOT NULL REFERENCES orders (id),
  reason          TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 200),
  -- paid back to the buyer, net of fees
  amount_fen      INTEGER NOT NULL CHECK (amount_fen >= 0),
  fee_fen         INTEGER NOT NULL DEFAULT 0 CHECK (fee_fen >= 0),
  payment_method  TEXT NOT NULL CHECK (payment_method IN ('cash', 'card', 'mobile', 'none')),
  user_id         TEXT REFERENCES users (id),
  shift_id        TEXT REFERENCES shifts (id),
  created_at      INTEGER NOT NULL
) STRICT;
CREATE INDEX refunds_order ON refunds (order_id);
CREATE INDEX refunds_shift ON refunds (shift_id) WHERE shift_id IS NOT NULL;

CREATE TABLE refund_lines (
  id             TEXT PRIMARY KEY,
  refund_id      TEXT NOT NULL REFERENCES refunds (id),
  order_line_id  TEXT NOT NULL UNIQUE REFERENCES order_lines (id),
  ticket_id      TEXT NOT NULL REFERENCES tickets (id),
  -- `refundAmount`: what goes back for this ticket, net of its fee
  amount_fen     INTEGER NOT NULL CHECK (amount_fen >= 0),
  fee_fen        INTEGER NOT NULL DEFAULT 0 CHECK (fee_fen >= 0)
) STRICT;
CREATE INDEX refund_lines_refund ON refund_lines (refund_id);

-- Reprints and e-ticket exchanges (standard §3.24), each with its reason.
CREATE TABLE ticket_prints (
  id             INTEGER PRIMARY KEY AUTOINCREMENT,
  order_line_id  TEXT NOT NULL REFERENCES order_lines (id),
  kind           TEXT NOT NULL CHECK (kind IN ('reprint', 'exchange')),
  reason         TEXT NOT NULL CHECK (length(reason) <= 200),
  voided_code    INTEGER NOT NULL DEFAULT 0 CHECK (voided_code IN (0, 1)),
  user_id        TEXT REFERENCES users (id),
  printed_at     INTEGER NOT NULL
) STRICT;
CREATE INDEX ticket_prints_line ON ticket_prints (order_line_id);
