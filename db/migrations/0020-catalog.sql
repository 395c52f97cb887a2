-- The catalog: what is performed, where and when, and the tickets each session offers.
-- Lengths follow the platform's field limits (WH/T 93-2021 Annex A), so a record that fits here fits the wire.

-- Performance types, cached from the platform's two-level list (`typeId`).
CREATE TABLE performance_types (
  type_id         INTEGER PRIMARY KEY,
  type_name       TEXT NOT NULL CHECK (length(type_name) BETWEEN 1 AND 20),
  parent_type_id  INTEGER NOT NULL DEFAULT 0,
  level           INTEGER NOT NULL CHECK (level IN (1, 2)),
  updated_at      INTEGER NOT NULL
) STRICT;

CREATE TABLE venues (
  id                   TEXT PRIMARY KEY,
  name                 TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
  address              TEXT NOT NULL CHECK (length(address) BETWEEN 1 AND 200),
  -- GB/T 2260 administrative division codes
  province_id          INTEGER NOT NULL CHECK (province_id BETWEEN 100000 AND 999999),
  city_id              INTEGER NOT NULL CHECK (city_id BETWEEN 100000 AND 999999),
  district_id          INTEGER NOT NULL CHECK (district_id BETWEEN 100000 AND 999999),
  venue_type           TEXT NOT NULL DEFAULT '' CHECK (length(venue_type) <= 20),
  management_company   TEXT NOT NULL DEFAULT '' CHECK (length(management_company) <= 100),
  -- assigned by the platform (`venueCode`); NULL until registered
  platform_venue_code  TEXT UNIQUE CHECK (platform_venue_code IS NULL OR length(platform_venue_code) BETWEEN 1 AND 9),
  created_at           INTEGER NOT NULL,
  updated_at           INTEGER NOT NULL
) STRICT;

CREATE TABLE halls (
  id                  TEXT PRIMARY KEY,
  venue_id            TEXT NOT NULL REFERENCES venues (id),
  name                TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
  has_seat            INTEGER NOT NULL CHECK (has_seat IN (0, 1)),
  -- capacity of an unseated hall; a seated hall counts its seats (seat_count, set when its layout is imported)
  seating_capacity    INTEGER NOT NULL DEFAULT 0 CHECK (seating_capacity >= 0),
  seat_count          INTEGER NOT NULL DEFAULT 0 CHECK (seat_count >= 0),
  seating_chart_url   TEXT NOT NULL DEFAULT '' CHECK (length(seating_chart_url) <= 200),
  platform_hall_code  TEXT UNIQUE CHECK (platform_hall_code IS NULL OR length(platform_hall_code) BETWEEN 1 AND 11),
  created_at          INTEGER NOT NULL,
  updated_at          INTEGER NOT NULL,
  UNIQUE (venue_id, name)
) STRICT;

-- A seated hall's layout: one row per seat, as imported from CSV, with drawing coordinates.
CREATE TABLE seats (
  id          TEXT PRIMARY KEY,
  hall_id     TEXT NOT NULL REFERENCES halls (id),
  floor_name  TEXT NOT NULL CHECK (length(floor_name) BETWEEN 1 AND 10),
  area_name   TEXT NOT NULL CHECK (length(area_name) BETWEEN 1 AND 10),
  row_name    TEXT NOT NULL CHECK (length(row_name) BETWEEN 1 AND 10),
  seat_no     TEXT NOT NULL CHECK (length(seat_no) BETWEEN 1 AND 10),
  x           REAL NOT NULL,
  y           REAL NOT NULL,
  accessible  INTEGER NOT NULL DEFAULT 0 CHECK (accessible IN (0, 1)),
  -- never sold in any session (a pillar, the sound desk)
  blocked     INTEGER NOT NULL DEFAULT 0 CHECK (blocked IN (0, 1)),
  line        INTEGER NOT NULL,
  -- computed at import: seats side by side share a block (one row, no aisle between) and have consecutive pos;
  -- row_centre is the middle of the seat's row. Best-available needs only a tier's seats, not the whole hall.
  block       INTEGER NOT NULL,
  pos         INTEGER NOT NULL,
  row_centre  REAL NOT NULL,
  UNIQUE (hall_id, floor_name, area_name, row_name, seat_no)
) STRICT;

CREATE TABLE performances (
  id                        TEXT PRIMARY KEY,
  name                      TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  approval                  TEXT NOT NULL CHECK (length(approval) BETWEEN 1 AND 50),
  type_id                   INTEGER NOT NULL,
  poster_url                TEXT NOT NULL DEFAULT '' CHECK (length(poster_url) <= 200),
  description               TEXT NOT NULL DEFAULT '' CHECK (length(description) <= 10000),
  sponsor                   TEXT NOT NULL DEFAULT '' CHECK (length(sponsor) <= 200),
  performer                 TEXT NOT NULL DEFAULT '' CHECK (length(performer) <= 200),
  real_name_mode            TEXT NOT NULL DEFAULT 'none' CHECK (real_name_mode IN ('none', 'per_order', 'per_ticket')),
  -- the gate asks for the holder's ID before admitting
  gate_id_check             INTEGER NOT NULL DEFAULT 0 CHECK (gate_id_check IN (0, 1)),
  limit_per_id_session      INTEGER CHECK (limit_per_id_session IS NULL OR limit_per_id_session >= 1),
  limit_per_id_performance  INTEGER CHECK (limit_per_id_performance IS NULL OR limit_per_id_performance >= 1),
  max_tickets_per_order     INTEGER CHECK (max_tickets_per_order IS NULL OR max_tickets_per_order >= 1),
  created_at                INTEGER NOT NULL,
  updated_at                INTEGER NOT NULL,
  CHECK (real_name_mode <> 'none' OR (limit_per_id_session IS NULL AND limit_per_id_performance IS NULL AND gate_id_check = 0))
) STRICT;

CREATE TABLE sessions (
  id                     TEXT PRIMARY KEY,
  performance_id         TEXT NOT NULL REFERENCES performances (id),
  hall_id                TEXT NOT NULL REFERENCES halls (id),
  name                   TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
  starts_at              INTEGER NOT NULL,
  ends_at                INTEGER NOT NULL,
  sales_open_at          INTEGER NOT NULL,
  sales_close_at         INTEGER NOT NULL,
  entry_opens_at         INTEGER NOT NULL,
  entry_closes_at        INTEGER NOT NULL,
  allow_reentry          INTEGER NOT NULL DEFAULT 0 CHECK (allow_reentry IN (0, 1)),
  status                 TEXT NOT NULL DEFAULT 'normal' CHECK (status IN ('normal', 'cancelled')),
  cancel_reason          TEXT CHECK (cancel_reason IS NULL OR length(cancel_reason) <= 200),
  -- 1 marks a test session on the platform
  tag                    INTEGER NOT NULL DEFAULT 0 CHECK (tag IN (0, 1)),
  tickets_generated_at   INTEGER,
  platform_session_code  TEXT UNIQUE CHECK (platform_session_code IS NULL OR length(platform_session_code) BETWEEN 1 AND 21),
  created_at             INTEGER NOT NULL,
  updated_at             INTEGER NOT NULL,
  CHECK (ends_at > starts_at),
  CHECK (sales_close_at > sales_open_at),
  CHECK (entry_closes_at > entry_opens_at)
) STRICT;
CREATE INDEX sessions_performance ON sessions (performance_id, starts_at);
CREATE INDEX sessions_starts ON sessions (starts_at);

-- A price tier of one session (the platform's `priceId`). The counters are kept by triggers on tickets.
CREATE TABLE price_tiers (
  id               TEXT PRIMARY KEY,
  session_id       TEXT NOT NULL REFERENCES sessions (id),
  name             TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  price_fen        INTEGER NOT NULL CHECK (price_fen >= 0),
  -- size of the pool of an unseated session's tier; NULL for seated sessions (the seats decide)
  quantity         INTEGER CHECK (quantity IS NULL OR quantity >= 0),
  color            TEXT NOT NULL DEFAULT '' CHECK (length(color) <= 20),
  sort_order       INTEGER NOT NULL DEFAULT 0,
  total_count      INTEGER NOT NULL DEFAULT 0 CHECK (total_count >= 0),
  available_count  INTEGER NOT NULL DEFAULT 0 CHECK (available_count >= 0),
  sold_count       INTEGER NOT NULL DEFAULT 0 CHECK (sold_count >= 0),
  reserved_count   INTEGER NOT NULL DEFAULT 0 CHECK (reserved_count >= 0),
  blocked_count    INTEGER NOT NULL DEFAULT 0 CHECK (blocked_count >= 0),
  created_at       INTEGER NOT NULL,
  updated_at       INTEGER NOT NULL,
  UNIQUE (session_id, name)
) STRICT;

-- One ticket per seat of a seated session, or one per place of an unseated tier's pool.
-- The id is the platform's `ticketId`: stable for this seat in this session, across refunds and resales.
-- The unguessable code printed on the ticket belongs to the sale (order_lines.ticket_code), not to the seat.
CREATE TABLE tickets (
  id             TEXT PRIMARY KEY,
  session_id     TEXT NOT NULL REFERENCES sessions (id),
  price_tier_id  TEXT NOT NULL REFERENCES price_tiers (id),
  seat_id        TEXT REFERENCES seats (id),
  -- reserved: a box-office hold (house seats, press), sellable by a manager; blocked: not sold at all
  status         TEXT NOT NULL CHECK (status IN ('available', 'sold', 'reserved', 'blocked')),
  note           TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 100),
  updated_at     INTEGER NOT NULL,
  UNIQUE (session_id, seat_id)
) STRICT;
CREATE INDEX tickets_tier_status ON tickets (price_tier_id, status);

CREATE TRIGGER tickets_count_insert AFTER INSERT ON tickets
BEGIN
  UPDATE price_tiers SET
    total_count = total_count + 1,
    available_count = available_count + (NEW.status = 'available'),
    sold_count = sold_count + (NEW.status = 'sold'),
    reserved_count = reserved_count + (NEW.status = 'reserved'),
    blocked_count = blocked_count + (NEW.status = 'blocked')
  WHERE id = NEW.price_tier_id;
END;

CREATE TRIGGER tickets_count_update AFTER UPDATE OF status, price_tier_id ON tickets
BEGIN
  UPDATE price_tiers SET
    total_count = total_count - 1,
    available_count = available_count - (OLD.status = 'available'),
    sold_count = sold_count - (OLD.status = 'sold'),
    reserved_count = reserved_count - (OLD.status = 'reserved'),
    blocked_count = blocked_count - (OLD.status = 'blocked')
  WHERE id = OLD.price_tier_id;
  UPDATE price_tiers SET
    total_count = total_count + 1,
    available_count = available_count + (NEW.status = 'available'),
    sold_count = sold_count + (NEW.status = 'sold'),
    reserved_count = reserved_count + (NEW.status = 'reserved'),
    blocked_count = blocked_count + (NEW.status = 'blocked')
  WHERE id = NEW.price_tier_id;
END;

CREATE TRIGGER tickets_count_delete AFTER DELETE ON tickets
BEGIN
  UPDATE price_tiers SET
    total_count = total_count - 1,
    available_count = available_count - (OLD.status = 'available'),
    sold_count = sold_count - (OLD.status = 'sold'),
    reserved_count = reserved_count - (OLD.status = 'reserved'),
    blocked_count = blocked_count - (OLD.status = 'blocked')
  WHERE id = OLD.price_tier_id;
END;

-- A clerk's hold while choosing: the seat is kept from other windows until it expires.
-- An expired hold is simply ignored (and purged from time to time); nothing has to run for it to end.
CREATE TABLE seat_holds (
  ticket_id   TEXT PRIMARY KEY REFERENCES tickets (id),
  hold_id     TEXT NOT NULL,
  session_id  TEXT NOT NULL REFERENCES sessions (id),
  user_id     TEXT REFERENCES users (id),
  expires_at  INTEGER NOT NULL,
  created_at  INTEGER NOT NULL
) STRICT;
CREATE INDEX seat_holds_hold ON seat_holds (hold_id);
CREATE INDEX seat_holds_session ON seat_holds (session_id, expires_at);
