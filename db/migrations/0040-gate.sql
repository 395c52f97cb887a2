-- The gate: admissions and every refused scan.

-- One admission of a ticket. entry_no 1 is the first entry (the one reported to the platform);
-- later numbers are re-entries, only when the session allows them.
CREATE TABLE check_ins (
  id              TEXT PRIMARY KEY,
  order_line_id   TEXT NOT NULL REFERENCES order_lines (id),
  ticket_id       TEXT NOT NULL REFERENCES tickets (id),
  session_id      TEXT NOT NULL REFERENCES sessions (id),
  gate_name       TEXT NOT NULL CHECK (length(gate_name) BETWEEN 1 AND 50),
  user_id         TEXT REFERENCES users (id),
  checked_at      INTEGER NOT NULL,
  -- the standard's checkingType (1 ticket code, 2 ID document, 3 face) and authType (1 manual, 2 device)
  checking_type   INTEGER NOT NULL CHECK (checking_type IN (1, 2, 3)),
  auth_type       INTEGER NOT NULL CHECK (auth_type IN (1, 2)),
  entry_no        INTEGER NOT NULL CHECK (entry_no >= 1),
  -- two gates admitting one ticket at the same moment: the second insert fails here
  UNIQUE (order_line_id, entry_no)
) STRICT, WITHOUT ROWID;
-- counters and the entries chart per session (and gate)
CREATE INDEX check_ins_session ON check_ins (session_id, checked_at);

-- Every scan the gate refused, with the verdict: the record of who tried what, where.
CREATE TABLE rejected_scans (
  id             INTEGER PRIMARY KEY AUTOINCREMENT,
  scanned_at     INTEGER NOT NULL,
  -- what was scanned, cut to 64 characters (a ticket code; never an ID number)
  code           TEXT NOT NULL CHECK (length(code) <= 64),
  verdict        TEXT NOT NULL,
  gate_name      TEXT NOT NULL CHECK (length(gate_name) BETWEEN 1 AND 50),
  user_id        TEXT REFERENCES users (id),
  session_id     TEXT REFERENCES sessions (id),
  order_line_id  TEXT REFERENCES order_lines (id)
) STRICT;
CREATE INDEX rejected_scans_at ON rejected_scans (scanned_at);
CREATE INDEX rejected_scans_session ON rejected_scans (session_id, scanned_at) WHERE session_id IS NOT NULL;
