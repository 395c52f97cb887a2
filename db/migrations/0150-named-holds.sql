-- Named holds: seats a manager keeps back from sale under a name (house seats, press, sponsor, sound desk).
-- A held seat is a ticket with status 'reserved' (so stock, inventory reports and the large-performance held
-- share count it as not for sale, as before) plus a row here saying which hold it is in. The clerks listed in
-- named_hold_users may sell from the hold; a manager always may. release_minutes_before_start releases what is
-- left automatically that long before curtain (measured from the session's start, so moving the session moves it).
CREATE TABLE named_holds (
  id                            TEXT PRIMARY KEY,
  session_id                    TEXT NOT NULL REFERENCES sessions (id),
  name                          TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 30),
  release_minutes_before_start  INTEGER CHECK (release_minutes_before_start BETWEEN 0 AND 100000),
  -- When the automatic release ran (null until then); seats released by hand leave the hold's row in place.
  auto_released_at              INTEGER,
  created_by                    TEXT REFERENCES users (id),
  created_at                    INTEGER NOT NULL,
  updated_at                    INTEGER NOT NULL,
  UNIQUE (session_id, name)
) STRICT;

CREATE TABLE named_hold_users (
  hold_id  TEXT NOT NULL REFERENCES named_holds (id) ON DELETE CASCADE,
  user_id  TEXT NOT NULL REFERENCES users (id),
  PRIMARY KEY (hold_id, user_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE named_hold_tickets (
  ticket_id  TEXT PRIMARY KEY REFERENCES tickets (id),
  hold_id    TEXT NOT NULL REFERENCES named_holds (id) ON DELETE CASCADE,
  held_at    INTEGER NOT NULL
) STRICT;
CREATE INDEX named_hold_tickets_by_hold ON named_hold_tickets (hold_id);

-- A ticket that stops being reserved (sold from the hold, released, blocked, cancelled into another state) is no
-- longer in its hold, whichever path changed it: one rule here instead of one in every writer of tickets.
CREATE TRIGGER named_hold_tickets_leave AFTER UPDATE OF status ON tickets
WHEN OLD.status = 'reserved' AND NEW.status <> 'reserved'
BEGIN
  DELETE FROM named_hold_tickets WHERE ticket_id = NEW.id;
END;
