-- The venue's own ranking of a hall's seats, painted by the manager (A best, then B, C, D, E): best available
-- prefers a better zone before centre-and-front. A seat without a zone ranks after every zoned seat; a hall with no
-- zone at all is ranked centre-and-front only. A table of its own (not a column of seats) so that re-importing a
-- layout drops the seats' zones with the seats (ON DELETE CASCADE) and other changes to seats do not collide.
CREATE TABLE seat_quality_zones (
  seat_id TEXT PRIMARY KEY REFERENCES seats (id) ON DELETE CASCADE,
  zone    TEXT NOT NULL CHECK (zone IN ('A', 'B', 'C', 'D', 'E'))
) STRICT, WITHOUT ROWID;
