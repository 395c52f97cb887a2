-- Concessions and offers (issue 20): a performance's price types (学生, 老年 …) under each of its tiers, its group
-- discount (团体票) and promo codes, and how each sold ticket was priced. order_lines keeps the tier's price
-- (`ticketPrice`) and what was paid (`ticketOrderAmount`); these tables say why the two differ.

-- A price type applies to every tier of the performance's sessions: a percentage of the tier's price (rounded down
-- to the fen), or one fixed price (never above the tier's price).
CREATE TABLE price_types (
  id              TEXT PRIMARY KEY,
  performance_id  TEXT NOT NULL REFERENCES performances (id),
  name            TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 20),
  price_rule      TEXT NOT NULL CHECK (price_rule IN ('percent', 'fixed')),
  -- percent: 0..100 of the tier's price; fixed: fen
  price_value     INTEGER NOT NULL CHECK (price_value >= 0),
  -- none; confirm: the clerk ticks that the proof was seen; gate: the gate checks it (printed on the ticket);
  -- id_age: the holder's resident ID, its GB 11643 birth date against the session's date
  proof           TEXT NOT NULL DEFAULT 'none' CHECK (proof IN ('none', 'confirm', 'gate', 'id_age')),
  -- id_age: at least min_age and under max_age years old on the session's date (老年 min 60, 儿童 max 14)
  min_age         INTEGER CHECK (min_age IS NULL OR min_age BETWEEN 0 AND 150),
  max_age         INTEGER CHECK (max_age IS NULL OR max_age BETWEEN 1 AND 150),
  max_per_order   INTEGER CHECK (max_per_order IS NULL OR max_per_order >= 1),
  sort_order      INTEGER NOT NULL DEFAULT 0,
  -- a retired type is no longer sold; tickets sold with it keep it
  active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at      INTEGER NOT NULL,
  updated_at      INTEGER NOT NULL,
  UNIQUE (performance_id, name),
  CHECK (price_rule <> 'percent' OR price_value <= 100),
  CHECK ((proof = 'id_age') = (min_age IS NOT NULL OR max_age IS NOT NULL)),
  CHECK (min_age IS NULL OR max_age IS NULL OR min_age < max_age)
) STRICT;
CREATE INDEX price_types_performance ON price_types (performance_id, sort_order);

-- 团体票: an order of at least min_tickets tickets gets percent_off off every ticket.
CREATE TABLE group_discounts (
  performance_id  TEXT PRIMARY KEY REFERENCES performances (id),
  min_tickets     INTEGER NOT NULL CHECK (min_tickets BETWEEN 2 AND 50),
  percent_off     INTEGER NOT NULL CHECK (percent_off BETWEEN 1 AND 100),
  updated_at      INTEGER NOT NULL
) STRICT;

-- A promo code of a performance. One use is one order; used_count never passes use_limit (the sale's conditional
-- update and this CHECK both say so, so two windows racing for the last use cannot both have it).
CREATE TABLE promo_codes (
  id              TEXT PRIMARY KEY,
  performance_id  TEXT NOT NULL REFERENCES performances (id),
  -- upper case, as typed at the window after normalising
  code            TEXT NOT NULL CHECK (length(code) BETWEEN 3 AND 20),
  discount_rule   TEXT NOT NULL CHECK (discount_rule IN ('percent', 'amount')),
  -- percent: off each ticket it applies to; amount: fen off each such ticket
  discount_value  INTEGER NOT NULL CHECK (discount_value >= 1),
  starts_at       INTEGER NOT NULL,
  ends_at         INTEGER NOT NULL,
  use_limit       INTEGER NOT NULL CHECK (use_limit >= 1),
  used_count      INTEGER NOT NULL DEFAULT 0,
  -- JSON list of price type ids it applies to; "full" is the tier's full price
  applies_to      TEXT NOT NULL CHECK (json_valid(applies_to) AND json_type(applies_to) = 'array' AND json_array_length(applies_to) >= 1),
  active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at      INTEGER NOT NULL,
  updated_at      INTEGER NOT NULL,
  UNIQUE (performance_id, code),
  CHECK (ends_at > starts_at),
  CHECK (discount_rule <> 'percent' OR discount_value <= 100),
  CHECK (used_count BETWEEN 0 AND use_limit)
) STRICT;

-- The offers of one order (only orders that had any). The manual discount names its reason and who approved it.
CREATE TABLE order_pricing (
  order_id             TEXT PRIMARY KEY REFERENCES orders (id),
  -- the tickets at their tiers' prices, before anything
  list_total_fen       INTEGER NOT NULL CHECK (list_total_fen >= 0),
  group_percent_off    INTEGER CHECK (group_percent_off IS NULL OR group_percent_off BETWEEN 1 AND 100),
  promo_code_id        TEXT REFERENCES promo_codes (id),
  -- the use goes back to the code when the whole order is refunded
  promo_returned_at    INTEGER,
  manual_discount_fen  INTEGER NOT NULL DEFAULT 0 CHECK (manual_discount_fen >= 0),
  manual_reason        TEXT CHECK (manual_reason IS NULL OR length(manual_reason) BETWEEN 1 AND 200),
  manual_approved_by   TEXT REFERENCES users (id),
  CHECK ((manual_discount_fen > 0) = (manual_reason IS NOT NULL)),
  CHECK (promo_returned_at IS NULL OR promo_code_id IS NOT NULL)
) STRICT;
CREATE INDEX order_pricing_promo ON order_pricing (promo_code_id) WHERE promo_code_id IS NOT NULL;

-- How one ticket was priced, step by step: tier price (order_lines.price_fen) → price type → group → promo → manual
-- = order_lines.amount_fen.
CREATE TABLE order_line_pricing (
  order_line_id    TEXT PRIMARY KEY REFERENCES order_lines (id),
  price_type_id    TEXT REFERENCES price_types (id),
  -- as sold, printed on the ticket
  price_type_name  TEXT CHECK (price_type_name IS NULL OR length(price_type_name) BETWEEN 1 AND 20),
  proof            TEXT NOT NULL DEFAULT 'none' CHECK (proof IN ('none', 'confirm', 'gate', 'id_age')),
  concession_fen   INTEGER NOT NULL CHECK (concession_fen >= 0),
  group_off_fen    INTEGER NOT NULL DEFAULT 0 CHECK (group_off_fen >= 0),
  promo_off_fen    INTEGER NOT NULL DEFAULT 0 CHECK (promo_off_fen >= 0),
  manual_off_fen   INTEGER NOT NULL DEFAULT 0 CHECK (manual_off_fen >= 0),
  CHECK ((price_type_id IS NULL) = (price_type_name IS NULL))
) STRICT;
