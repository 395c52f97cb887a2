-- The sandbox platform's own state: what a real platform would hold for one box-office account.
-- Bodies are kept as canonical JSON so an identical repeat can be told from a changed one.

CREATE TABLE meta (
  key    TEXT PRIMARY KEY,
  value  TEXT NOT NULL
) STRICT;

CREATE TABLE tokens (
  token       TEXT PRIMARY KEY,
  issued_at   INTEGER NOT NULL,
  expires_at  INTEGER NOT NULL,
  revoked     INTEGER NOT NULL DEFAULT 0 CHECK (revoked IN (0, 1))
) STRICT;

-- Counters behind the nested codes: a district's venues, a venue's halls, a hall's sessions per day.
CREATE TABLE code_sequences (
  prefix  TEXT PRIMARY KEY,
  last    INTEGER NOT NULL
) STRICT;

CREATE TABLE performance_types (
  type_id         INTEGER PRIMARY KEY,
  type_name       TEXT NOT NULL,
  parent_type_id  INTEGER NOT NULL,
  level           INTEGER NOT NULL CHECK (level IN (1, 2))
) STRICT;

CREATE TABLE venues (
  venue_code          TEXT PRIMARY KEY,
  venue_name          TEXT NOT NULL,
  province_id         INTEGER NOT NULL,
  city_id             INTEGER NOT NULL,
  district_id         INTEGER NOT NULL,
  venue_address       TEXT NOT NULL,
  venue_type          TEXT NOT NULL DEFAULT '',
  management_company  TEXT NOT NULL DEFAULT '',
  has_hall            INTEGER NOT NULL CHECK (has_hall IN (0, 1)),
  -- 1 when this account registered it (venue/save); the seeded directory belongs to others.
  registered          INTEGER NOT NULL DEFAULT 0 CHECK (registered IN (0, 1)),
  created_at          INTEGER NOT NULL
) STRICT;
CREATE INDEX venues_region ON venues (province_id, city_id, district_id);

CREATE TABLE halls (
  hall_code          TEXT PRIMARY KEY,
  venue_code         TEXT NOT NULL REFERENCES venues (venue_code),
  hall_name          TEXT NOT NULL,
  has_seat           INTEGER NOT NULL CHECK (has_seat IN (0, 1)),
  seat_num           INTEGER NOT NULL DEFAULT 0,
  seating_capacity   INTEGER NOT NULL DEFAULT 0,
  management_status  INTEGER NOT NULL DEFAULT 1,
  enable_state       INTEGER NOT NULL DEFAULT 1,
  created_at         INTEGER NOT NULL
) STRICT;
CREATE INDEX halls_venue ON halls (venue_code);

CREATE TABLE performances (
  performance_id  TEXT PRIMARY KEY,
  body            TEXT NOT NULL,
  created_at      INTEGER NOT NULL,
  updated_at      INTEGER NOT NULL
) STRICT;

CREATE TABLE sessions (
  session_code    TEXT PRIMARY KEY,
  session_id      TEXT NOT NULL UNIQUE,
  performance_id  TEXT NOT NULL REFERENCES performances (performance_id),
  hall_code       TEXT NOT NULL,
  status          INTEGER NOT NULL DEFAULT 1,
  -- the sessionList item as applied for; updates go to `current`
  applied         TEXT NOT NULL,
  current         TEXT NOT NULL,
  created_at      INTEGER NOT NULL,
  updated_at      INTEGER NOT NULL
) STRICT;
CREATE INDEX sessions_performance ON sessions (performance_id);

CREATE TABLE price_tiers (
  session_code  TEXT NOT NULL REFERENCES sessions (session_code),
  price_id      TEXT NOT NULL,
  body          TEXT NOT NULL,
  updated_at    INTEGER NOT NULL,
  PRIMARY KEY (session_code, price_id)
) STRICT;

CREATE TABLE tickets (
  session_code  TEXT NOT NULL REFERENCES sessions (session_code),
  ticket_id     TEXT NOT NULL,
  price_id      TEXT NOT NULL,
  body          TEXT NOT NULL,
  updated_at    INTEGER NOT NULL,
  PRIMARY KEY (session_code, ticket_id)
) STRICT;

CREATE TABLE orders (
  order_id      TEXT PRIMARY KEY,
  body          TEXT NOT NULL,
  total_amount  INTEGER NOT NULL,
  received_at   INTEGER NOT NULL
) STRICT;

CREATE TABLE order_lines (
  ticket_order_id  TEXT PRIMARY KEY,
  order_id         TEXT NOT NULL REFERENCES orders (order_id),
  session_code     TEXT NOT NULL,
  session_id       TEXT NOT NULL,
  price_id         TEXT NOT NULL,
  ticket_id        TEXT NOT NULL,
  amount           INTEGER NOT NULL,
  refund_order_id  TEXT,
  refund_amount    INTEGER
) STRICT;
CREATE INDEX order_lines_ticket ON order_lines (session_code, ticket_id);
CREATE INDEX order_lines_order ON order_lines (order_id);

CREATE TABLE refunds (
  refund_order_id  TEXT PRIMARY KEY,
  order_id         TEXT NOT NULL REFERENCES orders (order_id),
  body             TEXT NOT NULL,
  refund_amount    INTEGER NOT NULL,
  received_at      INTEGER NOT NULL
) STRICT;

CREATE TABLE checkings (
  session_code  TEXT NOT NULL,
  ticket_id     TEXT NOT NULL,
  body          TEXT NOT NULL,
  received_at   INTEGER NOT NULL,
  PRIMARY KEY (session_code, ticket_id)
) STRICT;

-- Every request received, for the inspection view: accepted, duplicate, rejected (with the reason) or hit by a fault.
CREATE TABLE received (
  id               INTEGER PRIMARY KEY,
  at               INTEGER NOT NULL,
  interface        TEXT NOT NULL,
  result           TEXT NOT NULL CHECK (result IN ('accepted', 'duplicate', 'rejected', 'fault')),
  http_status      INTEGER NOT NULL,
  code             TEXT,
  msg              TEXT,
  fault            TEXT,
  items            INTEGER NOT NULL DEFAULT 0,
  duplicate_items  INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX received_interface ON received (interface, result);
CREATE INDEX received_rejected ON received (result, id);
