-- Packages (套票, issue 20): one price for a seat in each of several sessions (a series, or sessions of different
-- performances). A package sale is one order whose tickets lie in several sessions; each ticket carries its share of
-- the package price (order_lines.amount_fen, reported as `ticketOrderAmount`), the shares summing to the price.

CREATE TABLE packages (
  id            TEXT PRIMARY KEY,
  name          TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 30),
  -- whole: only every live ticket of the sale together; per_session: one session at a time, that ticket's share
  refund_rule   TEXT NOT NULL CHECK (refund_rule IN ('whole', 'per_session')),
  active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at    INTEGER NOT NULL,
  updated_at    INTEGER NOT NULL
) STRICT;

-- The sessions of a package, in the order they are sold (the first is where the clerk picks the seats).
CREATE TABLE package_sessions (
  package_id  TEXT NOT NULL REFERENCES packages (id),
  session_id  TEXT NOT NULL REFERENCES sessions (id),
  position    INTEGER NOT NULL CHECK (position >= 0),
  PRIMARY KEY (package_id, session_id),
  UNIQUE (package_id, position)
) STRICT;
CREATE INDEX package_sessions_session ON package_sessions (session_id);

-- The tiers a package covers, by the tier's name in each of its sessions (甲票 in every session), and the package's
-- price for one seat of that tier in every session: a fixed amount in fen.
CREATE TABLE package_tiers (
  package_id  TEXT NOT NULL REFERENCES packages (id),
  tier_name   TEXT NOT NULL CHECK (length(tier_name) BETWEEN 1 AND 100),
  price_fen   INTEGER NOT NULL CHECK (price_fen >= 0),
  PRIMARY KEY (package_id, tier_name)
) STRICT;

-- The orders sold as a package, with the package's name as sold (printed on the tickets) and its refund rule then.
CREATE TABLE package_orders (
  order_id      TEXT PRIMARY KEY REFERENCES orders (id),
  package_id    TEXT NOT NULL REFERENCES packages (id),
  package_name  TEXT NOT NULL CHECK (length(package_name) BETWEEN 1 AND 30),
  refund_rule   TEXT NOT NULL CHECK (refund_rule IN ('whole', 'per_session')),
  -- how many packages the order holds (a seat in every session each)
  sets          INTEGER NOT NULL CHECK (sets >= 1)
) STRICT;
CREATE INDEX package_orders_package ON package_orders (package_id);
